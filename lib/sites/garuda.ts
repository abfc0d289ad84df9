import { resultList } from './read';
import type { Article } from '../model';
import { cleanText, normalizeDoi } from '../model/normalize';
import type { PageExtraction, ResultRow, SiteAdapter } from './types';
import { absUrl, bounded, DOI_LINK, copyParams, finish, nodeLines, pageNumber, param, parseCount, queryOf, textOf, toText, titleText } from './dom';
import { abstractKeywords } from '../model/abstract-keywords';
import { first, metaMap } from './meta';
import { ELSEWHERE } from './abstract';
import { cleanAuthor, JOURNAL_SHAPE, parseJournalLine } from './garuda-lines';

// Garuda (Garba Rujukan Digital), on its old and new hosts.
//
// TOLERANT BY DESIGN: no captured Garuda page exists in our fixtures (only a hand-built one),
// so nothing here depends on one exact markup. Records are found by the link every record has
// (/documents/detail/<id>); authors by /author/view/ links; the DOI by its doi.org link; the
// journal line by its "Vol … No … (yyyy)" shape. Class names (div.article-item,
// a.title-article, xmp.subtitle-article, xmp.abstract-article) are only a fast path.
// Text sits inside <xmp>, where markup and entities are shown literally: toText() cleans it.
const HOSTS = ['garuda.kemdikbud.go.id', 'garuda.kemdiktisaintek.go.id'];
const DETAIL_LINK = 'a[href*="/documents/detail/"]';
const DETAIL = /\/documents\/detail\/(\d+)/;
const PAGER = /Page\s+(\d+)\s+of\s+\d+|Total\s+Record\s*:\s*([\d.,]+)/i;

interface GarudaRecord {
  element: Element;
  nodes: Node[];
  id: string;
  /** Found without Garuda's wrapper class: a result only if it shows more than a title. */
  loose?: boolean;
}

/** Every element matching `selector` in a run of nodes (the nodes themselves included). */
function within(nodes: readonly Node[], selector: string): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    if ((node as Element).matches(selector)) found.push(node as Element);
    found.push(...Array.from((node as Element).querySelectorAll(selector)));
  }
  return found;
}

/** What a record's links give: its title, authors, DOI and PDF. */
function readLinks(nodes: readonly Node[], id: string, url: URL, givenTitle?: string) {
  let title = givenTitle ?? '';
  for (const a of within(nodes, `a[href*="/documents/detail/${id}"]`)) {
    const text = titleText(a.textContent);
    if (!givenTitle && text.length > title.length) title = text;
  }
  const authors: string[] = [];
  // One link may hold several names ("A; B; C"), or one with a stray ";" after it.
  for (const a of within(nodes, 'a[href*="/author/view/"], a.author-article')) {
    for (const part of toText(a.textContent).split(';')) {
      const name = cleanAuthor(part);
      if (name && !authors.includes(name)) authors.push(name);
    }
  }
  const doi = within(nodes, DOI_LINK)
    .map((a) => normalizeDoi(a.getAttribute('href')))
    .find(Boolean);
  let pdfUrl: string | undefined;
  let garudaPdf: string | undefined;
  for (const a of within(nodes, 'a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!href || href[0] === '#' || /^javascript:/i.test(href)) continue;
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
    if (label.includes('download original')) pdfUrl ??= absUrl(href, url);
    else if (label.includes('full pdf') || href.includes('download.garuda')) garudaPdf ??= absUrl(href, url);
  }
  return { title, authors, doi, pdfUrl: pdfUrl ?? garudaPdf };
}

/** The abstract panel (hidden until "Show Abstract" is pressed, but in the page), else the lines after "Abstract". */
function readAbstract(nodes: readonly Node[], lines: () => string[]): string {
  let abstract = '';
  for (const el of within(nodes, '.abstract-article')) {
    const text = toText(el.textContent).replace(/^abstra(ct|k)\s*:?\s*/i, '');
    if (!/^(show|hide) abstract$/i.test(text) && text.length > abstract.length) abstract = text;
  }
  if (abstract) return abstract;
  // After a line that says "Abstract" (read as a heading, it may come joined: "Abstract: …").
  const all = lines();
  const at = all.findIndex((l) => /^abstra(ct|k)\b\s*:?/i.test(l));
  if (at < 0) return '';
  const rest = [all[at].replace(/^abstra(ct|k)\b\s*:?\s*/i, ''), ...all.slice(at + 1)];
  return rest.filter((l) => l && !PAGER.test(l)).join(' ');
}

function readRecord(rec: GarudaRecord, url: URL, givenTitle?: string, pageJournal?: string, pageYear?: () => number | undefined): Article | null {
  const { nodes, id } = rec;
  const { title, authors, doi: linkedDoi, pdfUrl } = readLinks(nodes, id, url, givenTitle);
  // The record's text by lines, read only when the markup's fast paths come up empty.
  let cached: string[] | undefined;
  const lines = () => (cached ??= nodeLines(nodes));
  // The journal line: xmp.subtitle-article (not the "Publisher :" one), else a short line shaped
  // like "… Vol 3 No 2 (2018) …" that is not the title (a title can say "(2018)" too) and not
  // the abstract, where "PP No. 33 Tahun 2012" and "Riskesdas (2018)" are common.
  const abstract = readAbstract(nodes, lines);
  // A "DOI: 10.…" line of the record, not one the abstract cites.
  const doiLine = linkedDoi
    ? ''
    : lines()
        .filter((l) => !abstract.includes(l))
        .join(' ');
  const doi = linkedDoi ?? normalizeDoi(/\bDOI\s*:?\s*(10\.\d{4,9}\/[^\s|]+)/i.exec(doiLine)?.[1]);
  const subtitle = within(nodes, '.subtitle-article')
    // Not the publisher's name after its label ("<i>Publisher :</i><xmp>STIKes …</xmp>").
    .filter((el) => !/^publisher\s*:?$/i.test(toText(el.previousElementSibling?.textContent)))
    .map((el) => toText(el.textContent))
    .find((t) => t && !/^publisher\s*:/i.test(t));
  const journalLine =
    subtitle ?? lines().find((l) => l.length < 200 && !l.startsWith(title) && !abstract.includes(l) && !/^(publisher\s*:|abstra)/i.test(l) && JOURNAL_SHAPE.test(l));
  // The journal's link names it; it may wrap the whole "… Vol 3 No 2 (2018)" line.
  const linked = toText(within(nodes, 'a[href*="/journal/view/"]')[0]?.textContent);
  const source = parseJournalLine(journalLine ?? linked);
  if (linked) source.journal = parseJournalLine(linked).journal;
  source.journal ??= pageJournal;
  source.year ??= pageYear?.();

  return finish({
    title,
    authors,
    ...source,
    doi,
    abstract: abstract || undefined,
    keywords: abstractKeywords(abstract),
    url: `${url.origin}/documents/detail/${id}`,
    pdfUrl,
    source: 'garuda',
    sourceId: id,
  });
}

function isFurniture(el: Element): boolean {
  return /^(FORM|NAV|FOOTER|HEADER)$/i.test(el.tagName) || PAGER.test(el.textContent ?? '') || !!el.querySelector('form, nav, footer, a[href*="page="]');
}

/**
 * Records without a wrapper class: climb from each record's first detail link to the largest
 * ancestor that holds no other record, then take following siblings up to the next record
 * (flat layouts). Ancestor → ids is built in one pass, so this stays linear in page size.
 */
function looseRecords(doc: Document): GarudaRecord[] {
  const owners = new Map<Element, Set<string>>();
  const firstLink = new Map<string, Element>();
  for (const a of Array.from(doc.querySelectorAll(DETAIL_LINK))) {
    const id = DETAIL.exec(a.getAttribute('href') ?? '')?.[1];
    // Sidebars, "popular" and related lists link documents too, but are not results.
    if (!id || a.closest(ELSEWHERE)) continue;
    if (!firstLink.has(id)) firstLink.set(id, a);
    for (let p = a.parentElement; p; p = p.parentElement) {
      const ids = owners.get(p) ?? new Set<string>();
      owners.set(p, ids);
      if (ids.has(id)) break;
      ids.add(id);
    }
  }
  // Does this sibling start another record (a link to another document, or a wrapper of one)?
  const holdsOther = (el: Element, id: string) => {
    const ids = owners.get(el);
    if (ids) return ids.size > 1 || !ids.has(id);
    const own = el.matches(DETAIL_LINK) ? DETAIL.exec(el.getAttribute('href') ?? '')?.[1] : undefined;
    return own !== undefined && own !== id;
  };
  const records: GarudaRecord[] = [];
  const ownsOnlyThis = (p: Element) => p !== doc.body && owners.get(p)?.size === 1 && !isFurniture(p);
  for (const [id, link] of firstLink) {
    let node: Element = link;
    for (let p = node.parentElement; p && ownsOnlyThis(p); p = p.parentElement) node = p;
    const nodes: Node[] = [node];
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 1 && (holdsOther(sib as Element, id) || isFurniture(sib as Element))) break;
      nodes.push(sib);
    }
    records.push({ element: node, nodes, id, loose: true });
  }
  return records;
}

function records(doc: Document): GarudaRecord[] {
  const items = Array.from(doc.querySelectorAll('.article-item'));
  const out: GarudaRecord[] = [];
  for (const item of items) {
    const id = DETAIL.exec(item.querySelector(DETAIL_LINK)?.getAttribute('href') ?? '')?.[1];
    if (id) out.push({ element: item, nodes: [item], id });
  }
  return out.length ? out : looseRecords(doc);
}

/**
 * A journal's page (/journal/view/<id>) lists its documents with "Vol 3 No 2 (2018)" lines that
 * do not repeat the journal's name: the page's heading gives it.
 */
function journalOfPage(doc: Document, url: URL): string | undefined {
  if (!url.pathname.startsWith('/journal/view/')) return undefined;
  const name = textOf(doc.querySelector('.journal-title, .title-journal, .j-meta-title, h1, h2'));
  return name && !/^garuda\b|garba rujukan|found\s+\d|total record/i.test(name) ? name : undefined;
}

function rows(doc: Document, url: URL): ResultRow[] {
  if (DETAIL.test(url.pathname)) return [];
  const out: ResultRow[] = [];
  const journal = journalOfPage(doc, url);
  for (const rec of records(doc)) {
    const article = readRecord(rec, url, undefined, journal);
    if (article && (!rec.loose || article.authors.length || article.journal || article.year)) out.push({ element: rec.element, article });
  }
  return out;
}

/**
 * The year under a detail page's "Publish Date", read only when the journal line gives none ("Vol 9,
 * No 1"). A heading and its text come as one line ("Publish Date: 14 Jan 2021") or as two.
 */
function publishYear(page: Element): number | undefined {
  const lines = nodeLines([page]);
  const label = /^publish(?:ed)? date\b\s*:?\s*/i;
  const at = lines.findIndex((l) => label.test(l));
  const dated = at < 0 ? '' : lines[at].replace(label, '') || lines[at + 1];
  // Not parseYear: it is no other part of this content script, and would take 180 of its last bytes.
  const year = /\b(?:19|20)\d{2}\b/.exec(dated ?? '')?.[0];
  return year ? Number(year) : undefined;
}

/** A detail page: the title is not a link there, so find it first, then read around it. */
function readDetail(doc: Document, url: URL, id: string): PageExtraction | null {
  const meta = metaMap(doc);
  const heading = doc.querySelector('.title-article, h1 xmp, h2 xmp, h3 xmp, h4 xmp, .article-title');
  // The site's own name ("Garuda - Garba Rujukan Digital", a logo heading) is no title.
  const named = (text?: string | null) => (/^garuda\b|garba rujukan/i.test(titleText(text)) ? '' : titleText(text));
  const title =
    named(first(meta, 'citation_title', 'dc.title')) ||
    named(heading?.textContent) ||
    named(doc.querySelector('h1')?.textContent) ||
    named(doc.title.replace(/\s*[-|]\s*Garuda\b.*$/i, ''));
  if (!title) return null;
  let box: Element | null = heading;
  while (box && box !== doc.body && !box.querySelector('a[href*="/author/view/"]')) box = box.parentElement;
  const element = box ?? doc.body ?? doc.documentElement;
  const article = readRecord({ element, nodes: [element], id }, url, title, undefined, () => publishYear(doc.body ?? element));
  return article ? { site: 'garuda', kind: 'article', articles: [article] } : null;
}

export const garuda: SiteAdapter = {
  id: 'garuda',
  matches: HOSTS.map((host) => `*://${host}/*`),
  accepts: (url) => HOSTS.includes(url.hostname),
  resultsContainer: '.article-box',
  extract(doc, url) {
    const detail = DETAIL.exec(url.pathname);
    if (detail) return readDetail(doc, url, detail[1]);
    const found = rows(doc, url);
    // "Page 1 of 5 | Total Record : 1.047" ('.' separates thousands) and "Found 47 documents":
    // in .pagination-text / the list heading when the markup is as expected, else in the text.
    const pager = doc.querySelector('.pagination-text');
    const text = pager ? `${textOf(pager)} ${textOf(doc.querySelector('.article-box h2'))}` : cleanText(doc.body?.textContent ?? '');
    const none = !found.length && /No\s+Results?\s+Found|Data\s+tidak\s+ditemukan|Tidak\s+ada\s+hasil/i.test(textOf(doc.body));
    const total = /Total\s+Record\s*:\s*([\d.,]+)/i.exec(text)?.[1] ?? /Found\s+([\d.,]+)\s+documents?/i.exec(text)?.[1] ?? (none ? '0' : undefined);
    // A search page without records is a search with none, if Garuda says so ("Found 0
    // documents", "No Result Found", "Data tidak ditemukan"); else not ours.
    // A list of journals or subjects also counts records, but is no search.
    if (!found.length && (total === undefined || !/^\/documents/.test(url.pathname))) return null;
    return resultList(found, {
      site: 'garuda',
      query: queryOf(url, 'q', doc, 'input[name="q"]'),
      filters: bounded(copyParams(url, ['select', 'pub', 'pdf'])),
      page: pageNumber(parseInt(param(url, 'page') ?? /Page\s+(\d+)\s+of/i.exec(text)?.[1] ?? '1', 10)),
      totalResults: parseCount(total),
    });
  },
};
