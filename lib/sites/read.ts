import type { PageExtraction } from '../model';
import type { SiteAdapter } from './types';

export interface Reading {
  adapter: SiteAdapter;
  found: PageExtraction;
}

/**
 * Run adapters on a page; the first that accepts the URL and recognises the page wins.
 * Never throws: a failing adapter is logged and the next one tried. Content scripts call
 * it with their own adapter only (so they bundle no other site's), extractPage with all.
 */
export function readWith(adapters: readonly SiteAdapter[], doc: Document, url: URL | string): Reading | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    if (!adapter.accepts(parsed)) continue;
    try {
      const found = adapter.extract(doc, parsed);
      if (found) return { adapter, found };
    } catch (error) {
      console.warn(`Saring: the ${adapter.name} reader failed on ${parsed.href}`, error);
    }
  }
  return null;
}
