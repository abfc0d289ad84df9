import type { Article, PageExtraction } from '../model';
import type { SiteId } from './ids';

export type { PageExtraction };

/** One result row on a list page, with the article read from it (for in-page controls). */
export interface ResultRow {
  element: Element;
  article: Article;
}

/**
 * What an adapter reads off a page: the page as it is reported and, for a result list, each
 * row's element with the article read from it (`rows[i].article` is `articles[i]`), so that the
 * content script puts its controls beside the very rows it read — it never reads the page a
 * second time or pairs rows by title. `pageOf` drops the elements for the message.
 */
export interface SiteReading extends PageExtraction {
  rows?: ResultRow[];
}

/**
 * A site adapter, in the manner of Zotero's translators: detect, then extract; embedded
 * metadata first, site markup second; stable attributes over presentational classes.
 * Every function is pure over `(doc, url)`: no `document`, `location` or `browser`.
 */
export interface SiteAdapter {
  /** Its entry in ids.ts, which also names it. */
  id: SiteId;
  /**
   * Content-script match patterns. The content scripts take them from here, so the
   * registry is the one source of truth. Empty: the adapter runs only on request.
   */
  matches: string[];
  accepts(url: URL): boolean;
  /** What the page holds (with its rows, for a result list), or null. May throw: the registry catches and logs. */
  extract(doc: Document, url: URL): SiteReading | null;
  /**
   * A CSS selector for the result list: the content script reads the page again only for DOM
   * changes in or around it (rows drawn late, a new page of results); any change when absent.
   */
  resultsContainer?: string;
}
