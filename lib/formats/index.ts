// Bibliographic files in and out.
//
// parseBibliography(text, fileName?) → { format, records, warnings, dialect? }
//   format: 'ris'     RIS (Scopus, WoS, Embase, Ovid, ProQuest, CINAHL, EndNote, Mendeley,
//                     Zotero, Rayyan, MDPI, OpenAlex, Google Scholar, Garuda)
//           'medline' PubMed "PubMed format" / .nbib (whatever the file is called), ERIC
//           'bibtex'  BibTeX (Scopus, Web of Science, Google Scholar, Zotero, JabRef)
//           'wos'     Web of Science tagged plain text (FN/PT/AU/TI/SO … ER)
//           'csv'     CSV of a known export: PubMed, Scopus 2018/2019/2024, Google Scholar,
//                     Publish or Perish, Embase, Rayyan, Covidence, Lens.org, Dimensions,
//                     Saring's own (dialect says which)
//           'tsv'     tab-delimited text (Web of Science, or any of the CSV exports)
//           'enw'     EndNote tagged (.enw: Google Scholar's "Cite → EndNote", EndNote)
//           'csljson' CSL JSON (Zotero, Mendeley, citation.js, doi.org)
//           'endnote-xml' EndNote XML (<xml><records>: EndNote, Covidence, Rayyan)
//           'pubmed-xml'  PubMed XML (<PubmedArticleSet>: efetch, journal articles and books)
//           'cochrane-text' the Cochrane Library's plain text ("Record #1 of N", ID:/AU:/TI: …): CENTRAL, CDSR
// Throws only FormatError: code 'empty' | 'binary' | 'too-large' | 'unknown-format' |
// 'unreadable', or CsvMappingRequiredError ('csv-mapping-required') for a CSV whose columns
// are not recognised — then ask the user and call parseCsvWithMapping(text, mapping).
// Everything recoverable is a warning: "line 1234: record without a title skipped".
import { parseBibtex } from './bibtex';
import { parseCsv } from './csv-import';
import { decodeBytes } from './encoding';
import { FormatError, lineAt } from './errors';
import { atLine, englishText, errorText, importMessage, type ImportMessage } from './messages';
import { parseMedline } from './medline';
import type { ParseResult } from './record';
import { stripBom } from './values';
import { readRis } from './ris';
import { checkText, sniffFormat } from './sniff';
import { parseWos } from './wos';
import { parseEnw } from './enw';
import { parseCslJson } from './csljson';
import { parseEndnoteXml } from './endnote-xml';
import { parsePubmedXml } from './pubmed-xml';
import { parseCochraneText } from './cochrane-text';

export { FormatError, CsvMappingRequiredError, type FormatErrorCode } from './errors';
export { ENGLISH_MESSAGES, englishText, englishBody, type ImportMessage, type ImportMessageCode, type MessageArg } from './messages';
export type { BibliographyFormat, ParseResult } from './record';
export { formatName } from './format-names';
export { decodeBytes, type Decoded, type TextEncodingName } from './encoding';
export { sniffFormat } from './sniff';
export { parseRis } from './ris';
export { serialiseRis, type RisExportRecord } from './ris-write';
export { parseBibtex } from './bibtex';
export { serialiseBibtex, type BibtexExportRecord } from './bibtex-write';
export { parseMedline } from './medline';
export { parseWos } from './wos';
export { parseEndnoteXml } from './endnote-xml';
export { parsePubmedXml } from './pubmed-xml';
export { parseCochraneText } from './cochrane-text';
export { parseCsv, parseCsvWithMapping, guessColumnMapping, MAPPABLE_FIELDS, type Mapping, type MappableField, type CsvResult } from './csv-import';
export { dialectLabel } from './csv-profiles';

/** Beyond this the tab would run out of memory long before the parser finished. */
export const MAX_TEXT_CHARS = 256 * 1024 * 1024;
/** Large but readable: parsed, with a warning that says so. */
const LARGE_TEXT_CHARS = 20 * 1024 * 1024;

const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/** Parse a bibliographic file's text; the format is read from the content. Pure. */
export function parseBibliography(text: string, fileName?: string): ParseResult {
  try {
    return parse(text, fileName);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    // A parser bug must reach the UI as a message, not as a stack trace.
    throw new FormatError(importMessage('unreadable', { file: fileName }, errorText(error)), 'unreadable');
  }
}

// Byte-order marks to drop and U+FFFD (a wrong decoding) to report, searched for with indexOf: a
// regular expression's class [\uFEFF\uFFFD] read a 13 MB export ~6 times slower than two indexOf,
// which the engine answers at once for a text of Latin-1 characters only.
const hasMarks = (text: string) => text.indexOf('\uFEFF') >= 0 || text.indexOf('\uFFFD') >= 0;

function parse(input: string, fileName?: string): ParseResult {
  if (typeof input !== 'string') throw new FormatError(importMessage('notText'), 'unreadable');
  if (input.length > MAX_TEXT_CHARS) {
    throw new FormatError(importMessage('tooLarge', { file: fileName }, megabytes(input.length), megabytes(MAX_TEXT_CHARS)), 'too-large');
  }
  const problem = checkText(input, fileName);
  if (problem) throw problem;
  const marked = hasMarks(input);
  const text = marked ? stripBom(input) : input;
  const format = sniffFormat(text, fileName);
  let result: ParseResult;
  switch (format) {
    case 'ris':
      result = { format, ...readRis(text) };
      break;
    case 'medline':
      result = { format, ...parseMedline(text) };
      break;
    case 'bibtex':
      result = { format, ...parseBibtex(text) };
      break;
    case 'wos':
      result = { format, ...parseWos(text) };
      break;
    case 'enw':
      result = { format, ...parseEnw(text) };
      break;
    case 'csljson':
      result = { format, ...parseCslJson(text, fileName) };
      break;
    case 'endnote-xml':
      result = { format, ...parseEndnoteXml(text) };
      break;
    case 'pubmed-xml':
      result = { format, ...parsePubmedXml(text) };
      break;
    case 'cochrane-text':
      result = { format, ...parseCochraneText(text) };
      break;
    case 'csv':
    case 'tsv': {
      const { records, warnings, messages, dialect } = parseCsv(text);
      result = { format, records, warnings, messages, dialect };
      break;
    }
  }
  const notes: ImportMessage[] = [];
  if (!result.records.length) notes.push(importMessage('noRecords', { format }));
  const bad = marked ? text.indexOf('\uFFFD') : -1;
  if (bad >= 0) notes.push(atLine(importMessage('badCharacters'), lineAt(text, bad)));
  if (text.length > LARGE_TEXT_CHARS) notes.push(importMessage('largeFile', megabytes(text.length), result.records.length));
  if (notes.length)
    [result.warnings, result.messages] = [
      [...notes.map(englishText), ...result.warnings],
      [...notes, ...result.messages],
    ];
  return result;
}

/** Bytes of a file → records: decodeBytes, then parseBibliography; encoding warnings come first. */
export function parseBibliographyBytes(bytes: Uint8Array, fileName?: string): ParseResult & { encoding: string } {
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, fileName);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(importMessage('undecodable', { file: fileName }, errorText(error)), 'unreadable');
  }
  const result = parseBibliography(decoded.text, fileName);
  // decodeBytes already reported a mix of encodings: drop the second, vaguer warning about it.
  const dropped = decoded.messages.length ? result.messages.map((m) => m.code === 'badCharacters') : [];
  return {
    ...result,
    warnings: [...decoded.warnings, ...result.warnings.filter((_, i) => !dropped[i])],
    messages: [...decoded.messages, ...result.messages.filter((_, i) => !dropped[i])],
    encoding: decoded.encoding,
  };
}
