// Text folding for matching, written as one pass over the characters: duplicate detection folds
// 100,000s of titles and names, and a chain of Unicode regexes over each cost ~5 µs a title.
// Result: diacritics removed (é → e, ß → ss), lower case, apostrophes dropped ("Cope's" →
// "copes"), every other run of non-letters/digits a single space, no leading/trailing space.

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  // Greek letters that titles also spell out ("α-synuclein" = "alpha-synuclein").
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  κ: 'kappa',
  '’': '',
  ʼ: '',
  '‘': '',
};

/** Folded form of one non-ASCII code point, memoised: '' (vanishes), ' ' (separator) or text. */
const memo = new Map<number, string>();

function foldCodePoint(cp: number): string {
  const ch = String.fromCodePoint(cp);
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const folded = ch
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (folded === '') return ''; // a combining mark written separately
  if (SPECIAL[folded] !== undefined) return SPECIAL[folded]; // upper-case Greek, Ø
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ');
}

// Reused output buffer of char codes. Never shortened: V8 shrinks an array whose length is cut
// to less than half, and regrowing it for the next title costs more than the fold itself.
const out: number[] = [];

export function foldText(text: string): string {
  const n = text.length;
  let len = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (c !== 39) space = true; // an ASCII apostrophe vanishes, anything else separates
        continue;
      }
      if (space && len > 0) out[len++] = 32;
      space = false;
      out[len++] = c;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let mapped = memo.get(cp);
    if (mapped === undefined) memo.set(cp, (mapped = foldCodePoint(cp)));
    for (let k = 0; k < mapped.length; k++) {
      const m = mapped.charCodeAt(k);
      if (m === 32) {
        space = true;
        continue;
      }
      if (space && len > 0) out[len++] = 32;
      space = false;
      out[len++] = m;
    }
  }
  return decode(out, len);
}

// fromCharCode.apply takes one argument per char: chunk so that long text cannot exceed the stack.
const CHUNK = 4096;

function decode(codes: number[], len: number): string {
  if (len <= CHUNK) return String.fromCharCode.apply(null, codes.slice(0, len));
  let s = '';
  for (let k = 0; k < len; k += CHUNK) s += String.fromCharCode.apply(null, codes.slice(k, Math.min(len, k + CHUNK)));
  return s;
}
