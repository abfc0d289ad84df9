// Duplicate detection over a list of articles: certain groups (one study, merged without asking)
// and likely pairs (shown to the reviewer to merge or keep apart). Pure functions of the input.
import type { Article } from '../model/article';
import { certainGroups } from './certain';
import { features } from './features';
import { likelyPairs, type LikelyPair } from './likely';
import { preprintTest } from './preprint';

export { LIKELY_REASONS, type LikelyPair, type LikelyReason } from './likely';
export { pairwiseMetrics, groupsFromLabels, type PairwiseMetrics } from './metrics';
export { familyName, foldTitle, matchKeys } from './normalize';
export { isPreprint } from './preprint';

/**
 * Groups of indices into `articles` that are certainly the same study: same DOI, same PMID, or
 * same folded title + first author's family name + year within one — never joining two
 * different DOIs or PMIDs, even through a chain. Every index is in exactly one group
 * (singletons included); groups are ordered by their first index, members ascending.
 */
export function groupDuplicates(articles: readonly Article[]): number[][] {
  return certainGroups(features(articles), preprintTest(articles)).sets.groups();
}

/**
 * Pairs of records that may be the same study but are not certain (not in one certain group),
 * with a short reason code; one pair per pair of groups, ordered by `a`, then `b` (a < b).
 */
export function likelyDuplicates(articles: readonly Article[]): LikelyPair[] {
  return findDuplicates(articles).likely;
}

/** Both results from one pass over the records (the database merge and the review list need both). */
export function findDuplicates(articles: readonly Article[]): { groups: number[][]; likely: LikelyPair[] } {
  const f = features(articles);
  const preprint = preprintTest(articles);
  const certain = certainGroups(f, preprint);
  return { groups: certain.sets.groups(), likely: likelyPairs(f, certain, preprint) };
}
