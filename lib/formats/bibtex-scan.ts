// The BibTeX scanner: entries, field names and values (braced, quoted, numbers, @string
// names joined with "#"), tolerant of what real exports get wrong — Scopus leaves "{" open
// inside abstracts, Mendeley forgets commas, files end mid-entry.

export type Fields = Map<string, string>;

export class Reader {
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
export function readBraced(r: Reader): { value: string; closed: boolean } {
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

/** A field value: braced, quoted, a number or a @string name, joined with "#". `quoted`: its last part was in quotes. */
export function readValue(r: Reader, strings: Map<string, string>): { value: string; closed: boolean; quoted: boolean } {
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
    if (!part.closed) return { value, closed: false, quoted: c === '"' };
    const end = r.pos;
    r.skipSpace();
    if (r.text[r.pos] !== '#') {
      r.pos = end; // the caller needs to see whether a line break follows
      return { value, closed: true, quoted: c === '"' };
    }
    r.pos++;
  }
}

/**
 * The citation key: anything up to the first comma outside braces (Scopus keys may hold
 * "’" or "ą", others "m{\"u}ller2019"). Undefined when a "}" comes first: an entry without fields.
 */
function readKey(r: Reader): string | undefined {
  const t = r.text;
  const start = r.pos;
  let depth = 0;
  for (; r.pos < t.length; r.pos++) {
    const c = t[r.pos];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) break;
    else if ((c === '}' || c === ')') && depth === 0) {
      r.pos++;
      return undefined;
    }
  }
  const key = t.slice(start, r.pos).trim();
  r.pos++;
  return key;
}

/** One field's value, r.pos just after its "=", mended where real exports break it. */
function readField(r: Reader, strings: Map<string, string>): { value: string; closed: boolean } {
  const t = r.text;
  const { value, closed, quoted } = readValue(r, strings);
  const valueEnd = r.pos;
  r.skipSpace();
  const after = t[r.pos];
  // A field on the next line after a missing comma (Mendeley writes such files): go on.
  const nextLine = t.lastIndexOf('\n', r.pos) >= valueEnd;
  if (closed && nextLine && /^[A-Za-z][\w:.+-]*\s*=/.test(t.slice(r.pos, r.pos + 80))) return { value, closed };
  // OJS 2.4's citation template leaves the comma out after the pages, on the same line:
  // "issn = {2366-8539},\tpages = {1--40}\tdoi = {10.17815/CD.2016.1},". A field and its braced value follow.
  if (closed && after !== ',' && after !== '}' && /^[A-Za-z][\w:.+-]*\s*=\s*[{"]/.test(t.slice(r.pos, r.pos + 80))) return { value, closed };
  // A stray "}" inside the value closed it early: take the rest of the line. So does a quote inside
  // a quoted value, which Springer Nature writes unescaped (abstract="… the so-called "golden
  // hour" approach …"): the quote is kept, and the one that ends the line is no part of the text.
  if (closed && r.pos < t.length && after !== ',' && after !== '}' && after !== ')' && after !== '@') {
    const end = t.indexOf('\n', r.pos);
    const rest = t.slice(r.pos, end < 0 ? t.length : end).replace(quoted ? /"?\s*,?\s*$/ : /\}?\s*,?\s*$/, '');
    r.pos = end < 0 ? t.length : end;
    return { value: `${value}${quoted ? '"' : '}'}${rest}`, closed };
  }
  return { value, closed };
}

/** Key and fields of one entry, r.pos just after its "{". */
export function readEntry(r: Reader, strings: Map<string, string>): { key: string; fields: Fields; closed: boolean } {
  const fields: Fields = new Map();
  const t = r.text;
  const key = readKey(r);
  if (key === undefined) return { key: '', fields, closed: true };
  for (;;) {
    r.skipSpace();
    const c = t[r.pos];
    if (r.pos >= t.length) return { key, fields, closed: false };
    if (c === '}' || c === ')') {
      r.pos++;
      return { key, fields, closed: true };
    }
    if (c === ',') {
      r.pos++;
      continue;
    }
    if (c === '@') return { key, fields, closed: false }; // the next entry began: this one was cut
    const name = r.word().toLowerCase();
    r.skipSpace();
    if (!name || t[r.pos] !== '=') {
      // Not a field: skip the line and hope the next one is.
      r.skipLine();
      continue;
    }
    r.pos++;
    const { value, closed } = readField(r, strings);
    if (!fields.has(name)) fields.set(name, value);
    if (!closed) return { key, fields, closed: false };
  }
}
