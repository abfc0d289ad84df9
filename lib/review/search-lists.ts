// Result lists the sites show that are no search of their database, though each shows rows and
// a count: Scholar's "Cited by 2,345" lists 2,345 citing works. PRISMA 2020 reports citation
// chasing and browsing under "other methods", not as records identified in a database, so such
// a list is logged as not counted (lib/db/searches.ts logSearch); the reviewer may tick it to
// count. Its rows are recorded and decided on as on any result page. Read here, in the
// background, from the page's URL: it costs the content scripts nothing.
import type { ListKind } from '../model';

/**
 * Google Scholar: an article's "Cited by" (cites=, also searched within: scipsc=1&q=…),
 * "All versions" (cluster=), "Related articles" (q=related:…) and "My library" (scilib=).
 */
function scholarList(url: URL, query: string): ListKind | undefined {
  const has = (name: string) => !!url.searchParams.get(name)?.trim();
  if (has('cites')) return 'cited-by';
  if (has('cluster')) return 'versions';
  if (/^\s*related:/i.test(query)) return 'similar';
  return has('scilib') ? 'saved' : undefined;
}

/**
 * PubMed: an article's "Cited by" (linkname=pubmed_pubmed_citedin&from_uid=…), "References"
 * (pubmed_pubmed_refs) or "Similar articles" (pubmed_pubmed, pubmed_pubmed_reviews, …); the
 * Clipboard (/clipboard/) and Collections (/collections/…) the reviewer saved; "Trending
 * articles" (/trending/).
 */
function pubmedList(url: URL): ListKind | undefined {
  const link = url.searchParams.get('linkname')?.trim();
  if (link) return link.endsWith('citedin') ? 'cited-by' : link.endsWith('refs') ? 'references' : 'similar';
  const path = /^\/(clipboard|collections|trending)\b/.exec(url.pathname)?.[1];
  return path ? (path === 'trending' ? 'browse' : 'saved') : undefined;
}

/**
 * Which list a result page is, when it is no search of its database: by the site (the
 * adapter's id) and the page's URL. Garuda searches its documents under /documents; a
 * journal's or an author's own list (/journal/view/<id>, /author/view/<id>) is browsing.
 * ScienceDirect's result pages are all searches.
 */
export function listOf(database: string, href: string, query: string): ListKind | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (database === 'google-scholar') return scholarList(url, query);
  if (database === 'pubmed') return pubmedList(url);
  if (database === 'garuda') return url.pathname.startsWith('/documents') ? undefined : 'browse';
  return undefined;
}

/**
 * What tells a list apart in the search log's id: its kind, and for a list browsed its page
 * (Garuda's /journal/view/1234 and /journal/view/9876 are two lists).
 */
export function listIdentity(kind: ListKind, href: string): string {
  return kind === 'browse' ? `${kind} ${new URL(href).pathname}` : kind;
}
