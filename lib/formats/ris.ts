// RIS import: "TY  - JOUR" … "ER  - ". One linear pass over the text, no regex per line,
// because reviewers import 10,000+ records at once (Scopus, WoS, Embase, Ovid, EndNote, …).
// Tags → fields in ris-fields.ts, identifiers in ris-ids.ts, export in ris-write.ts.
import type { Article } from '../model/article';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { stripBom } from './values';
import { risToDraft } from './ris-fields';
import { A1, AU, KNOWN_TAGS, LIST_TAGS, Tags } from './ris-tags';
import { ovidRecordIds } from './ris-ids';
import { forEachLineUnglued, GluedTags } from './ris-glued';
import { importMessage } from './messages';

const TY = 0x5459;
const ER = 0x4552;
const TI = 0x5449;
const AB = 0x4142;
const N2 = 0x4e32;
const T1 = 0x5431;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where the value starts when text[pos, end) is a tag line, else -1. "TI  - x" always, also
 * with a tab or nothing after the dash ("TI  -x"); "TI - x" only in a file written that way
 * (`oneSpace`) and for a known tag — elsewhere such a line is an abstract's wrapped text.
 */
function valueStart(text: string, pos: number, end: number, oneSpace: boolean): number {
  const length = end - pos;
  if (length < 4 || !isUpper(text.charCodeAt(pos))) return -1;
  const c1 = text.charCodeAt(pos + 1);
  if ((!isUpper(c1) && !isDigit(c1)) || text.charCodeAt(pos + 2) !== 32) return -1;
  const c3 = text.charCodeAt(pos + 3);
  if (c3 === 32 && length >= 5 && text.charCodeAt(pos + 4) === 45) return pos + 5;
  if (oneSpace && c3 === 45 && (length === 4 || text.charCodeAt(pos + 4) === 32) && KNOWN_TAGS.has(text.slice(pos, pos + 2))) return pos + 5;
  return -1;
}

/** "ER" alone on its line (no dash): some exporters end records so. */
const isBareEnd = (text: string, pos: number, end: number) => text.charCodeAt(pos) === 69 && text.charCodeAt(pos + 1) === 82 && trimEnd(text, pos + 2, end) === pos + 2;

/** Whether the file's first record starts "TY - " (one space): its other tags are written so too. */
function writtenWithOneSpace(text: string): boolean {
  const two = text.indexOf('TY  -');
  // Searched only up to the first standard TY: a 13 MB file is not scanned twice.
  return (two < 0 ? text.indexOf('TY - ') : text.lastIndexOf('TY - ', two)) >= 0;
}

/** True when the text has an RIS record start within its first lines (used by sniff). */
export function looksLikeRis(lines: string[]): boolean {
  for (const line of lines) if (line.startsWith('TY  -') || (line.startsWith('TY -') && valueStart(line, 0, line.length, true) > 0)) return true;
  return false;
}

/** Where the value of text[from, end) starts without the spaces before it. */
function trimStart(text: string, from: number, end: number): number {
  while (from < end && text.charCodeAt(from) <= 32) from++;
  return from;
}

/** Where the value of text[from, end) ends without the spaces after it. */
function trimEnd(text: string, from: number, end: number): number {
  while (end > from && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether text[from, end) holds a "{" (an entry's opening), looked for within the line only. */
function hasBrace(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 123) return true;
  return false;
}

/** Whether text[pos, end) is a record's number alone, as Ovid writes one before each record ("1.", "12. "). */
function isRecordNumber(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i > pos && text.charCodeAt(i) === 46 && trimEnd(text, i + 1, end) === i + 1;
}

/** Reads one file: the state between lines, and what a record's end does with it. */
class RisReader {
  readonly records: Article[] = [];
  readonly warnings = new Warnings();
  private readonly tags: Tags;
  private readonly glued: GluedTags;
  private readonly draft: Draft = {};
  private open = false; // inside a record (after TY, before ER)
  private start = 0; // line of the record's TY
  private startAt = 0; // where in the text the record's TY is
  private rereading = false; // reading a record again, its glued tags split (ris-glued.ts)
  private last = -1; // index of the value an untagged line continues
  private seenRecord = false;
  private strayReported = false;
  private readonly otherReported = new Set<string>();
  private numberedByOvid = false; // a "1." line before a record: Ovid's RIS (ris-ids.ts ovidRecordIds)

  constructor(
    private readonly text: string,
    private readonly oneSpace: boolean,
  ) {
    this.tags = new Tags(text);
    this.glued = new GluedTags(text);
  }

  /** One line, text[pos, end): a tag line, "ER" alone, or a line that continues a value. */
  line(pos: number, end: number, line: number): void {
    const at = valueStart(this.text, pos, end, this.oneSpace);
    if (at < 0 && isBareEnd(this.text, pos, end)) this.tagged(ER, end, end, line);
    else if (at < 0) this.untagged(pos, end, line);
    else this.tagged((this.text.charCodeAt(pos) << 8) | this.text.charCodeAt(pos + 1), at, end, line);
  }

  /** An untagged line: a continuation inside a record; outside one (Ovid's "1.", a header), nothing. */
  untagged(pos: number, end: number, line: number): void {
    if (this.last < 0) {
      if (!this.open) this.otherFormat(pos, end, line);
      return;
    }
    const from = trimStart(this.text, pos, end);
    const to = trimEnd(this.text, from, end);
    if (from === to) return;
    const tag = this.tags.tagAt(this.last);
    if (LIST_TAGS.has(tag)) this.last = this.tags.push(tag, from, to);
    else {
      // Zotero and Mendeley write an abstract's own line breaks as lines of their own: kept for
      // finishRecord to tell sections from wrapped text (stripMarkup's keepLines).
      this.tags.extend(this.last, this.text.slice(from, to), tag === AB || tag === N2 ? '\n' : ' ');
    }
  }

  /**
   * Files joined by hand may hold another format's records between RIS records: a BibTeX entry
   * ("@article{…") or a PubMed record ("PMID- …"). They are not read, and the reviewer must hear so
   * (once per format). A character check, made only on lines outside records.
   */
  otherFormat(pos: number, end: number, line: number): void {
    const first = this.text.charCodeAt(pos);
    if (isDigit(first) && !this.numberedByOvid) this.numberedByOvid = isRecordNumber(this.text, pos, end);
    let format: 'BibTeX' | 'PubMed (MEDLINE)' | undefined;
    if (first === 64 && isLetter(this.text.charCodeAt(pos + 1)) && hasBrace(this.text, pos, end)) format = 'BibTeX';
    else if (first === 80 && this.text.startsWith('PMID-', pos)) format = 'PubMed (MEDLINE)';
    if (!format || this.otherReported.has(format)) return;
    this.otherReported.add(format);
    this.warnings.add(importMessage('otherFormatRecord', format), line);
  }

  tagged(tag: number, at: number, end: number, line: number): void {
    if (tag === TY) {
      // A record starts (and ends the previous one, if its ER is missing).
      this.finish(at - 5, false);
      this.open = true;
      this.start = line;
      this.startAt = at - 5;
      this.seenRecord = true;
    } else if (tag === ER) {
      // Read again (readUnglued), the record ends at its ER: its own line, or one glued to its last line.
      if (this.rereading) {
        this.rereading = false;
        return;
      }
      this.finish(at, true);
      // Files joined without a line break between them: "ER  - TY  - JOUR".
      const from = trimStart(this.text, at, end);
      const next = valueStart(this.text, from, end, false);
      if (next > 0 && this.text.startsWith('TY', from)) this.tagged(TY, next, end, line);
      return;
    } else if (!this.open) {
      // Outside a record: Ovid writes "NL  - …" after ER; a file cut at the top starts
      // mid-record. Neither makes a record of its own — but a title there is a record lost
      // (its TY line is missing or broken), which the reviewer must hear about.
      if (!this.seenRecord && !this.strayReported) {
        this.warnings.add(importMessage('beforeFirstTy'), line);
        this.strayReported = true;
      } else if (this.seenRecord && (tag === TI || tag === T1)) {
        this.warnings.add(importMessage('noStartTy'), line);
      }
      return;
    }
    // A1 and AU are both primary authors: one list, in file order.
    const from = trimStart(this.text, at, end);
    this.last = this.tags.push(tag === A1 ? AU : tag, from, trimEnd(this.text, from, end));
  }

  /** The record ends before text[to]: `ended` by its ER line (else by the next TY or the file's end). */
  finish(to: number, ended: boolean): void {
    if (!this.open) return;
    if (this.glued.inRecord(this.tags, this.startAt, to, ended)) this.readUnglued(to);
    const draft = risToDraft(this.tags, this.draft);
    // A record of an Ovid file without its link: its ID is its accession number (ris-ids.ts).
    if (this.numberedByOvid) ovidRecordIds(this.tags, draft);
    const article = finishRecord(draft, this.start, this.warnings);
    if (article) this.records.push(article);
    this.tags.clear();
    this.open = false;
    this.last = -1;
  }

  /** The record read again from the line after its TY up to text[to], each glued tag on a line of its own. */
  private readUnglued(to: number): void {
    this.tags.clear();
    this.last = -1;
    this.rereading = true;
    forEachLineUnglued(this.text, this.text.indexOf('\n', this.startAt) + 1 || to, to, this.start + 1, (pos, end, line) => {
      if (this.rereading) this.line(pos, end, line);
    });
    this.rereading = false;
  }

  end(): ReadRecords {
    const length = this.text.length;
    if (this.open) {
      if (!this.glued.endGlued(this.startAt, length)) this.warnings.add(importMessage('lastNoEr'), this.start);
      this.finish(length, false);
    }
    return { records: this.records, ...this.warnings.done() };
  }
}

/**
 * Parse RIS text. Records without a title are skipped, with a warning naming their line.
 * Reads the text in place, line by line, slicing out only the values: a 10,000-record
 * Scopus export is 13 MB, and an array of its 300,000 lines is garbage the browser must collect.
 */
export function parseRis(input: string): ReadRecords {
  return readRis(stripBom(input));
}

/** parseRis for text already without byte-order marks (parseBibliography's): a 13 MB file is not searched for them twice. */
export function readRis(bomless: string): ReadRecords {
  let text = bomless;
  // Lines end in LF or CRLF; a file with only bare CRs gets LFs.
  if (!text.includes('\n') && text.includes('\r')) text = text.replace(/\r/g, '\n');
  const reader = new RisReader(text, writtenWithOneSpace(text));
  let line = 0;
  for (let pos = 0; pos < text.length; ) {
    line++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    reader.line(pos, end, line);
    pos = next;
  }
  return reader.end();
}
