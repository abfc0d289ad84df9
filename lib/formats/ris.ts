// RIS: "TY  - JOUR" … "ER  - ". One linear pass over the lines, no regex per line, because
// reviewers import 10,000+ records at once (Scopus, WoS, Embase, Ovid, EndNote, Zotero, …).
import type { Article } from '../model/article';
import { cleanText, normalizePmid } from '../model/normalize';
import {
  doiFrom, finishRecord, httpUrl, joinPages, pmidFrom, scopusEid, stripBom, Warnings, type Draft,
} from './record';

/** The one tag → field table: tags in order of preference. */
const RIS = {
  title: ['TI', 'T1', 'CT', 'ST'],
  // Primary authors only: A2 (editors), A3 (series editors), A4 (translators) are not authors.
  authors: ['AU', 'A1'],
  year: ['PY', 'Y1', 'DA', 'Y2'],
  // Full journal title over abbreviations.
  journal: ['JF', 'T2', 'JO', 'JA', 'J2', 'J1'],
  volume: ['VL'],
  issue: ['IS'],
  startPage: ['SP'],
  endPage: ['EP'],
  doi: ['DO'],
  /** Where a DOI hides when DO is missing (links, EndNote's M3/N1). */
  doiElsewhere: ['UR', 'L2', 'L1', 'L3', 'L4', 'LK', 'M3', 'N1', 'M1', 'M2'],
  /** Fields that may say "PMID: 123" or hold a PubMed link. */
  pmidElsewhere: ['AN', 'N1', 'M1', 'M2', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8', 'U1', 'U2', 'U3', 'U4', 'U5', 'UR', 'L2'],
  abstract: ['AB', 'N2'],
  keywords: ['KW'],
  url: ['UR', 'L2', 'L1', 'L3', 'L4', 'LK'],
  language: ['LA'],
} as const;

/** A tag as a number: "TI" → 0x5449. Lines are matched by char codes, never sliced for the tag. */
const code = (tag: string) => (tag.charCodeAt(0) << 8) | tag.charCodeAt(1);
type Codes = readonly number[];
const C = Object.fromEntries(Object.entries(RIS).map(([field, tags]) => [field, tags.map(code)])) as unknown as Record<keyof typeof RIS, Codes>;
const AU = code('AU');
const A1 = code('A1');

/** An untagged line after one of these is another value (EndNote's one-keyword-per-line KW). */
const LIST_TAGS = new Set(['AU', 'A2', 'A3', 'A4', 'KW', 'UR', 'L1', 'L2', 'L3', 'L4', 'DB', 'SN', 'N1', 'AD'].map(code));

/** One record's tag lines, flat, in file order; one buffer serves every record of a file. */
class Tags {
  readonly codes: number[] = [];
  readonly values: string[] = [];

  clear(): void {
    this.codes.length = 0;
    this.values.length = 0;
  }

  push(tag: number, value: string): void {
    this.codes.push(tag);
    this.values.push(value);
  }

  /** The first non-empty value of the first tag (in preference order) that has one. */
  first(tags: Codes): string | undefined {
    for (const tag of tags) {
      for (let i = 0; i < this.codes.length; i++) if (this.codes[i] === tag && this.values[i]) return this.values[i];
    }
    return undefined;
  }

  /** The first value, tag by tag, for which `pick` finds something. */
  find(tags: Codes, pick: (value: string) => string | undefined): string | undefined {
    for (const tag of tags) {
      for (let i = 0; i < this.codes.length; i++) {
        if (this.codes[i] !== tag || !this.values[i]) continue;
        const found = pick(this.values[i]);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Every non-empty value of these tags, tag by tag. */
  all(tags: Codes): string[] {
    const out: string[] = [];
    for (const tag of tags) for (let i = 0; i < this.codes.length; i++) if (this.codes[i] === tag && this.values[i]) out.push(this.values[i]);
    return out;
  }
}

// Tags accepted with ONE space before the dash ("TY - JOUR", seen in some exports); with
// the standard two spaces any two-character tag is read.
const KNOWN_TAGS = new Set([
  'TY', 'ER', 'TI', 'T1', 'T2', 'T3', 'CT', 'ST', 'BT', 'AU', 'A1', 'A2', 'A3', 'A4', 'PY', 'Y1', 'Y2', 'DA', 'JF', 'JO',
  'JA', 'J1', 'J2', 'VL', 'IS', 'SP', 'EP', 'DO', 'UR', 'L1', 'L2', 'L3', 'L4', 'AB', 'N1', 'N2', 'KW', 'LA', 'AN', 'DB',
  'SN', 'PB', 'CY', 'AD', 'ID', 'M1', 'M2', 'M3', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'U1', 'U2', 'U3', 'U4', 'U5',
]);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where the value starts when text[pos, end) is a tag line, else -1. */
function valueStart(text: string, pos: number, end: number): number {
  const length = end - pos;
  if (length < 4 || !isUpper(text.charCodeAt(pos))) return -1;
  const c1 = text.charCodeAt(pos + 1);
  if ((!isUpper(c1) && !isDigit(c1)) || text.charCodeAt(pos + 2) !== 32) return -1;
  const c3 = text.charCodeAt(pos + 3);
  if (c3 === 32 && text.charCodeAt(pos + 4) === 45 && (length === 5 || text.charCodeAt(pos + 5) === 32)) return pos + 6;
  if (c3 === 45 && (length === 4 || text.charCodeAt(pos + 4) === 32) && KNOWN_TAGS.has(text.slice(pos, pos + 2))) return pos + 5;
  return -1;
}

/** True when the text has an RIS record start within its first lines (used by sniff). */
export function looksLikeRis(lines: string[]): boolean {
  for (const line of lines) if (line.startsWith('TY  -') || (line.startsWith('TY -') && valueStart(line, 0, line.length) > 0)) return true;
  return false;
}

/**
 * Parse RIS text. Records without a title are skipped, with a warning naming their line.
 * Reads the text in place, line by line, slicing out only the values: a 10,000-record
 * Scopus export is 13 MB, and an array of its 300,000 lines is garbage the browser must collect.
 */
export function parseRis(input: string): { records: Article[]; warnings: string[] } {
  let text = stripBom(input);
  // Lines end in LF or CRLF; a file with only bare CRs gets LFs.
  if (!text.includes('\n') && text.includes('\r')) text = text.replace(/\r/g, '\n');
  const warnings = new Warnings();
  const records: Article[] = [];
  const tags = new Tags();
  let open = false; // inside a record (after TY, before ER)
  let start = 0;
  let last = -1; // index of the value an untagged line continues
  let seenRecord = false;
  let strayReported = false;

  const finish = () => {
    if (!open) return;
    const article = finishRecord(risToDraft(tags), start, warnings);
    if (article) records.push(article);
    tags.clear();
    open = false;
    last = -1;
  };

  let lineNo = 0;
  for (let pos = 0; pos < text.length; ) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const at = valueStart(text, pos, end);
    if (at < 0) {
      // Untagged: a continuation inside a record; outside one (Ovid's "1." numbering, a
      // header), nothing.
      if (last >= 0) {
        const more = text.slice(pos, end).trim();
        if (more) {
          const tag = tags.codes[last];
          if (LIST_TAGS.has(tag)) {
            tags.push(tag, more);
            last = tags.values.length - 1;
          } else {
            tags.values[last] += ' ' + more;
          }
        }
      }
      pos = next;
      continue;
    }
    const tag = (text.charCodeAt(pos) << 8) | text.charCodeAt(pos + 1);
    pos = next;
    if (tag === 0x5459 /* TY */) {
      // A record starts (and ends the previous one, if its ER is missing).
      finish();
      open = true;
      start = lineNo;
      seenRecord = true;
    } else if (tag === 0x4552 /* ER */) {
      finish();
      continue;
    } else if (!open) {
      // Outside a record: Ovid writes "NL  - …" after ER; a file cut at the top starts
      // mid-record. Neither makes a record of its own.
      if (!seenRecord && !strayReported) {
        warnings.add('lines before the first record (TY) ignored', lineNo);
        strayReported = true;
      }
      continue;
    }
    // A1 and AU are both primary authors: one list, in file order.
    tags.push(tag === A1 ? AU : tag, end > at ? text.slice(at, end).trim() : '');
    last = tags.values.length - 1;
  }
  if (open) {
    warnings.add('the last record has no end line (ER): the file may be truncated', start);
    finish();
  }
  return { records, warnings: warnings.done() };
}

const [DB, AN, C2, U2, LINKS] = [['DB'], ['AN'], ['C2'], ['U2'], ['UR', 'L2', 'L1', 'LK']].map((tags) => tags.map(code));

function risToDraft(tags: Tags): Draft {
  const db = tags.all(DB).join(' ');
  const keywords: string[] = [];
  // Some exports put "a; b; c" on one KW line.
  for (const value of tags.all(C.keywords)) {
    if (value.includes(';')) keywords.push(...value.split(';'));
    else keywords.push(value);
  }
  return {
    title: tags.first(C.title),
    authors: tags.all(C.authors),
    year: tags.first(C.year),
    journal: tags.first(C.journal),
    volume: tags.first(C.volume),
    issue: tags.first(C.issue),
    pages: joinPages(tags.first(C.startPage), tags.first(C.endPage)),
    doi: doiFrom(tags.first(C.doi)) ?? tags.find(C.doiElsewhere, doiFrom),
    pmid: risPmid(tags, db),
    abstract: tags.first(C.abstract),
    keywords,
    url: tags.find(C.url, httpUrl),
    language: tags.first(C.language),
    sourceId: risSourceId(tags, db),
  };
}

function risPmid(tags: Tags, db: string): string | undefined {
  const digits = (value: string | undefined) => (value && /^\d{1,9}$/.test(value.trim()) ? normalizePmid(value) : undefined);
  // PubMed/MEDLINE records carry the PMID as accession number; Scopus puts "PubMed ID" in C2.
  if (/pubmed|medline|\bnlm\b/i.test(db)) {
    const pmid = digits(tags.first(AN));
    if (pmid) return pmid;
  }
  if (/scopus/i.test(db)) {
    const pmid = digits(tags.first(C2));
    if (pmid) return pmid;
  }
  return tags.find(C.pmidElsewhere, pmidFrom);
}

/** A database's own id: Scopus EID, Embase "L…", Web of Science UT, Garuda id, else AN. */
function risSourceId(tags: Tags, db: string): string | undefined {
  const links = tags.all(LINKS);
  for (const link of links) {
    const eid = scopusEid(link);
    if (eid) return eid;
    const garuda = /garuda\.[a-z.]+\/documents\/detail\/(\d+)/i.exec(link);
    if (garuda) return `garuda:${garuda[1]}`;
    const wos = /\b(WOS:\d{15})\b/.exec(link);
    if (wos) return wos[1];
    const embase = /embase\.com\/.*[?&]id=(L\d+)/i.exec(link);
    if (embase) return embase[1];
  }
  const u2 = tags.first(U2);
  if (u2 && /^L\d{6,}$/.test(u2) && /embase/i.test(db + ' ' + links.join(' '))) return u2;
  const an = tags.first(AN);
  return an ? cleanText(an) : undefined;
}
