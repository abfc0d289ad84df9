// BibTeX import and export.
//
// Hand-written rather than @retorquere/bibtex-parser (9.0.29), which bundles for the browser
// (414 kB minified) and runs under Vitest, but on the fixture Scopus export (1,115 entries,
// 3 MB) took 7.6–9 s and reported 12 errors, dropping or merging entries: Scopus writes
// non-ASCII citation keys ("O’Loughlin201783"), unescaped "$" and unbalanced "{" inside
// abstracts. Reviewers import such files by the thousand, so this parser reads a value by
// brace depth and, when Scopus's one-field-per-line layout shows a brace was left open,
// ends the value at its line.
import type { Article } from '../model/article';
import { cleanText } from '../model/normalize';
import { latexToText, textToLatex } from './latex';
import { doiFrom, finishRecord, joinPages, pmidFrom, scopusEid, splitList, Warnings, type Draft } from './record';

type Fields = Map<string, string>;

/** The one field → Article table: BibTeX/BibLaTeX field names in order of preference. */
const BIBTEX = {
  title: ['title'],
  authors: ['author'],
  year: ['year', 'date'],
  journal: ['journal', 'journaltitle', 'booktitle'],
  volume: ['volume'],
  issue: ['number', 'issue'],
  pages: ['pages'],
  doi: ['doi'],
  pmid: ['pmid', 'pubmed_id', 'pubmedid'],
  /** Zotero writes "{PMID:} 123" into note; Scopus writes "cited By 3" there. */
  pmidElsewhere: ['note', 'annote', 'extra'],
  abstract: ['abstract'],
  keywords: ['keywords', 'author_keywords', 'keyword', 'keywords-plus'],
  url: ['url'],
  language: ['language', 'langid'],
  /** Web of Science writes "unique-id = {WOS:…}"; Scopus's id is inside its url. */
  sourceId: ['unique-id', 'eid'],
} as const;

/** Fields read as written: no LaTeX in them. */
const VERBATIM = new Set(['url', 'doi', 'eprint', 'file', 'pmid', 'pubmed_id', 'pubmedid', 'unique-id', 'eid', 'issn', 'isbn']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True when the text starts (after comments and blank lines) with "@type{" (used by sniff). */
export function looksLikeBibtex(lines: string[]): boolean {
  for (const line of lines) {
    const text = line.trim();
    if (!text || text.startsWith('%')) continue;
    return /^@\s*[A-Za-z]+\s*[{(]/.test(text);
  }
  return false;
}

class Reader {
  pos = 0;
  private lineAt = 0;
  private lineNo = 1;
  constructor(readonly text: string) {}

  /** 1-based line of a position at or after the last one asked for (counted incrementally). */
  line(pos: number): number {
    for (let i = this.lineAt; i < pos; i++) if (this.text.charCodeAt(i) === 10) this.lineNo++;
    this.lineAt = Math.max(this.lineAt, pos);
    return this.lineNo;
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else if (c === 37 /* % comment inside an entry */ && this.atLineStart()) this.skipLine();
      else break;
    }
  }

  private atLineStart(): boolean {
    for (let i = this.pos - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return true;
  }

  skipLine(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end + 1;
  }

  /** Next "@" that opens an entry: at a line start, after blanks. */
  nextEntry(): boolean {
    const t = this.text;
    for (let at = t.indexOf('@', this.pos); at >= 0; at = t.indexOf('@', at + 1)) {
      let i = at - 1;
      while (i >= 0 && (t[i] === ' ' || t[i] === '\t')) i--;
      if (i < 0 || t[i] === '\n' || t[i] === '\r' || t[i] === '}') {
        this.pos = at + 1;
        return true;
      }
    }
    this.pos = t.length;
    return false;
  }

  word(): string {
    const start = this.pos;
    const t = this.text;
    while (this.pos < t.length && !/[\s=,{}()"#%]/.test(t[this.pos])) this.pos++;
    return t.slice(start, this.pos);
  }
}

// The next line starts a field ("name = {") or an entry, or closes the entry.
const NEXT_FIELD = /^[ \t]*(?:[A-Za-z][\w:.+-]*[ \t]*=[ \t]*["{\d\w]|@[A-Za-z]+[ \t]*[{(]|[})][ \t]*$)/;

/**
 * A braced value from the "{" at r.pos. Returns the inner text and whether it closed.
 * Scopus does not escape "{" in abstracts ("Imazopyr {Arsenal Applicators Concentrate)"),
 * which would otherwise swallow the rest of the file.
 */
function readBraced(r: Reader): { value: string; closed: boolean } {
  const t = r.text;
  const start = r.pos + 1;
  let depth = 0;
  let lastClose = -1; // position of the last "}" seen on the current line
  for (let i = r.pos; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      lastClose = i;
      if (depth === 0) {
        r.pos = i + 1;
        return { value: t.slice(start, i), closed: true };
      }
    } else if (c === '\n') {
      // Still open at a line end after "}," — and the next line starts a field: the value
      // ended at that "}" and an unescaped "{" inside it was never closed.
      if (lastClose >= 0 && (depth >= 2 ? /^\s*,?\s*$/ : /^\s*,\s*$/).test(t.slice(lastClose + 1, i))) {
        const end = t.indexOf('\n', i + 1);
        const next = t.slice(i + 1, end < 0 ? t.length : end);
        if (NEXT_FIELD.test(next)) {
          r.pos = lastClose + 1;
          return { value: t.slice(start, lastClose), closed: true };
        }
      }
      lastClose = -1;
    }
  }
  r.pos = t.length;
  return { value: t.slice(start), closed: false };
}

function readQuoted(r: Reader): { value: string; closed: boolean } {
  const t = r.text;
  const start = r.pos + 1;
  let depth = 0;
  for (let i = start; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' && depth <= 0) {
      r.pos = i + 1;
      return { value: t.slice(start, i), closed: true };
    }
  }
  r.pos = t.length;
  return { value: t.slice(start), closed: false };
}

/** A field value: braced, quoted, a number or a @string name, joined with "#". */
function readValue(r: Reader, strings: Map<string, string>): { value: string; closed: boolean } {
  let value = '';
  for (;;) {
    r.skipSpace();
    const c = r.text[r.pos];
    let part: { value: string; closed: boolean };
    if (c === '{') part = readBraced(r);
    else if (c === '"') part = readQuoted(r);
    else {
      const name = r.word();
      const known = strings.get(name.toLowerCase());
      part = { value: known ?? name, closed: true };
    }
    value += part.value;
    if (!part.closed) return { value, closed: false };
    const end = r.pos;
    r.skipSpace();
    if (r.text[r.pos] !== '#') {
      r.pos = end; // the caller needs to see whether a line break follows
      return { value, closed: true };
    }
    r.pos++;
  }
}

export function parseBibtex(text: string): { records: Article[]; warnings: string[] } {
  const r = new Reader(text);
  const warnings = new Warnings();
  const records: Article[] = [];
  const strings = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));

  while (r.nextEntry()) {
    const line = r.line(r.pos - 1);
    r.skipSpace();
    const type = r.word().toLowerCase();
    r.skipSpace();
    const open = r.text[r.pos];
    if (!type || (open !== '{' && open !== '(')) continue;
    if (type === 'comment' || type === 'preamble') {
      if (open === '{') readBraced(r);
      else r.skipLine();
      continue;
    }
    r.pos++;
    if (type === 'string') {
      r.skipSpace();
      const name = r.word().toLowerCase();
      r.skipSpace();
      if (r.text[r.pos] === '=') {
        r.pos++;
        strings.set(name, readValue(r, strings).value);
      }
      continue;
    }
    const { fields, closed } = readEntry(r, strings);
    if (!closed) warnings.add('entry is not closed: the file may be truncated', line);
    const article = finishRecord(bibtexToDraft(fields), line, warnings);
    if (article) records.push(article);
  }
  return { records, warnings: warnings.done() };
}

/** Fields of one entry, r.pos just after its "{". */
function readEntry(r: Reader, strings: Map<string, string>): { fields: Fields; closed: boolean } {
  const fields: Fields = new Map();
  const t = r.text;
  // Citation key: anything up to the first comma outside braces (Scopus keys may hold "’"
  // or "ą", others "m{\"u}ller2019"); a "}" first means an entry without fields.
  let depth = 0;
  for (; r.pos < t.length; r.pos++) {
    const c = t[r.pos];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) break;
    else if ((c === '}' || c === ')') && depth === 0) {
      r.pos++;
      return { fields, closed: true };
    }
  }
  r.pos++;
  for (;;) {
    r.skipSpace();
    const c = t[r.pos];
    if (r.pos >= t.length) return { fields, closed: false };
    if (c === '}' || c === ')') {
      r.pos++;
      return { fields, closed: true };
    }
    if (c === ',') {
      r.pos++;
      continue;
    }
    if (c === '@') return { fields, closed: false }; // the next entry began: this one was cut
    const name = r.word().toLowerCase();
    r.skipSpace();
    if (!name || t[r.pos] !== '=') {
      // Not a field: skip the line and hope the next one is.
      r.skipLine();
      continue;
    }
    r.pos++;
    const { value, closed } = readValue(r, strings);
    let full = value;
    const valueEnd = r.pos;
    r.skipSpace();
    const after = t[r.pos];
    // A field on the next line after a missing comma (Mendeley writes such files): go on.
    const nextLine = t.lastIndexOf('\n', r.pos) >= valueEnd;
    if (closed && nextLine && /^[A-Za-z][\w:.+-]*\s*=/.test(t.slice(r.pos, r.pos + 80))) {
      if (!fields.has(name)) fields.set(name, full);
      continue;
    }
    // A stray "}" inside the value closed it early: take the rest of the line.
    if (closed && r.pos < t.length && after !== ',' && after !== '}' && after !== ')' && after !== '@') {
      const end = t.indexOf('\n', r.pos);
      const rest = t.slice(r.pos, end < 0 ? t.length : end).replace(/\}?\s*,?\s*$/, '');
      full += '}' + rest;
      r.pos = end < 0 ? t.length : end;
    }
    if (!fields.has(name)) fields.set(name, full);
    if (!closed) return { fields, closed: false };
  }
}

/** Authors split on " and " outside braces ("{Johnson and Johnson}" is one name). */
function splitAuthors(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && (c === ' ' || c === '\n' || c === '\t') && /^\s+and\s/i.test(value.slice(i, i + 6))) {
      names.push(value.slice(start, i));
      i += /^\s+and/i.exec(value.slice(i))![0].length;
      start = i;
    }
  }
  names.push(value.slice(start));
  return names.map((n) => cleanText(latexToText(n))).filter(Boolean);
}

function bibtexToDraft(fields: Fields): Draft {
  const get = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const raw = fields.get(name);
      if (raw === undefined || !raw.trim()) continue;
      return VERBATIM.has(name) ? cleanText(raw.replace(/[{}]/g, '')) : latexToText(raw);
    }
    return undefined;
  };
  const url = get(BIBTEX.url);
  const eprintPmid = /pubmed/i.test(fields.get('eprinttype') ?? '') ? get(['eprint']) : undefined;
  let pmid = get(BIBTEX.pmid) ?? eprintPmid;
  if (!pmid) for (const name of BIBTEX.pmidElsewhere) pmid ??= pmidFrom(get([name]));
  return {
    title: get(BIBTEX.title),
    authors: splitAuthors(fields.get('author') ?? ''),
    year: get(BIBTEX.year),
    journal: get(BIBTEX.journal),
    volume: get(BIBTEX.volume),
    issue: get(BIBTEX.issue),
    pages: joinPages(get(BIBTEX.pages)),
    doi: doiFrom(get(BIBTEX.doi)),
    pmid,
    abstract: get(BIBTEX.abstract),
    keywords: BIBTEX.keywords.flatMap((name) => splitList(get([name]), ',')),
    url,
    language: get(BIBTEX.language),
    sourceId: get(BIBTEX.sourceId) ?? scopusEid(url),
  };
}

export interface BibtexExportRecord {
  article: Article;
  /** Decision and reason, written as `note` (read as a note by Zotero, Mendeley, EndNote, Rayyan, Covidence). */
  note?: string;
}

/** An ASCII citation key: first author's surname, year, first title word ("wilson2024global"). */
function baseKey(a: Article): string {
  const fold = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const author = a.authors[0] ?? '';
  // "Surname, Given", "Given Surname", or "Surname AB" (initials, all capitals, are skipped).
  const words = author.split(/\s+/).filter((w) => w.replace(/\W/g, '').length > 1 && w !== w.toUpperCase());
  const surname = fold(author.includes(',') ? author.split(',')[0] : (words.at(-1) ?? author));
  const word = a.title.split(/\s+/).map(fold).find((w) => w.length > 3 && !['with', 'from', 'that', 'this'].includes(w)) ?? '';
  return `${surname || 'anon'}${a.year ?? ''}${word}`.slice(0, 60) || 'ref';
}

// Braces would unbalance the entry; everything else in a URL or DOI is written as is.
const verbatim = (value: string) => value.replace(/[{}]/g, (c) => encodeURIComponent(c));

/**
 * BibTeX of a set of records: @article entries with unique ASCII keys; text escaped for
 * LaTeX; non-ASCII written as UTF-8 (read as such by Zotero, Mendeley, JabRef, biber).
 */
export function serialiseBibtex(records: BibtexExportRecord[]): string {
  const used = new Set<string>();
  const entries: string[] = [];
  for (const { article: a, note } of records) {
    const base = baseKey(a);
    let key = base;
    for (let n = 0; used.has(key); n++) key = base + (n < 26 ? String.fromCharCode(97 + n) : `_${n}`);
    used.add(key);
    const lines: string[] = [];
    const put = (name: string, value: string | number | undefined, raw = false) => {
      if (value === undefined || value === '') return;
      const text = cleanText(String(value));
      if (text) lines.push(`  ${name} = {${raw ? verbatim(text) : textToLatex(text)}}`);
    };
    put('title', a.title);
    // A name holding " and " is braced so that it stays one name.
    if (a.authors.length) {
      const names = a.authors.map((n) => (/\sand\s/i.test(n) ? `{${textToLatex(n)}}` : textToLatex(n)));
      lines.push(`  author = {${names.join(' and ')}}`);
    }
    put('journal', a.journal);
    put('year', a.year);
    put('volume', a.volume);
    put('number', a.issue);
    put('pages', a.pages);
    put('doi', a.doi, true);
    put('pmid', a.pmid, true);
    put('abstract', a.abstract);
    if (a.keywords?.length) {
      // "; " keeps MeSH terms such as "Models, Molecular" whole; a single keyword with a comma
      // gets a trailing ";" so that it is not split on its comma when read back.
      const joined = a.keywords.join('; ') + (a.keywords.length === 1 && a.keywords[0].includes(',') ? ';' : '');
      put('keywords', joined);
    }
    put('url', a.url, true);
    put('language', a.language);
    put('note', note);
    entries.push(`@article{${key},\n${lines.join(',\n')}\n}\n`);
  }
  return entries.join('\n');
}
