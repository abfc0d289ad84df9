import type { SiteAdapter } from './types';
import { SITE_IDS, type SiteId } from './ids';
import { googleScholar } from './google-scholar';
import { pubmed } from './pubmed';
import { sciencedirect } from './sciencedirect';
import { garuda } from './garuda';
import { generic } from './generic';

/** The adapter of each site: the type makes every site of ids.ts have exactly one. */
const BY_ID: { readonly [id in SiteId]: SiteAdapter } = { 'google-scholar': googleScholar, pubmed, sciencedirect, garuda, web: generic };

/**
 * Every adapter, in the order of ids.ts: most specific first — the four databases, then
 * embedded metadata (which accepts any http(s) page and so must come last). Content scripts
 * take their match patterns from these objects; a meta-test checks that every adapter file is
 * listed here and that each adapter carries its own id.
 */
export const ADAPTERS: readonly SiteAdapter[] = SITE_IDS.map((id) => BY_ID[id]);

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.accepts(url));
}
