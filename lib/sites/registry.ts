import type { SiteAdapter } from './types';
import { pubmed } from './pubmed';
import { generic } from './generic';

/**
 * Every adapter, most specific first. Content scripts take their match patterns from
 * these objects; a meta-test checks that every adapter file is listed here.
 */
export const ADAPTERS: readonly SiteAdapter[] = [pubmed, generic];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.accepts(url));
}
