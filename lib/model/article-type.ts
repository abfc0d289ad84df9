// What kind of publication a record is: the one table every reader maps its export's own names
// onto, every writer maps back from, and duplicates choose by. No Zod here: content scripts
// may import it (as ./limits.ts).
//
// Why these kinds: they are the ones a reviewer screens differently or a reference manager files
// differently. A review, a letter (editorial, comment) and a preprint are what a study-design
// criterion ("randomised and quasi-experimental studies") excludes at a glance; a chapter, a
// book, a conference paper, a thesis, a report and a dataset are what RIS, BibTeX and CSL each
// have a type of their own for, which an export as a journal article would misfile. Anything
// else a database names (an erratum, a patent, a news item, a trial registration) is `other`.

/** The kinds, most specific last among equals; the stored value is the key. */
export const ARTICLE_TYPES = ['other', 'preprint', 'article', 'conference-paper', 'chapter', 'book', 'thesis', 'report', 'dataset', 'review', 'letter'] as const;

export type ArticleType = (typeof ARTICLE_TYPES)[number];

const KNOWN = new Set<string>(ARTICLE_TYPES);

/** Whether a stored value is one of the kinds (a newer release's kind is not). */
export const isArticleType = (value: unknown): value is ArticleType => typeof value === 'string' && KNOWN.has(value);

/**
 * How much a kind says, for choosing between two copies of one record that disagree:
 * - `other` says least: a database that could not name it.
 * - a preprint is below a journal article: two copies joined as one study are its preprint and
 *   its published version (PubMed's "Journal Article" beside medRxiv's), cited as the latter.
 * - `article` is the default many exporters write for anything (Google Scholar's RIS is JOUR for
 *   a thesis or a book too), so any kind that names the work's form beats it;
 * - a review and a letter (editorial, comment) are journal articles PubMed, Scopus and Web of
 *   Science say more of, and what screening needs to see.
 */
const RANK: Record<ArticleType, number> = {
  other: 0,
  preprint: 1,
  article: 2,
  'conference-paper': 3,
  chapter: 3,
  book: 3,
  thesis: 3,
  report: 3,
  dataset: 3,
  review: 4,
  letter: 4,
};

/**
 * The kind two copies of one record agree on: the one that says more (RANK); between two that
 * say as much, the later in ARTICLE_TYPES. A fixed order, so that any order of joins gives one
 * kind (lib/review/join.ts).
 */
export function moreSpecificType(a: ArticleType | undefined, b: ArticleType | undefined): ArticleType | undefined {
  if (!a || !b) return a ?? b;
  if (RANK[a] !== RANK[b]) return RANK[a] > RANK[b] ? a : b;
  return ARTICLE_TYPES.indexOf(a) >= ARTICLE_TYPES.indexOf(b) ? a : b;
}
