// Ranking before the first include: the protocol's own include terms minus its exclude terms,
// found with the same matcher that marks them in the screening panel.
import type { Review } from '../model';
import { reviewTerms, termMatcher, type Term, type TermMatcher } from '../screening/terms';
import type { RankText } from './text';

/** The protocol's terms as plain data (what a protocol-based model carries). */
export function protocolTerms(review: Pick<Review, 'criteria'>): Term[] {
  return reviewTerms(review);
}

const matchers = new WeakMap<readonly Term[], TermMatcher>();

function matcherFor(terms: readonly Term[]): TermMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) matchers.set(terms, (matcher = termMatcher([...terms])));
  return matcher;
}

export function hasIncludeTerms(terms: readonly Term[]): boolean {
  return terms.some((t) => t.kind === 'include');
}

/**
 * How well a record fits the protocol: the share of criteria (among those with include terms)
 * whose terms the record names, minus ½ for each exclude term it names. Naming population *and*
 * intervention counts more than three population synonyms; an exclude term ("rats", "ibu
 * hamil") outweighs one criterion. Title, abstract and keywords count alike.
 */
export function protocolScore(terms: readonly Term[], text: RankText): number {
  const criteria = new Set(terms.filter((t) => t.kind === 'include').map((t) => t.criterion));
  const found = matcherFor(terms).found([text.title ?? '', text.abstract ?? '', ...(text.keywords ?? [])].join('\n'));
  const met = new Set(found.filter((t) => t.kind === 'include').map((t) => t.criterion));
  const excluded = found.filter((t) => t.kind === 'exclude').length;
  return (criteria.size ? met.size / criteria.size : 0) - 0.5 * excluded;
}
