// Which format a file is, from its content: reviewers save PubMed files as .ris or .txt and
// Web of Science files as .txt, so the file name only sharpens an error message.
import { looksLikeBibtex } from './bibtex';
import { oneCellLine } from './csv-import';
import { guessColumnMapping } from './csv-profiles';
import { startsFieldRow } from './embase-rows';
import { looksLikeCslJson } from './csljson';
import { looksLikeEndnoteXml } from './endnote-xml';
import { looksLikeEnw } from './enw';
import { FormatError, lineAt } from './errors';
import { looksLikeMedline } from './medline';
import { looksLikePubmedXml } from './pubmed-xml';
import { FORMAT_CODES } from './format-names';
import { importMessage } from './messages';
import type { BibliographyFormat } from './record';
import { stripBom } from './values';
import { looksLikeRis } from './ris';
import { looksLikeWos } from './wos';
import { looksLikeCochraneText } from './cochrane-text';

// Enough to see past a preamble (Ovid's "1.", WoS's FN/VR, blank lines) without reading 50 MB.
const HEAD_CHARS = 64 * 1024;
const HEAD_LINES = 200;

const MAGIC: [RegExp, 'pdf' | 'zip' | 'rtf'][] = [
  [/^%PDF-/, 'pdf'],

  // biome-ignore lint/suspicious/noControlCharactersInRegex: a zip file's signature is made of control characters.
  [/^PK\u0003\u0004/, 'zip'],
  [/^\{\\rtf/, 'rtf'],
];

/** Exports Saring does not read but can name, so the message says what to export instead. */
const OTHER_EXPORTS: [(lines: string[]) => boolean, 'refworks' | 'numberedList'][] = [
  [(l) => /^RT \S/.test(l[0] ?? '') && l.slice(0, 30).some((x) => /^SR \S/.test(x)), 'refworks'],
  [(l) => /^1\.\s+\S/.test(l[0] ?? '') && l.slice(1, 40).some((x) => /^2\.\s+\S/.test(x)), 'numberedList'],
];

const NOT_SPACE = /\S/;

/** A fatal problem with the text as a whole (empty, binary, a PDF), else undefined. */
export function checkText(text: string, fileName?: string): FormatError | undefined {
  const named = { file: fileName };
  // Nothing but whitespace (a byte-order mark is whitespace too): stops at the first character of any other file.
  if (!NOT_SPACE.test(text)) return new FormatError(importMessage('empty', named), 'empty');
  const head = text.slice(0, 4096);
  for (const [pattern, what] of MAGIC) if (pattern.test(stripBom(head))) return new FormatError(importMessage(what, named), 'binary');
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return new FormatError(importMessage('nulBytes', named), 'binary', lineAt(head, i));
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > head.length / 20) return new FormatError(importMessage('binary', named), 'binary');
  return undefined;
}

// What stands before an XML or HTML file's first element: its declaration, comments (a browser's
// "<!-- saved from url=… -->"), the DOCTYPE.
const PROLOG = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*/i;
/** Surely XML or HTML, whatever follows (any other text starting with "<" is tried as the other formats first). */
const MARKUP_START = /^\s*<(?:\?xml|!DOCTYPE|!--|html\b|head\b|xml\b)/i;
const HTML = /^<!DOCTYPE\s+html\b|^<(?:html|head|body|meta|title|link|script|div|p)\b|xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/i;

/** An XML or HTML file that is no EndNote or PubMed XML: a web page, or XML of another kind, named by its document element. */
function markupError(head: string, fileName?: string): FormatError {
  const named = { file: fileName };
  const prolog = PROLOG.exec(head)?.[0] ?? '';
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(head.slice(prolog.length))?.[1];
  if (HTML.test(head.slice(prolog.length)) || /<!DOCTYPE\s+html\b/i.test(prolog) || root?.toLowerCase() === 'html') {
    return new FormatError(importMessage('webPage', named), 'unknown-format');
  }
  return new FormatError(root ? importMessage('otherXml', named, root) : importMessage('xml', named), 'unknown-format');
}

/** A CSV's header line: the first line with text, or the next one after a one-cell preamble (Dimensions). */
function headerLine(lines: string[]): string {
  const filled = lines.filter((l) => l.trim());
  return filled.length > 1 && oneCellLine(filled[0]) && !oneCellLine(filled[1]) ? filled[1] : (filled[0] ?? '');
}

/**
 * The format of the text. Throws FormatError('unknown-format') when it is none of them.
 * RIS is tested before MEDLINE because both write "TI  - "; only RIS has "TY  - ".
 */
export function sniffFormat(text: string, fileName?: string): BibliographyFormat {
  const start = stripBom(text.slice(0, HEAD_CHARS));
  if (looksLikeEndnoteXml(start)) return 'endnote-xml';
  if (looksLikePubmedXml(start)) return 'pubmed-xml';
  if (MARKUP_START.test(start)) throw markupError(start, fileName);
  const lines = start.split(/\r\n|\r|\n/, HEAD_LINES);
  if (looksLikeCslJson(start)) return 'csljson';
  if (looksLikeRis(lines)) return 'ris';
  if (looksLikeWos(lines)) return 'wos';
  if (looksLikeMedline(lines)) return 'medline';
  if (looksLikeBibtex(lines)) return 'bibtex';
  if (looksLikeEnw(lines)) return 'enw';
  // The Cochrane Library's plain text: "Record #1 of 25" alone on its first line (after a BOM or blank
  // lines), its fields after it ("ID: CN-01234567", "AU: …"). Its RIS and BibTeX, and RIS with a
  // "Record #1 of 2" / "Provider: …" header before each record (rispy's test data), carry the same
  // line and are read above; a line with more after the count (a table's first cell) is no such file.
  if (looksLikeCochraneText(lines)) return 'cochrane-text';
  const named = { file: fileName };
  if (/^\s*[[{]/.test(text)) throw new FormatError(importMessage('notCslJson', named), 'unknown-format');
  const header = headerLine(lines);
  // Embase's "fields by row" CSV: its first line is a record's title line, longer than any header's cell.
  const filled = lines.filter((l) => l.trim());
  if (startsFieldRow(filled[0], ...filled.slice(1, 4))) return 'csv';
  const other = OTHER_EXPORTS.find(([test]) => test(lines.filter((l) => l.trim())));
  if (other) throw new FormatError(importMessage(other[1], named), 'unknown-format');
  const tabs = header.split('\t').length - 1;
  const commas = header.split(/[,;]/).length - 1;
  if (tabs >= 2 && tabs >= commas) return 'tsv';
  if (commas >= 1 || tabs >= 1) {
    // A header row: short cells, and some we recognise or several of them.
    const cells = header.split(tabs > commas ? '\t' : /[,;]/).map((c) => c.replace(/^"|"$/g, '').trim());
    const short = cells.every((c) => c.length <= 80);
    if (short && (Object.keys(guessColumnMapping(cells)).length > 0 || cells.length >= 3)) return 'csv';
  }
  if (/^\s*<[A-Za-z]/.test(start)) throw markupError(start, fileName);
  throw new FormatError(importMessage('unknownFormat', named, { formats: FORMAT_CODES }), 'unknown-format');
}
