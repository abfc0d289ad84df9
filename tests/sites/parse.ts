// Test helpers: parse HTML into a Document the way the adapters see a page, and read the URL a
// committed fixture page was written for (its first line: `<!-- url: https://… -->`).
import { expect } from 'vitest';
import { ArticleSchema, PageExtractionSchema, type PageExtraction } from '../../lib/model';

// happy-dom reports every stylesheet and iframe it will not load as an error, and real pages
// have many. Disabled stylesheet loading is treated as success; iframes (which no adapter
// reads) are renamed before parsing, since happy-dom's console cannot be reached from a test.
const happy = (globalThis as { happyDOM?: { settings?: Record<string, unknown> } }).happyDOM;
if (happy?.settings) happy.settings.handleDisabledFileLoadingAsSuccess = true;

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<(\/?)iframe\b/gi, '<$1x-iframe'), 'text/html');
}

export function urlOf(html: string): URL {
  const match = /<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!match) throw new Error('fixture has no <!-- url: … --> line');
  return new URL(match[1]);
}

/** Parse a fixture page and its URL. */
export function load(html: string): { doc: Document; url: URL } {
  return { doc: parse(html), url: urlOf(html) };
}

/** Every article valid against the schema, and the whole extraction valid as a message. */
export function expectValid(found: PageExtraction | null): void {
  if (!found) return;
  for (const article of found.articles) expect(() => ArticleSchema.parse(article)).not.toThrow();
  expect(() => PageExtractionSchema.parse(found)).not.toThrow();
}
