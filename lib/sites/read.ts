import type { PageExtraction } from '../model';
import type { ResultRow, SiteAdapter, SiteReading } from './types';

export interface Reading {
  adapter: SiteAdapter;
  found: SiteReading;
}

/** A result list read from its rows: the articles are the rows' articles, in page order. */
export function resultList(rows: ResultRow[], page: Omit<PageExtraction, 'kind' | 'articles'>): SiteReading {
  return { ...page, kind: 'results', articles: rows.map((r) => r.article), rows };
}

/** The page as reported to the background: the reading without its row elements. */
export function pageOf(found: SiteReading): PageExtraction {
  if (!found.rows) return found;
  const { rows: _elements, ...page } = found;
  return page;
}

/**
 * Run adapters on a page; the first that accepts the URL and recognises the page wins.
 * A failing adapter is logged and the next one tried; when none read the page, the last failure
 * is thrown if `strict` (a reading the reviewer asked for, "Read this page": they hear why), else
 * the page is read as holding nothing. Content scripts call it with their own adapter only (so
 * they bundle no other site's), extractPage with all.
 */
export function readWith(adapters: readonly SiteAdapter[], doc: Document, url: URL | string, strict = false): Reading | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  let failure: { error: unknown } | undefined;
  for (const adapter of adapters) {
    if (!adapter.accepts(parsed)) continue;
    try {
      const found = adapter.extract(doc, parsed);
      if (found) return { adapter, found };
    } catch (error) {
      console.warn(`Saring: ${adapter.id} failed`, error);
      failure = { error };
    }
  }
  if (strict && failure) throw failure.error;
  return null;
}
