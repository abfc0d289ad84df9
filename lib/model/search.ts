/** How a search entered the log. */
export const SEARCH_ORIGINS = ['web', 'import', 'manual'] as const;

/**
 * Result lists a site shows that are no search of its database: Google Scholar's "Cited by"
 * (`cites=`), "All versions" (`cluster=`), "Related articles" (`q=related:…`) and "My library"
 * (`scilib=`); PubMed's "Cited by", "References" and "Similar articles" (`linkname=…&from_uid=`),
 * its Clipboard and Collections; a Garuda journal's or author's own list. PRISMA 2020 reports
 * citation chasing and browsing under "other methods": such a list is logged, not counted
 * (lib/review/search-lists.ts reads which list a page is from its URL).
 */
export const LIST_KINDS = ['cited-by', 'references', 'similar', 'versions', 'saved', 'browse'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/**
 * How records were identified, as PRISMA 2020 splits its diagram: searches of databases and
 * registers in one column; citation searching, websites, organisations and hand-searching in the
 * column "via other methods", which has no duplicates or screening boxes: its records that were
 * not already found by a database search go straight to "reports sought for retrieval".
 */
export const OTHER_METHODS = ['citation-searching', 'websites', 'organisations', 'hand-searching'] as const;
export type OtherMethod = (typeof OTHER_METHODS)[number];
export const SEARCH_METHODS = ['databases', ...OTHER_METHODS] as const;
export type SearchMethod = (typeof SEARCH_METHODS)[number];

/**
 * The method a search is reported under until the reviewer says otherwise: a list of an
 * article's citing works, references or look-alikes is citation searching; a journal's or an
 * author's own list is hand-searching; a search (and the reviewer's saved list, which holds what
 * searches found) is a database search.
 */
export function defaultMethod(list: ListKind | undefined): SearchMethod {
  if (list === 'browse') return 'hand-searching';
  return list && list !== 'saved' ? 'citation-searching' : 'databases';
}

/** The method a search is reported under: the reviewer's pick, else its list's default. */
export const methodOf = (search: Pick<LoggedSearch, 'method' | 'list'>): SearchMethod => search.method ?? defaultMethod(search.list);

/**
 * One search as PRISMA-S reports it: database, the full string as typed, limits, date and
 * the number of records the database reported. Folded from the review's search events
 * (lib/review/searches.ts): repeated pages of one search are one search.
 */
export interface LoggedSearch {
  id: string;
  reviewId: string;
  database: string;
  query: string;
  url: string;
  /** Limits as shown by the site: `{ yearFrom: "2018", yearTo: "2023", sort: "date" }`. */
  filters: Record<string, string>;
  totalResults?: number;
  /** Result pages the reviewers looked at (1-based). */
  pages: number[];
  at: number;
  lastAt?: number;
  origin: (typeof SEARCH_ORIGINS)[number];
  /** Whether the search counts for the review's PRISMA numbers. */
  counted: boolean;
  /** A list that is no database search (logged not counted), and which one. */
  list?: ListKind;
  /** The PRISMA column and line it is reported under, when the reviewer picked one (methodOf). */
  method?: SearchMethod;
  fileName?: string;
  /** Records the search brought into the review (records imported). */
  recordCount?: number;
  /** The imported file's fingerprint (lib/review/import-overlap.ts), which finds a second import of it. */
  fingerprint?: string;
  /** When its file was imported, for a search entered by hand that an import joined (`at` is when the search ran). */
  importedAt?: number;
  note?: string;
  /** Who logged it first. */
  by?: string;
}

/**
 * The number of records a search returned, for the log and for PRISMA alike: a count the
 * reviewer entered wins; an import otherwise counts the records its file held.
 */
export function reportedCount(search: Pick<LoggedSearch, 'totalResults' | 'recordCount' | 'origin'>): number | undefined {
  return search.totalResults ?? (search.origin === 'import' ? search.recordCount : undefined);
}
