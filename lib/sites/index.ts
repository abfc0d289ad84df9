import type { PageExtraction } from '../model';
import { ADAPTERS } from './registry';

export type { PageExtraction };
export { ADAPTERS, adapterFor } from './registry';

/**
 * Read a page: the adapter for its URL decides the kind and extracts the articles.
 * Pure over (doc, url). Never throws: a failing adapter gives null and a console warning.
 */
export function extractPage(doc: Document, url: URL | string): PageExtraction | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const adapter of ADAPTERS) {
    if (!adapter.accepts(parsed)) continue;
    try {
      const result = adapter.extract(doc, parsed);
      if (result) return result;
    } catch (error) {
      console.warn(`Saring: the ${adapter.name} reader failed on ${parsed.href}`, error);
    }
  }
  return null;
}
