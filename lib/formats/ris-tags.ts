// One RIS record's tag lines as the scanner (ris.ts) collects them, and tags as numbers.

/** A tag as a number: "TI" → 0x5449. Lines are matched by char codes, never sliced for the tag. */
export const code = (tag: string) => (tag.charCodeAt(0) << 8) | tag.charCodeAt(1);
export type Codes = readonly number[];
export const codes = (...tags: string[]): Codes => tags.map(code);

export const AU = code('AU');
export const A1 = code('A1');

/** An untagged line after one of these is another value (EndNote's one-keyword-per-line KW). */
export const LIST_TAGS = new Set(codes('AU', 'A2', 'A3', 'A4', 'KW', 'UR', 'L1', 'L2', 'L3', 'L4', 'DB', 'SN', 'N1', 'AD'));

// Tags accepted with ONE space before the dash ("TY - JOUR", seen in some exports) in a file
// whose TY lines are written so; with the standard two spaces any two-character tag is read.
export const KNOWN_TAGS = new Set([
  'AV',
  'CA',
  'CN',
  'CP',
  'DP',
  'ED',
  'ET',
  'LB',
  'LK',
  'NV',
  'OP',
  'PP',
  'RI',
  'RN',
  'RP',
  'SE',
  'TA',
  'TT',
  'VO',
  'TY',
  'ER',
  'TI',
  'T1',
  'T2',
  'T3',
  'CT',
  'ST',
  'BT',
  'AU',
  'A1',
  'A2',
  'A3',
  'A4',
  'PY',
  'Y1',
  'Y2',
  'DA',
  'JF',
  'JO',
  'JA',
  'J1',
  'J2',
  'VL',
  'IS',
  'SP',
  'EP',
  'DO',
  'UR',
  'L1',
  'L2',
  'L3',
  'L4',
  'AB',
  'N1',
  'N2',
  'KW',
  'LA',
  'AN',
  'DB',
  'SN',
  'PB',
  'CY',
  'AD',
  'ID',
  'M1',
  'M2',
  'M3',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
]);

/**
 * One record's tag lines, flat, in file order; one buffer serves every record of a file (it is
 * overwritten, never truncated: an emptied array gives up its storage and would be regrown,
 * copied and collected for every record). A value is kept as its place in the text and sliced
 * only when a field asks for it: exports carry many tags no field reads (addresses, funding,
 * reference lists). `firstAt` remembers where each tag first had a value and `nextSame` links each
 * value to the next of its tag, so that asking for a field walks its own values only, not every
 * line of the record (a Scopus record has 30-60 lines; most fields have one value).
 */
export class Tags {
  private readonly codes: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: (string | undefined)[] = [];
  /** The index of the next line with a value of the same tag, or -1. */
  private readonly nextSame: number[] = [];
  private n = 0;
  private readonly firstAt = new Int32Array(0x10000).fill(-1);
  /** The last line with a value of each tag (read only while firstAt says the tag has one). */
  private readonly lastAt = new Int32Array(0x10000);

  constructor(private readonly source = '') {}

  clear(): void {
    for (let i = 0; i < this.n; i++) this.firstAt[this.codes[i]] = -1;
    this.n = 0;
  }

  /** Add a line whose value is source[from, end) (trimmed by the caller); returns its index. */
  push(tag: number, from: number, end: number): number {
    const at = this.n++;
    this.codes[at] = tag;
    this.starts[at] = from;
    this.ends[at] = end;
    this.texts[at] = undefined;
    this.nextSame[at] = -1;
    if (end > from) this.link(tag, at);
    return at;
  }

  /** Line `at` (the record's last line of its tag so far) now has a value: it joins its tag's values. */
  private link(tag: number, at: number): void {
    if (this.firstAt[tag] < 0) this.firstAt[tag] = at;
    else this.nextSame[this.lastAt[tag]] = at;
    this.lastAt[tag] = at;
  }

  /** Add a value given as a string (another format's field read under its RIS tag, for ris-ids.ts). */
  add(tag: number, value: string): void {
    if (!value) return;
    const at = this.push(tag, 0, 0);
    this.extend(at, value, '');
  }

  /** Whether the record has a non-empty value of this tag. */
  has(tag: number): boolean {
    return this.firstAt[tag] >= 0;
  }

  /** Whether the record has more than one non-empty value of these tags. */
  several(tags: Codes): boolean {
    let count = 0;
    for (const tag of tags) for (let i = this.firstAt[tag]; i >= 0 && count < 2; i = this.nextSame[i]) count++;
    return count > 1;
  }

  tagAt(at: number): number {
    return this.codes[at];
  }

  /** The value of line `at`, sliced from the text the first time it is asked for. */
  private value(at: number): string {
    let text = this.texts[at];
    if (text === undefined) {
      text = this.ends[at] > this.starts[at] ? this.source.slice(this.starts[at], this.ends[at]) : '';
      this.texts[at] = text;
    }
    return text;
  }

  /**
   * Continue value `at` with an untagged line. Only the last line of a record is continued, so a
   * line that had no value until now is its tag's last value.
   */
  extend(at: number, more: string, separator = ' '): void {
    const before = this.value(at);
    const empty = this.ends[at] <= this.starts[at];
    this.texts[at] = before ? `${before}${separator}${more}` : more;
    this.starts[at] = 0;
    this.ends[at] = this.texts[at]!.length;
    if (empty && this.ends[at] > 0) this.link(this.codes[at], at);
  }

  /** The first non-empty value of the first tag (in preference order) that has one. */
  first(tags: Codes): string | undefined {
    for (const tag of tags) {
      const at = this.firstAt[tag];
      if (at >= 0) return this.value(at);
    }
    return undefined;
  }

  /** The first value, tag by tag, for which `pick` finds something. */
  find(tags: Codes, pick: (value: string) => string | undefined): string | undefined {
    for (const tag of tags) {
      for (let i = this.firstAt[tag]; i >= 0; i = this.nextSame[i]) {
        const found = pick(this.value(i));
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * The first value, tag by tag, that starts with `prefix`; the others are looked at in the text,
   * not sliced from it (a Scopus record's J2, read for a registry's link it never holds).
   */
  firstStarting(tags: Codes, prefix: string): string | undefined {
    for (const tag of tags) {
      for (let i = this.firstAt[tag]; i >= 0; i = this.nextSame[i]) {
        const text = this.texts[i];
        if (text === undefined ? this.sourceStarts(i, prefix) : text.startsWith(prefix)) return this.value(i);
      }
    }
    return undefined;
  }

  /** Whether value `at`, still in the text, starts with `prefix`: its characters compared, cheaper than a startsWith call. */
  private sourceStarts(at: number, prefix: string): boolean {
    const from = this.starts[at];
    if (this.ends[at] - from < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) if (this.source.charCodeAt(from + k) !== prefix.charCodeAt(k)) return false;
    return true;
  }

  /** Every non-empty value of these tags, tag by tag (in an array of exactly that size). */
  all(tags: Codes): string[] {
    let count = 0;
    for (const tag of tags) for (let i = this.firstAt[tag]; i >= 0; i = this.nextSame[i]) count++;
    const out = new Array<string>(count);
    let k = 0;
    for (const tag of tags) for (let i = this.firstAt[tag]; i >= 0; i = this.nextSame[i]) out[k++] = this.value(i);
    return out;
  }

  /** Every non-empty value of these tags joined by spaces (one value: itself, no copy). */
  joined(tags: Codes): string {
    let out = '';
    for (const tag of tags) {
      for (let i = this.firstAt[tag]; i >= 0; i = this.nextSame[i]) out = out ? `${out} ${this.value(i)}` : this.value(i);
    }
    return out;
  }
}
