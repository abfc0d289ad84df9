import type { ArticleInput } from '../model';
import { normalizeDoi, normalizePmid, parseYear } from '../model/normalize';
import type { SiteAdapter } from './types';
import { absUrl, DOI_LINK, finish, pageRange, splitKeywords, toText, titleText } from './dom';
import { authorList, authorNames, first, metaMap, pick } from './meta';
import { bodyAbstract, ELSEWHERE } from './abstract';
import { splitOutside } from '../formats/values';

// Any scholarly page with embedded metadata: OJS journals (most Indonesian journals), PMC,
// Europe PMC, ResearchGate, Semantic Scholar, publishers. Sources in Zotero's order of trust:
// Highwire `citation_*`, then Dublin Core (`DC.*`, `dcterms.*`), PRISM, JSON-LD, COinS.
// It has no match patterns: it runs only when the reviewer asks ("Read this page").

/**
 * A tag escaped twice in the page source (`&amp;lt;i&amp;gt;`), which the attribute gives back
 * as `&lt;i&gt;`: removed here, as toText removes real tags. "p &lt; 0.05" is not a tag.
 */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s.*?)?\/?&gt;/gi;
/** Italics, sub- and superscripts join their word ("CO<sub>2</sub>"); other tags part words. */
const INLINE = /^&lt;\/?(?:i|b|em|strong|su[bp]|span|u)\b/i;

/** Tags escaped twice taken out of a meta value; the database sites' own tags are escaped right. */
const unescapeTags = (content: string) => (content.includes('&lt;') ? content.replace(ESCAPED_TAG, (tag) => (INLINE.test(tag) ? '' : ' ')) : content);

type Json = Record<string, unknown>;
const SCHOLARLY = /^(ScholarlyArticle|MedicalScholarlyArticle|Article|Report|Thesis|Chapter|Book|Dataset)$/;

/**
 * The JSON-LD object typed as a scholarly work (in @graph, arrays, a web page's mainEntity).
 * An issue or search page lists several works: then only the one whose url or @id is this page
 * is the page's article, and none when no one is (their fields must not mix into the page's).
 */
function jsonLd(doc: Document, url: URL): Json | undefined {
  const works: Json[] = [];
  const find = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) find(item, depth + 1);
      return;
    }
    const obj = value as Json;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && SCHOLARLY.test(t))) works.push(obj);
    else {
      find(obj['@graph'], depth + 1);
      find(obj.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    try {
      find(JSON.parse(raw), 0);
    } catch {
      // a broken block is skipped, not fatal
    }
  }
  // Two plugins describing the same article give it twice: one title is one work.
  const titles = new Set(works.map((w) => toText(str(w.headline) ?? str(w.name)).toLowerCase()));
  if (titles.size <= 1) return works[0];
  const here = url.href.replace(/#.*$/, '');
  return works.find((w) => [w.url, w['@id'], (w.mainEntityOfPage as Json)?.['@id'] ?? w.mainEntityOfPage].some((u) => str(u) === here));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
/** A schema.org Person's name: `name`, else "familyName, givenName". */
const personName = (a: Json | undefined): string | undefined =>
  str(a?.name) ?? (str(a?.familyName) ? [str(a?.familyName), str(a?.givenName)].filter(Boolean).join(', ') : undefined);
const names = (v: unknown): string[] =>
  ([] as unknown[])
    .concat(v ?? [])
    .map((a) => str(a) ?? personName(a as Json) ?? '')
    .map(toText)
    .filter(Boolean);
const nameOf = (v: unknown): string | undefined => str(v) ?? str((v as Json)?.name) ?? (Array.isArray(v) ? nameOf(v[0]) : undefined);

/** The journal of an isPartOf chain (issue → volume → Periodical): the Periodical's name, else the nearest one named. */
function periodicalName(v: unknown, depth = 0): string | undefined {
  const part = (Array.isArray(v) ? v[0] : v) as Json | string | undefined;
  if (!part || typeof part === 'string' || depth > 3) return str(part);
  const name = str(part.name);
  return /Periodical/.test(String(part['@type'])) ? name : (periodicalName(part.isPartOf, depth + 1) ?? name);
}

/** A DOI anywhere JSON-LD keeps one: identifier, sameAs, mainEntity, @id, url. */
function jsonDoi(ld: Json): string | undefined {
  for (const key of ['doi', 'identifier', 'sameAs', 'mainEntity', '@id', 'url']) {
    for (const v of ([] as unknown[]).concat(ld[key] ?? [])) {
      const doi = normalizeDoi(str(v) ?? str((v as Json)?.value) ?? str((v as Json)?.['@id']));
      if (doi) return doi;
    }
  }
  return undefined;
}

/**
 * A DOI the page body links to, only when every doi.org link names the same DOI (arXiv shows
 * its own DOI that way); a page linking several DOIs is citing references, not naming itself.
 * Links in references, citations ("How to cite", a cited-by list), related or most-read lists
 * and sidebars name other articles: an OJS page without a DOI often cites just one that has one.
 */
const NOT_ITS_DOI = `${ELSEWHERE}, [id*="citation" i], [class*="citation" i]`;

function bodyDoi(doc: Document): string | undefined {
  let found: string | undefined;
  for (const a of Array.from(doc.querySelectorAll(DOI_LINK))) {
    if (a.closest(NOT_ITS_DOI)) continue;
    const doi = normalizeDoi(a.getAttribute('href'));
    if (!doi) continue;
    if (found && doi !== found) return undefined;
    found = doi;
  }
  return found;
}

/** COinS (span.Z3988): used only when the page describes one work, not a reference list. */
function coins(doc: Document): URLSearchParams | undefined {
  const spans = doc.querySelectorAll('span.Z3988[title]');
  if (spans.length !== 1) return undefined;
  try {
    return new URLSearchParams(spans[0].getAttribute('title') ?? '');
  } catch {
    return undefined;
  }
}

/** Authors in order of trust: Highwire, DC creators, DC contributors (bioRxiv), JSON-LD, COinS. */
function authorsOf(meta: Map<string, string[]>, ld: Json | undefined, co: URLSearchParams | undefined): string[] {
  const sources = [
    () => authorList(meta, 'citation_author', 'citation_authors'),
    () => authorNames(['dc.creator', 'dc.creator.personalname', 'dcterms.creator'].flatMap((n) => meta.get(n) ?? [])),
    () => authorList(meta, 'dc.contributor'),
    () => (ld ? names(ld.author ?? ld.creator) : []),
    () => {
      if (!co) return [];
      const listed = co.getAll('rft.au').map(toText).filter(Boolean);
      const last = co.get('rft.aulast');
      const firstName = co.get('rft.aufirst');
      return listed.length || !last ? listed : [toText(firstName ? `${last}, ${firstName}` : last)];
    },
  ];
  for (const source of sources) {
    const authors = source();
    if (authors.length) return authors;
  }
  return [];
}

/**
 * The abstract from the metadata; from the page body when the metadata has none (PMC) or cuts
 * it short ("… a randomised trial of 60 mo…").
 */
function abstractOf(doc: Document, fromMeta: string): string | undefined {
  if (fromMeta && !/(?:…|\.\.\.)$/.test(fromMeta)) return fromMeta;
  const body = bodyAbstract(doc);
  return body && body.length > fromMeta.length ? body : fromMeta || undefined;
}

type Meta = ReturnType<typeof metaMap>;
type Ld = ReturnType<typeof jsonLd>;
type Coins = ReturnType<typeof coins>;

/**
 * A single keyword tag may hold a "a; b; c" or "a, b, c" list. Repeated tags hold one keyword
 * each ("primary care, general practice" is one subject), but bilingual OJS pages repeat the tag
 * per language, each with an "a; b; c" list: those are split at ";" only.
 */
function keywordsOf(meta: Meta, ld: Ld): string[] {
  const tagged = meta.get('citation_keywords') ?? meta.get('dc.subject');
  const ldKeywords = typeof ld?.keywords === 'string' ? [ld.keywords] : names(ld?.keywords);
  const list = tagged ?? ldKeywords;
  // Bilingual OJS pages tag both languages' keywords, often with the same word twice.
  return [...new Set(list.length === 1 ? splitKeywords(list[0]) : list.flatMap((v) => splitOutside(toText(v), ';')))];
}

const YEAR_TAGS = [
  'citation_publication_date',
  'citation_date',
  'citation_cover_date',
  'citation_year',
  'citation_online_date',
  'prism.publicationdate',
  'prism.coverdate',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dc.date.issued',
];

function yearOf(meta: Meta, ld: Ld, c: (name: string) => string | undefined): number | undefined {
  return pick(meta, parseYear, ...YEAR_TAGS) ?? parseYear(str(ld?.datePublished) ?? str(ld?.dateCreated) ?? str(ld?.copyrightYear)) ?? parseYear(c('rft.date'));
}

function journalOf(m: (...names: string[]) => string | undefined, ld: Ld, c: (name: string) => string | undefined): string | undefined {
  const named = m('citation_journal_title', 'citation_conference_title', 'citation_inbook_title', 'prism.publicationname');
  // Dublin Core alone (OJS without its Google Scholar plugin): DC.Source is the journal, unless it is a link.
  const source = m('dc.source');
  const dc = source && !/^https?:/i.test(source) ? source : undefined;
  return toText(named ?? dc ?? periodicalName(ld?.isPartOf) ?? str(ld?.publication) ?? nameOf(ld?.periodical) ?? c('rft.jtitle') ?? '') || undefined;
}

function doiOf(doc: Document, meta: Meta, ld: Ld, co: Coins): string | undefined {
  return (
    pick(meta, normalizeDoi, 'citation_doi', 'prism.doi', 'bepress_citation_doi', 'dc.identifier.doi', 'dc.identifier', 'dcterms.identifier') ??
    (ld && jsonDoi(ld)) ??
    co?.getAll('rft_id').map(normalizeDoi).find(Boolean) ??
    bodyDoi(doc)
  );
}

/**
 * Whether the page describes one work. A journal's home or issue page may carry `DC.Title` (the
 * journal's own name) and a description: Dublin Core alone names an article only together with
 * its authors, a DOI or the journal it appeared in; and no article is titled as its journal.
 */
function isWork(article: ArticleInput, typed: boolean): boolean {
  const journal = article.journal?.toLowerCase();
  if (journal === article.title.toLowerCase()) return false;
  return typed || article.authors.length > 0 || !!article.doi || !!journal;
}

export const generic: SiteAdapter = {
  id: 'web',
  matches: [],
  accepts: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract(doc, url) {
    const meta = metaMap(doc, unescapeTags);
    const m = (...names: string[]) => first(meta, ...names);
    const ld = jsonLd(doc, url);
    const co = ld ? undefined : coins(doc);
    const c = (name: string) => co?.get(name) ?? undefined;
    const cited = m('citation_title');
    const title = titleText(cited ?? m('dc.title', 'dcterms.title', 'prism.title') ?? str(ld?.headline) ?? str(ld?.name) ?? c('rft.atitle') ?? c('rft.btitle') ?? c('rft.title'));
    if (!title) return null;

    const article: ArticleInput = {
      title,
      authors: authorsOf(meta, ld, co),
      year: yearOf(meta, ld, c),
      journal: journalOf(m, ld, c),
      volume: m('citation_volume', 'prism.volume', 'dc.source.volume') ?? str(ld?.volumeNumber) ?? c('rft.volume'),
      issue: m('citation_issue', 'prism.number', 'prism.issueidentifier', 'dc.source.issue') ?? str(ld?.issueNumber) ?? c('rft.issue'),
      pages:
        pageRange(m('citation_firstpage', 'prism.startingpage'), m('citation_lastpage', 'prism.endingpage')) ??
        m('dc.identifier.pagenumber') ??
        str(ld?.pagination) ??
        pageRange(c('rft.spage'), c('rft.epage')) ??
        c('rft.pages'),
      doi: doiOf(doc, meta, ld, co),
      pmid: pick(meta, (v) => (/^\s*\d{1,9}\s*$/.test(v) ? normalizePmid(v) : undefined), 'citation_pmid'),
      abstract: abstractOf(doc, toText(m('citation_abstract', 'dcterms.abstract', 'dc.description', 'dcterms.description') ?? str(ld?.abstract) ?? str(ld?.description) ?? '')),
      keywords: keywordsOf(meta, ld),
      language: m('citation_language', 'dc.language'),
      url: url.href.replace(/#.*$/, ''),
      pdfUrl: absUrl(m('citation_pdf_url'), url),
      source: 'web',
    };
    if (!isWork(article, !!(cited || ld || co))) return null;
    const done = finish(article);
    return done ? { site: 'web', kind: 'article', articles: [done] } : null;
  },
};
