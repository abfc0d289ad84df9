// One RIS record's tag lines as the scanner (ris.ts) collects them, and tags as numbers.

/** A tag as a number: "TI" → 0x5449. Lines are matched by char codes, never sliced for the tag. */
export const code = (tag: string) => (tag.charCodeAt(0) << 8) | tag.charCodeAt(1);
export type Codes = readonly number[];
export const codes = (...tags: string[]): Codes => tags.map(code);

export const AU = code('AU');
export const A1 = code('A1');

/** An untagged line after one of these is another value (EndNote's one-keyword-per-line KW). */
export const LIST_TAGS = new Set(codes('AU', 'A2', 'A3', 'A4', 'KW', 'UR', 'L1', 'L2', 'L3', 'L4', 'DB', 'SN', 'N1', 'AD'));

/**
 * One record's tag lines, flat, in file order; one buffer serves every record of a file (it is
 * overwritten, never truncated: an emptied array gives up its storage and would be regrown,
 * copied and collected for every record). `firstAt` remembers where each tag first had a
 * value, so that asking for a field costs one array read instead of a walk over the lines.
 */
export class Tags {
  private readonly codes: number[] = [];
  private readonly values: string[] = [];
  private n = 0;
  private readonly firstAt = new Int32Array(0x10000).fill(-1);

  get size(): number {
    return this.n;
  }

  clear(): void {
    for (let i = 0; i < this.n; i++) this.firstAt[this.codes[i]] = -1;
    this.n = 0;
  }

  /** Add a line; returns its index. */
  push(tag: number, value: string): number {
    const at = this.n++;
    if (value && this.firstAt[tag] < 0) this.firstAt[tag] = at;
    this.codes[at] = tag;
    this.values[at] = value;
    return at;
  }

  tagAt(at: number): number {
    return this.codes[at];
  }

  /** Continue value `at` with an untagged line. */
  extend(at: number, more: string): void {
    this.values[at] = this.values[at] ? `${this.values[at]} ${more}` : more;
    const tag = this.codes[at];
    if (this.firstAt[tag] < 0) this.firstAt[tag] = at;
  }

  /** The first non-empty value of the first tag (in preference order) that has one. */
  first(tags: Codes): string | undefined {
    for (const tag of tags) {
      const at = this.firstAt[tag];
      if (at >= 0) return this.values[at];
    }
    return undefined;
  }

  /** The first value, tag by tag, for which `pick` finds something. */
  find(tags: Codes, pick: (value: string) => string | undefined): string | undefined {
    for (const tag of tags) {
      const from = this.firstAt[tag];
      if (from < 0) continue;
      for (let i = from; i < this.n; i++) {
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
    for (const tag of tags) {
      const from = this.firstAt[tag];
      if (from < 0) continue;
      for (let i = from; i < this.n; i++) if (this.codes[i] === tag && this.values[i]) out.push(this.values[i]);
    }
    return out;
  }

  /** Every non-empty value of these tags joined by spaces (one value: itself, no copy). */
  joined(tags: Codes): string {
    let out = '';
    for (const tag of tags) {
      const from = this.firstAt[tag];
      if (from < 0) continue;
      for (let i = from; i < this.n; i++) {
        if (this.codes[i] === tag && this.values[i]) out = out ? `${out} ${this.values[i]}` : this.values[i];
      }
    }
    return out;
  }

  has(tag: number): boolean {
    return this.firstAt[tag] >= 0;
  }
}
