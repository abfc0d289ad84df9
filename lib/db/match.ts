import type { Article } from '../model';
import { matchKeys } from '../dedup/normalize';
import { partKeys } from '../dedup/cut';

/** Keys as match keys of a review (the review's id before each). */
export const prefixed = (reviewId: string, keys: string[]) => keys.map((k) => `${reviewId}|${k}`);

/** The index entries of a record: its key, its aliases and the identifiers it can be matched by. */
export function recordMatchKeys(reviewId: string, key: string, aliases: string[], article: Article): string[] {
  return [...new Set(prefixed(reviewId, [key, ...aliases, ...matchKeys(article), ...partKeys(article)]))];
}

/** The index entries an article can be looked up by, in a review. */
export function lookupKeys(reviewId: string, key: string, article: Article): string[] {
  return prefixed(reviewId, [key, ...matchKeys(article), ...partKeys(article)]);
}

/**
 * A match key as a 52-bit number. Packs of records are indexed by these rather than by the keys
 * themselves: an index entry costs IndexedDB by its length, and a title key is long (a
 * 10,000-record import wrote its index for a third of its time). Two keys may share a number;
 * whoever reads a pack by it keeps only the records whose own match keys were asked for.
 */
export function matchHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x100000 + ((b >>> 12) & 0xfffff);
}

/** The index entries of a pack of records: the numbers of all their match keys, each once. */
export const packHashes = (records: { matchKeys: string[] }[]): number[] => [...new Set(records.flatMap((r) => r.matchKeys.map(matchHash)))];
