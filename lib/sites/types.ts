import type { Article, ArticleSource, PageExtraction } from '../model';

export type { PageExtraction };

/** One result row on a list page, with the article read from it (for in-page controls). */
export interface ResultRow {
  element: Element;
  article: Article;
}

/**
 * A site adapter, in the manner of Zotero's translators: detect, then extract; embedded
 * metadata first, site markup second; stable attributes over presentational classes.
 * Every function is pure over `(doc, url)`: no `document`, `location` or `browser`.
 */
export interface SiteAdapter {
  id: ArticleSource;
  /** Human name, as the reviewer knows the database. */
  name: string;
  /**
   * Content-script match patterns. The content scripts take them from here, so the
   * registry is the one source of truth. Empty: the adapter runs only on request.
   */
  matches: string[];
  /** URLs this adapter accepts and every other adapter rejects (checked by a meta-test). */
  examples: string[];
  accepts(url: URL): boolean;
  /** What the page holds, or null. May throw: the registry catches and logs. */
  extract(doc: Document, url: URL): PageExtraction | null;
  /**
   * Result rows of a list page, in the order `extract` returns their articles. Used by the
   * in-page controls; absent for adapters that never see result lists.
   */
  rows?(doc: Document, url: URL): ResultRow[];
  /**
   * A CSS selector for the result list: the content script reads the page again only for DOM
   * changes in or around it (rows drawn late, a new page of results); any change when absent.
   */
  resultsContainer?: string;
}
