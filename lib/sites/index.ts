import type { PageExtraction } from '../model';
import { ADAPTERS } from './registry';
import { pageOf, readWith } from './read';

export type { PageExtraction };
export { ADAPTERS, adapterFor } from './registry';
export { pageOf, readWith, type Reading } from './read';

/**
 * Read a page: the adapter for its URL decides the kind and extracts the articles.
 * Pure over (doc, url). Never throws: a failing adapter gives null and a console warning.
 */
export function extractPage(doc: Document, url: URL | string): PageExtraction | null {
  const found = readWith(ADAPTERS, doc, url)?.found;
  return found ? pageOf(found) : null;
}
