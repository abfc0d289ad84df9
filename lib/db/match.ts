import type { Article } from '../model';
import { matchKeys } from '../dedup/normalize';

const prefixed = (reviewId: string, keys: string[]) => keys.map((k) => `${reviewId}|${k}`);

/** The index entries of a record: its key, its aliases and the identifiers it can be matched by. */
export function recordMatchKeys(reviewId: string, key: string, aliases: string[], article: Article): string[] {
  return [...new Set(prefixed(reviewId, [key, ...aliases, ...matchKeys(article)]))];
}

/** The index entries an article can be looked up by, in a review. */
export function lookupKeys(reviewId: string, key: string, article: Article): string[] {
  return prefixed(reviewId, [key, ...matchKeys(article)]);
}
