// "Very similar" folded titles: a typo, a dropped subtitle, a title cut short. Only called on
// candidate pairs that share a rare title word, so the quadratic edit distance stays cheap.

/** Share of characters that may differ for two titles to count as very similar. */
const MAX_EDIT_RATIO = 0.1;
/** A shorter title that is the start of a longer one must be this long to mean anything. */
export const MIN_PREFIX_WORDS = 5;

// Notices about a paper carry its title after a prefix; they are other publications.
const NOTICE =
  /^(?:erratum|errata|corrigendum|correction|author correction|publisher correction|retraction|retraction note|expression of concern|comment on|commentary on|reply to|response to|in reply|reply)\b/;

/** True when the folded title is a notice (erratum, correction, retraction, reply) about another paper. */
export function isNotice(folded: string): boolean {
  return NOTICE.test(folded);
}

/** True when two different folded titles are very likely the same title. */
export function similarTitles(a: string, b: string): boolean {
  if (a === b) return true;
  if (isNotice(a) !== isNotice(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && isCutOf(short, long)) return true;
  const budget = Math.floor(long.length * MAX_EDIT_RATIO);
  return long.length - short.length <= budget && editDistanceWithin(short, long, budget);
}

/**
 * A title that `long` starts with is it cut short: at a word ("… pada ibu nifas di") or inside
 * one, with or without a mark ("… di Puskesmas Kec…", a page's title cut after ~100 characters).
 * Words before the cut must be MIN_PREFIX_WORDS; a word cut into does not count.
 */
function isCutOf(short: string, long: string): boolean {
  let words = 1;
  for (let i = short.indexOf(' '); i >= 0; i = short.indexOf(' ', i + 1)) words++;
  return words >= (long.charCodeAt(short.length) === 32 ? MIN_PREFIX_WORDS : MIN_PREFIX_WORDS + 1);
}

/** Levenshtein distance ≤ max, computed in a diagonal band of width 2·max+1. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const n = b.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  const big = max + 1;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
      cur[j] = Math.min(v, big);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[n] <= max;
}

/**
 * True when two folded titles are plainly of different papers: neither equal nor similar, and
 * sharing fewer than half their words. A translated title (Garuda's Indonesian, Scopus's
 * English) also passes this test, so callers pair it with other evidence.
 */
export function titlesDisagree(a: string, b: string): boolean {
  if (a === b || similarTitles(a, b)) return false;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size) < 0.5;
}
