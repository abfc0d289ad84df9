import type { SiteAdapter } from './types';
import { googleScholar } from './google-scholar';
import { pubmed } from './pubmed';
import { sciencedirect } from './sciencedirect';
import { garuda } from './garuda';
import { generic } from './generic';

/**
 * Every adapter, most specific first: the four databases, then embedded metadata (which
 * accepts any http(s) page and so must come last). Content scripts take their match patterns
 * from these objects; a meta-test checks that every adapter file is listed here.
 */
export const ADAPTERS: readonly SiteAdapter[] = [googleScholar, pubmed, sciencedirect, garuda, generic];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.accepts(url));
}
