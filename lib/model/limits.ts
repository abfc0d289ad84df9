// The bounds of what pages and files may give Saring, defined once. ArticleSchema and the
// message schemas enforce them; adapters (lib/sites/dom.ts) and importers (lib/formats/record.ts)
// cut to them, so that one over-long field never loses a row or a record. No Zod here: content
// scripts import this file.

/** Longest text of each article field (characters), and most items of its lists. */
export const ARTICLE_LIMITS = {
  title: 2_000,
  author: 400,
  authors: 5_000,
  journal: 1_000,
  volume: 100,
  issue: 100,
  pages: 100,
  abstract: 100_000,
  keyword: 300,
  keywords: 500,
  url: 4_000,
  language: 40,
  sourceId: 200,
  snippet: 5_000,
} as const;

/** What a page report may hold besides its articles: the search and where in its results it is. */
export const PAGE_LIMITS = {
  /** Result rows (articles) on one page. */
  rows: 1_000,
  query: 10_000,
  filters: 100,
  filterName: 100,
  filterValue: 1_000,
  /** Highest 1-based results page number. */
  page: 100_000,
} as const;

/** Plausible publication years: outside them a number is not read as a year. */
export const YEAR_RANGE = { from: 1500, to: 2100 } as const;

/** Longest record key (a DOI, a PMID or a title-based key, with its prefix). */
export const RECORD_KEY_MAX = 2_100;

/** Longest exclusion reason and decision note. */
export const DECISION_LIMITS = { reason: 200, note: 5_000 } as const;
