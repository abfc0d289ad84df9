// A tag glued onto the end of the line before it: the exporter left out a line break, and the tag
// with its value rides in another value, lost with what follows it.
// - Scopus cuts its long N1 (the reference list) and writes the next tag on the same line:
//   "… (DSM-5®) (2013), American Psychiatric PubUR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85073159216&…"
//   The record loses its link and its EID, and duplicate matching needs both.
// - Web of Science: "WE  - Social Science Citation Index (SSCI)AN  - WOS:000123456700001".
//
// The rule. "XX  - " inside a line is prose as often as a tag: "FEV1  - 12%", "PD-L1  - positive",
// "H1N1  - infected", "BREAST CANCER  - A REVIEW", "GENE THERAPY  - 2019 UPDATE". Every tag is two
// capitals an upper-case word may end with, and most tags hold prose (titles, names, notes) that
// cannot be told from the text it is glued to. So a glued tag is one whose value has a shape prose
// does not take, up to the line's end, after some text on the same line (a space between or none):
//   UR, L1–L4, LK  a link: "http://…", "https://…"
//   DO             a DOI: "10.1016/j.jpsychores.2019.109836" (or its doi.org link), one token
//   AN             a database's accession number, one token with its database's mark: Web of Science's
//                  "WOS:000123456700001" (also "MEDLINE:…", "ZOOREC:…"), Embase's "L2001403470". Bare
//                  digits are no such mark: "CANCER MORTALITY IN JAPAN  - 1950-1990" is a title.
//   ER             nothing, on the record's last line (what follows is the next TY or the file's end)
// Any other tag glued on stays in the value it is glued to: "PD-L1  - positive" (a link tag
// without a link), "HUMAN  - 12 patients" (no accession), "H1N1  - infected" (N1 holds prose).
//
// The cost. Looking for "  - " inside every value cost ~15 ms per 10,000 records, and glued tags
// are rare: a record is searched only when it ends odd — with neither a UR nor an AN line (Scopus
// writes UR in every record, Web of Science AN: each glued tag seen took one of them; a DO only
// in a record without DO either), or without its own ER line. The search looks for "://", "AN  - "
// and "10." with one indexOf each, whose next occurrence is kept from record to record: a file
// pays at most one pass per string (~3.5 ms in all for 12 MB when no record has UR or AN), and a
// file whose records all have UR or AN and ER (the 10,000 of the benchmark) none.
import { code, type Tags } from './ris-tags';

const UR = code('UR');
const AN = code('AN');
const DO = code('DO');
const ER = code('ER');
const LINK_TAGS = new Set([UR, code('L1'), code('L2'), code('L3'), code('L4'), code('LK')]);

const LINK = /^https?:\/\/\S/i;
const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+$/i;
const ACCESSION = /^(?:[A-Z]{2,10}:[A-Za-z]{0,4}\d[\w.-]{4,}|L\d{8,})$/;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isUpperOrDigit = (c: number) => isUpper(c) || (c >= 48 && c <= 57);
const isBlank = (c: number) => c === 32 || c === 9;

/** Whether the line holding text[at] has text before `at` (a tag at a line's start is no glued one). */
function textBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  return k >= 0 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13;
}

/** Whether text[from, to) holds only spaces and line breaks. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/** Where the line holding text[at] ends (its line break, or the text's end). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * Whether a tag glued after text starts at text[at], by the rule above: its value runs up to
 * `valueEnd` (the line's end, or the next glued tag on the line), and the record ends at `recordEnd`.
 */
export function gluedTagAt(text: string, at: number, valueEnd: number, recordEnd: number): boolean {
  if (at < 1 || !isUpper(text.charCodeAt(at)) || !isUpperOrDigit(text.charCodeAt(at + 1))) return false;
  if (!text.startsWith('  -', at + 2) || !textBefore(text, at)) return false;
  let end = valueEnd;
  while (end > at + 5 && text.charCodeAt(end - 1) <= 32) end--;
  if (end > at + 5 && !isBlank(text.charCodeAt(at + 5))) return false; // "XX  -x": a hyphen in prose
  const tag = (text.charCodeAt(at) << 8) | text.charCodeAt(at + 1);
  if (tag === ER) return end === at + 5 && blank(text, valueEnd, recordEnd);
  let from = at + 5;
  while (from < end && isBlank(text.charCodeAt(from))) from++;
  const value = text.slice(from, end);
  if (LINK_TAGS.has(tag)) return LINK.test(value);
  if (tag === DO) return DOI.test(value);
  return tag === AN && ACCESSION.test(value);
}

/**
 * Where the glued tags of the line text[pos, end) start, in line order. Looked for from the line's
 * end: each glued tag's value runs up to the next one ("(SSCI)DO  - 10.1000/xyz AN  - WOS:…").
 */
export function gluedTagsIn(text: string, pos: number, end: number, recordEnd: number): number[] {
  const line = text.slice(pos, end); // searched alone: a search in the text would run on through the lines after
  const starts: number[] = [];
  let valueEnd = end;
  for (let dash = line.lastIndexOf('  -'); dash > 2; dash = line.lastIndexOf('  -', dash - 1)) {
    const at = pos + dash - 2;
    if (!gluedTagAt(text, at, valueEnd, recordEnd)) continue;
    starts.push(at);
    valueEnd = at;
  }
  return starts.reverse();
}

/**
 * One string looked for through the file, its next occurrence kept between records. Strings that
 * open with a rare character: V8 finds "://" in 13 MB in ~1 ms, "  - http" (a space first) in ~15.
 */
class Occurrences {
  private next = -2; // -2: not looked for yet; -1: none further in the file

  constructor(
    private readonly text: string,
    private readonly what: string,
    private readonly tagOffsets: readonly number[], // where a glued tag would start, from the string
  ) {}

  /** Whether a glued tag found by this string starts in text[from, to). */
  gluedWithin(from: number, to: number): boolean {
    if (this.next === -1) return false;
    if (this.next < from) this.next = this.text.indexOf(this.what, from);
    for (; this.next >= 0 && this.next < to; this.next = this.text.indexOf(this.what, this.next + 1)) {
      for (const offset of this.tagOffsets) {
        const at = this.next + offset;
        if (at >= from && gluedTagAt(this.text, at, lineEnd(this.text, at), to)) return true;
      }
    }
    return false;
  }
}

/** Which records of a file hold a glued tag; the reader (ris.ts) reads those again, split. */
export class GluedTags {
  private readonly links: Occurrences;
  private readonly dois: Occurrences;
  private readonly accessions: Occurrences;

  constructor(private readonly text: string) {
    this.links = new Occurrences(text, '://', [-10, -11]); // "UR  - http://", "UR  - https://"
    this.dois = new Occurrences(text, '10.', [-6]); // "DO  - 10."
    this.accessions = new Occurrences(text, 'AN  - ', [0]);
  }

  /** Whether the record in text[from, to) ends with "ER  -" glued to its last line. */
  endGlued(from: number, to: number): boolean {
    let last = to;
    while (last > from && this.text.charCodeAt(last - 1) <= 32) last--;
    return last - 5 > from && gluedTagAt(this.text, last - 5, lineEnd(this.text, last), to);
  }

  /** Whether the record in text[from, to), whose tag lines are `tags`, holds a glued tag; `ended` when it had its ER line. */
  inRecord(tags: Tags, from: number, to: number, ended: boolean): boolean {
    if (!ended && this.endGlued(from, to)) return true;
    if (tags.has(UR) || tags.has(AN)) return false;
    return this.links.gluedWithin(from, to) || this.accessions.gluedWithin(from, to) || (!tags.has(DO) && this.dois.gluedWithin(from, to));
  }
}

/**
 * text[from, to) line by line as the scanner reads it (line breaks LF or CRLF), each glued tag
 * handed to `read` as a line of its own: "…PubUR  - https://…" is read as "…Pub" and "UR  - https://…".
 */
export function forEachLineUnglued(text: string, from: number, to: number, firstLine: number, read: (pos: number, end: number, line: number) => void): void {
  let line = firstLine;
  for (let pos = from; pos < to; line++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    let part = pos;
    for (const tag of gluedTagsIn(text, pos, end, to)) {
      read(part, tag, line);
      part = tag;
    }
    read(part, end, line);
    pos = next;
  }
}
