import { resultList } from './read';
import type { Article } from '../model';
import { cleanText, normalizeDoi, parseYear } from '../model/normalize';
import type { PageExtraction, ResultRow, SiteAdapter } from './types';
import { absUrl, bounded, finish, intParam, pageNumber, pageRange, param, parseCount, textOf, titleText } from './dom';
import { first, metaMap, pick } from './meta';
import { pickAbstract } from './abstract';
import { withoutChapterLabel } from '../formats/chapter-labels';

const ARTICLE_PATH = /^\/science\/article\/(?:abs\/)?pii\/([0-9A-Z]{10,24})/i;
const canonical = (pii: string) => `https://www.sciencedirect.com/science/article/pii/${pii}`;
// Link text around the author list ("Get rights and content", "Author links open overlay
// panel") is what naive extractors take for authors; real names never look like this.
const NOT_A_NAME = /rights and content|author links|open overlay|show more/i;
// "Issue 3", "Issues 4–6", or a supplement kept as printed ("Supplement 2", "Supplement"): its
// number alone would read as an issue number. "Supplement 2022" is a supplement and its year.
const ISSUE = /(?<=Issues?\s+)[\w–-]+|Supplement(?: \w\w?\b)?/i;

/**
 * A book chapter's title without the number ScienceDirect puts before it on its page and result
 * row, "Chapter 12 - Africa", "8 - Introduction to …", as in its RIS: Crossref and Scopus title
 * it "Africa". Only a chapter's (pii B…, DOI 10.1016/B978-…): a journal article keeps "2015 - 2020 …".
 */
const chapterTitle = (title: string, doi: string | undefined, pii: string | undefined) => withoutChapterLabel(title, { doi, url: pii && canonical(pii) });

/**
 * Authors from the header: each author button holds `span.given-name` and `span.surname`.
 * One querySelectorAll in document order; older markup (a.author) has the same spans.
 */
function bodyAuthors(doc: Document): string[] {
  const names: string[] = [];
  const seen = new Set<Element>();
  // Scoped to the header's author block: recommendation panels reuse the same classes.
  const scope = doc.querySelector('.AuthorGroups') ?? doc.querySelector('#author-group')?.parentElement ?? doc;
  for (const surname of Array.from(scope.querySelectorAll('.author-group .surname'))) {
    // One author per button/link; bare spans pair a surname with the given name before it.
    const box = surname.closest('button, a, .react-xocs-alternative-link');
    if (box && seen.has(box)) continue;
    if (box) seen.add(box);
    const prev = surname.previousElementSibling;
    const given = box?.querySelector('.given-name') ?? (prev?.matches('.given-name') ? prev : null);
    const name = cleanText(`${textOf(given)} ${textOf(surname)}`);
    if (name && !NOT_A_NAME.test(name)) names.push(name);
  }
  return names;
}

interface JsonNode {
  '#name'?: string;
  _?: string;
  $$?: JsonNode[];
}

/** Authors from the embedded JSON (`authors.content[…]` nodes named "author"), page order. */
function jsonAuthors(doc: Document): string[] {
  const script = doc.querySelector('script[type="application/json"][data-iso-key]');
  const raw = script?.textContent ?? '';
  if (!raw || raw.length > 20_000_000) return [];
  let data: { authors?: { content?: JsonNode[] } };
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const names: string[] = [];
  const walk = (nodes: JsonNode[] | undefined, depth: number) => {
    if (!Array.isArray(nodes) || depth > 8) return;
    for (const node of nodes) {
      if (node?.['#name'] === 'author') {
        const part = (n: string) => node.$$?.find((c) => c?.['#name'] === n)?._ ?? '';
        const name = cleanText(`${part('given-name')} ${part('surname')}`);
        if (name) names.push(name);
      } else walk(node?.$$, depth + 1);
    }
  };
  walk(data?.authors?.content, 0);
  return names;
}

/**
 * The author abstract: among the page's abstract boxes, the one headed "Abstract" or "Summary" —
 * never "Highlights" (which some pages mark `abstract author` too and put first), a graphical
 * abstract, or the abstracts of recommended articles.
 */
function readAbstract(doc: Document): string | undefined {
  return pickAbstract(Array.from(doc.querySelectorAll('#abstracts .abstract, .Abstracts .abstract, .abstract.author')));
}

/** Keyword sections whose heading says "Keywords" (others list abbreviations or JEL codes). */
function readKeywords(doc: Document): string[] | undefined {
  const words: string[] = [];
  for (const section of Array.from(doc.querySelectorAll('.keywords-section'))) {
    const label = textOf(section.querySelector('h2, h3, .section-title'));
    if (label && !/key\s*words?/i.test(label)) continue;
    for (const k of Array.from(section.querySelectorAll('.keyword'))) {
      const word = textOf(k);
      if (word) words.push(word);
    }
  }
  return words.length ? words : undefined;
}

function readArticle(doc: Document, url: URL): PageExtraction | null {
  const meta = metaMap(doc);
  const pii = first(meta, 'citation_pii') ?? ARTICLE_PATH.exec(url.pathname)?.[1];
  const doi = pick(meta, normalizeDoi, 'citation_doi', 'dc.identifier');
  const title = chapterTitle(titleText(first(meta, 'citation_title')) || titleText(textOf(doc.querySelector('.title-text'))), doi, pii);
  if (!title || !pii) return null;
  const authors = bodyAuthors(doc);
  const article = finish({
    title,
    // No author meta on ScienceDirect: the page body, else its embedded JSON.
    authors: authors.length ? authors : jsonAuthors(doc),
    year: pick(meta, parseYear, 'citation_publication_date', 'citation_date', 'citation_online_date'),
    // A chapter's book is its venue, as a Bookshelf chapter's or RIS `BT` is: in the heading, or its tag.
    journal:
      first(meta, 'citation_journal_title') ?? (textOf(doc.querySelector('#publication-title, .publication-title')) || first(meta, 'citation_book_title', 'citation_inbook_title')),
    volume: first(meta, 'citation_volume'),
    // A supplement has no issue tag: the volume line under the journal's name names it.
    issue: first(meta, 'citation_issue') ?? ISSUE.exec(textOf(doc.querySelector('.publication-volume .text-xs')))?.[0],
    pages: pageRange(first(meta, 'citation_firstpage'), first(meta, 'citation_lastpage')),
    doi,
    abstract: readAbstract(doc),
    keywords: readKeywords(doc),
    pdfUrl: absUrl(first(meta, 'citation_pdf_url'), url),
    url: canonical(pii),
    source: 'sciencedirect',
    sourceId: pii,
  });
  return article ? { site: 'sciencedirect', kind: 'article', articles: [article] } : null;
}

/** A result row's authors: span.author in the Authors list (older lists: its items). */
function resultAuthors(item: Element): string[] {
  let els = item.querySelectorAll('.Authors .author, .author-list .author');
  if (!els.length) els = item.querySelectorAll('ol.Authors > li');
  return Array.from(els)
    .map(textOf)
    .filter((a) => a && !NOT_A_NAME.test(a));
}

// Search results are drawn by script after load: rows are read as they are now, and the
// content script reads again when the list changes.
/** Numbers in a result's source line that are not its date: volume, issue, article number, pages. */
const NUMBERED = /\b(?:volume|issue|article|pages?)\s*[\d–-]+/gi;

function readResult(item: Element, url: URL): Article | null {
  const link = item.querySelector('a.result-list-title-link, h2 a[href*="/pii/"]');
  const href = absUrl(link?.getAttribute('href'), url);
  const pii = (href && ARTICLE_PATH.exec(new URL(href).pathname)?.[1]) || link?.id || undefined;
  // The source line: journal link, then spans that touch ("Volume 1866, Issue 10", the date,
  // "Pages 5-9" or ", 165880"): read apart, so "Issue 3" and "2021" do not run into "Issue 32021".
  const src = item.querySelector('.srctitle-date-fields');
  const line = src ? cleanText(Array.from(src.childNodes, (n) => (n.nodeName === 'A' ? '' : n.textContent)).join(' ')) : '';
  const num = (re: RegExp) => re.exec(line)?.[1];
  // An article number ends the line ("Volume 149, December 2023, 104567", "Article 104567"), but
  // a line may end with its date: "Volume 5, 2022", "Volume 33, Issue 2, 2024". A bare number
  // after a comma is an article number only when the date came before it.
  const tail = /(?:Article|,)\s+(\d+)$/i.exec(line);
  const articleNo = tail && (tail[0][0] !== ',' || parseYear(line.slice(0, tail.index).replace(NUMBERED, ''))) ? tail[1] : undefined;
  const doi = normalizeDoi(item.getAttribute('data-doi') ?? item.querySelector('[data-doi]')?.getAttribute('data-doi'));
  return finish({
    title: chapterTitle(titleText(textOf(link)), doi, pii),
    authors: resultAuthors(item),
    journal: textOf(item.querySelector('.subtype-srctitle-link, .srctitle-date-fields a')) || undefined,
    year: parseYear(line.replace(NUMBERED, '')),
    volume: num(/Volume\s+([\w.]+)/i),
    issue: ISSUE.exec(line)?.[0],
    pages: (num(/Pages?\s+([\d–-]+)/i) ?? articleNo)?.replace('–', '-'),
    doi,
    url: pii ? canonical(pii) : (href ?? url.href),
    pdfUrl: absUrl(item.querySelector('a.download-link[href*=".pdf"], a[href$=".pdf"]')?.getAttribute('href'), url),
    source: 'sciencedirect',
    sourceId: pii,
  });
}

function rows(doc: Document, url: URL): ResultRow[] {
  if (url.pathname !== '/search' && !url.pathname.startsWith('/search/')) return [];
  const out: ResultRow[] = [];
  for (const item of Array.from(doc.querySelectorAll('li.ResultItem, .result-item-container'))) {
    // Old and new markup nest .result-item-container in li.ResultItem: read each row once.
    if (!item.matches('li.ResultItem') && item.closest('li.ResultItem')) continue;
    const article = readResult(item, url);
    if (article) out.push({ element: item, article });
  }
  return out;
}

// Paging (offset), page size (show), sort order (sortBy=date: "Date" instead of "Relevance"),
// the facet last clicked and Elsevier's link tags (dgcid, utm_…) are not limits: the same search
// sorted by date is one search, not two. `qs` (or `tak` when there is no qs) is the query; `date`
// is read as yearFrom/yearTo. (`page` is advanced search's "Page(s)" field: a limit.)
const NOT_FILTERS = /^(?:qs|show|offset|lastSelectedFacet|date|sortBy|dgcid|utm_\w*)$/;

function filtersOf(url: URL, takIsQuery: boolean): Record<string, string> {
  const filters: Record<string, string> = {};
  const date = /^(\d{4})(?:-(\d{4}))?$/.exec(param(url, 'date') ?? '');
  // The year facet lists years ("years=2024,2023,2022"): a range only when they run unbroken.
  const years = (param(url, 'years') ?? '').split(',').map(Number).sort();
  const run = years[0] > 1e3 && years[years.length - 1] - years[0] === years.length - 1;
  if (date || run) {
    filters.yearFrom = date ? date[1] : `${years[0]}`;
    filters.yearTo = date ? (date[2] ?? date[1]) : `${years[years.length - 1]}`;
  }
  for (const [name, value] of url.searchParams) {
    if (NOT_FILTERS.test(name) || (name === 'tak' && takIsQuery) || !value.trim()) continue;
    filters[name.slice(0, 100)] = value.trim().slice(0, 1000);
  }
  return filters;
}

export const sciencedirect: SiteAdapter = {
  id: 'sciencedirect',
  matches: ['https://www.sciencedirect.com/*', 'https://sciencedirect.com/*'],
  accepts: (url) => url.hostname === 'www.sciencedirect.com' || url.hostname === 'sciencedirect.com',
  resultsContainer: '#srp-results-list, .ResultList',
  extract(doc, url) {
    if (ARTICLE_PATH.test(url.pathname)) return readArticle(doc, url);
    if (url.pathname !== '/search' && !url.pathname.startsWith('/search/')) return null;
    const found = rows(doc, url);
    const count = doc.querySelector('.search-body-results-text, .ResultsFound, .results-count');
    const none = doc.querySelector('.search-body-no-results, .NoResults, .no-results');
    // Until the script has drawn the list there is nothing to report.
    if (!found.length && !count && !none) return null;
    const qs = param(url, 'qs');
    const show = intParam(url, 'show') || 25;
    return resultList(found, {
      site: 'sciencedirect',
      query: qs ?? param(url, 'tak') ?? '',
      filters: bounded(filtersOf(url, !qs)),
      page: pageNumber(Math.floor((intParam(url, 'offset') ?? 0) / show) + 1),
      totalResults: none && !found.length ? 0 : parseCount(textOf(count)),
    });
  },
};
