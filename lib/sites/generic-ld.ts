// JSON-LD (schema.org) of scholarly pages for the generic reader: the one work the page is about,
// and its fields as schema.org nests them (ScholarlyArticle → isPartOf PublicationIssue →
// PublicationVolume → Periodical).
import { normalizeDoi } from '../model/normalize';
import { toText } from './dom';

export type Json = Record<string, unknown>;
const SCHOLARLY = /^(ScholarlyArticle|MedicalScholarlyArticle|Article|Report|Thesis|Chapter|Book|Dataset)$/;

/**
 * The JSON-LD object typed as a scholarly work (in @graph, arrays, a web page's mainEntity).
 * An issue or search page lists several works: then only the one whose url or @id is this page
 * is the page's article, and none when no one is (their fields must not mix into the page's).
 */
// Themes that wrap the block for old XHTML parsers: "<![CDATA[ … ]]>", "//<![CDATA[ … //]]>".
const CDATA = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;

export function jsonLd(doc: Document, url: URL): Json | undefined {
  const works: Json[] = [];
  const nodes = new Map<string, Json>();
  const find = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) find(item, depth + 1);
      return;
    }
    const obj = value as Json;
    if (typeof obj['@id'] === 'string' && Object.keys(obj).length > 1) nodes.set(obj['@id'], obj);
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
      find(JSON.parse(raw.replace(CDATA, '')), 0);
    } catch {
      // a broken block is skipped, not fatal
    }
  }
  const work = pickWork(works, url);
  return work && nodes.size ? linked(work, nodes) : work;
}

/** The keys the reader follows through references: who wrote the work, and what it is part of. */
const LINKS = new Set(['author', 'creator', 'isPartOf']);

/**
 * A work whose authors, journal or issue are references into the @graph ({"@id": "#author-1"},
 * as SEO plugins and some journal systems write them) with each reference replaced by its node.
 * Only LINKS are followed, at most an issue → volume → journal chain deep and 500 nodes in all:
 * a hostile page's nodes that name each other cannot make the copy grow.
 */
function linked(work: Json, nodes: Map<string, Json>): Json {
  let budget = 500;
  const follow = (value: unknown, depth: number): unknown => {
    if (!value || typeof value !== 'object' || depth > 6 || --budget < 0) return value;
    if (Array.isArray(value)) return value.map((v) => follow(v, depth));
    const obj = value as Json;
    if (Array.isArray(obj['@list'])) return follow(obj['@list'], depth);
    const node = (typeof obj['@id'] === 'string' && Object.keys(obj).length === 1 && nodes.get(obj['@id'])) || obj;
    const out: Json = { ...node };
    for (const key of Object.keys(node)) if (LINKS.has(key)) out[key] = follow(node[key], depth + 1);
    return out;
  };
  return follow(work, 0) as Json;
}

/**
 * Two plugins describing the same article give it twice: one title is one work. A blog
 * plugin's "Article" beside a scholarly type names the web page: the scholarly one is the work.
 */
function pickWork(works: Json[], url: URL): Json | undefined {
  const one = (list: Json[]) => new Set(list.map((w) => toText(str(w.headline) ?? str(w.name)).toLowerCase())).size <= 1;
  if (one(works)) return works[0];
  const scholarly = works.filter((w) => !onlyArticle(w));
  if (scholarly.length && one(scholarly)) return scholarly[0];
  const here = url.href.replace(/#.*$/, '');
  return works.find((w) => [w.url, w['@id'], (w.mainEntityOfPage as Json)?.['@id'] ?? w.mainEntityOfPage].some((u) => str(u) === here));
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
/** A schema.org Person's name: `name`, else "familyName, givenName". */
const personName = (a: Json | undefined): string | undefined =>
  str(a?.name) ?? (str(a?.familyName) ? [str(a?.familyName), str(a?.givenName)].filter(Boolean).join(', ') : undefined);
/** JSON-LD's ordered list, {"@list": [...]}, as its items (authors in their order, keywords). */
const items = (v: unknown): unknown => (Array.isArray((v as Json | undefined)?.['@list']) ? (v as Json)['@list'] : v);
export const names = (v: unknown): string[] =>
  ([] as unknown[])
    .concat(items(v) ?? [])
    .map((a) => str(a) ?? personName(a as Json) ?? '')
    .map(toText)
    .filter(Boolean);
export const nameOf = (v: unknown): string | undefined => str(v) ?? str((v as Json)?.name) ?? (Array.isArray(v) ? nameOf(v[0]) : undefined);

/** The journal of an isPartOf chain (issue → volume → Periodical): the Periodical's name, else the nearest one named. */
export function periodicalName(v: unknown, depth = 0): string | undefined {
  const part = (Array.isArray(v) ? v[0] : v) as Json | string | undefined;
  if (!part || typeof part === 'string' || depth > 3) return str(part);
  // A web page and its site (Yoast's graph on WordPress posts) are no periodical, nor a blog.
  if (/^(?:Web(?:Page|Site)|Blog|Organization)$/.test(String(part['@type']))) return undefined;
  const name = str(part.name);
  return /Periodical/.test(String(part['@type'])) ? name : (periodicalName(part.isPartOf, depth + 1) ?? name);
}

/** A DOI anywhere JSON-LD keeps one: identifier, sameAs, mainEntity, @id, url. */
export function jsonDoi(ld: Json): string | undefined {
  for (const key of ['doi', 'identifier', 'sameAs', 'mainEntity', '@id', 'url']) {
    for (const v of ([] as unknown[]).concat(ld[key] ?? [])) {
      const doi = normalizeDoi(str(v) ?? str((v as Json)?.value) ?? str((v as Json)?.['@id']));
      if (doi) return doi;
    }
  }
  return undefined;
}

/** The isPartOf chain of a work, nearest first (issue, volume, periodical). */
function partsOf(ld: Json): Json[] {
  const parts: Json[] = [];
  let part = ld.isPartOf;
  for (let depth = 0; depth < 4 && part && typeof part === 'object'; depth++) {
    const one = (Array.isArray(part) ? part[0] : part) as Json;
    parts.push(one);
    part = one?.isPartOf;
  }
  return parts;
}

/** Volume and issue: on the work itself, or on the PublicationVolume / PublicationIssue it is part of. */
export function ldVolumeIssue(ld: Json | undefined): { volume?: string; issue?: string } {
  if (!ld) return {};
  const chain = [ld, ...partsOf(ld)];
  const find = (key: string) => chain.map((p) => str(p[key])).find(Boolean);
  return { volume: find('volumeNumber'), issue: find('issueNumber') };
}

/** "12-20" from pagination, or pageStart and pageEnd. */
export function ldPages(ld: Json | undefined): string | undefined {
  if (!ld) return undefined;
  const start = str(ld.pageStart);
  const end = str(ld.pageEnd);
  return str(ld.pagination) ?? (start && end && end !== start ? `${start}-${end}` : start);
}

/** inLanguage: "id", or a Language object's name or code. */
export function ldLanguage(ld: Json | undefined): string | undefined {
  const lang = ld?.inLanguage;
  return str(lang) ?? str((lang as Json)?.alternateName) ?? str((lang as Json)?.name);
}

/** True when the work is typed "Article" (news, blogs: also BlogPosting, NewsArticle beside it) and no scholarly type. */
export function onlyArticle(ld: Json | undefined): boolean {
  const types = ([] as unknown[]).concat(ld?.['@type'] ?? []);
  return types.includes('Article') && !types.some((t) => typeof t === 'string' && t !== 'Article' && SCHOLARLY.test(t));
}
