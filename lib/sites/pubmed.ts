import { resultList } from './read';
import type { Article } from '../model';
import { normalizeDoi, normalizePmid, parseYear, untranslatedTitle } from '../model/normalize';
import type { PageExtraction, ResultRow, SiteAdapter } from './types';
import { blockLines, bounded, copyParams, finish, intParam, pageNumber, pageRange, parseCount, queryOf, splitKeywords, textExcept, textOf, titleText } from './dom';
import { authorListBySemicolon, first, metaMap, pick } from './meta';

const HOST = 'pubmed.ncbi.nlm.nih.gov';
const ARTICLE_PATH = /^\/(\d{1,9})\/?$/;
// The article header: rows of "similar articles" / "cited by" further down the page also
// carry docsum markup, authors and DOIs, so body fallbacks stay inside this block.
const HEADING = '#full-view-heading, .full-view .article-details header, #heading';

// The page wrapper carries the PMID (docsums below it carry their own ids elsewhere).
const ARTICLE_PMID = '#article-page[data-article-pmid], .article-page[data-article-pmid]';
// An article's own lists of other papers: docsums there are never results (a one-hit search
// shows the article, with them, at the search URL).
const NOT_RESULTS = `#similar, #citedby, .similar-articles, .citedby-articles, ${ARTICLE_PMID}`;

const articleUrl = (pmid: string) => `https://${HOST}/${pmid}/`;

/** "2010 Sep-Oct;35(5):205-7." → volume, issue, pages (the body's citation line). */
function readCit(text: string) {
  // "2020;9(1):45-52", also supplements: "2020 Jun;30 Suppl 5:1-5", "2021;35 Suppl 1:S12-S15".
  const m = /;\s*([^():;\s]+)?\s*(?:\(([^)]+)\)|(Suppl[^:;]*))?\s*:\s*([^.;\s]+)/.exec(text);
  return m ? { volume: m[1], issue: m[2] ?? m[3]?.trim(), pages: m[4] } : {};
}

/** DOI from the identifiers list or the "doi: 10.…" line; the meta tag may be empty. */
function bodyDoi(heading: Element | null): string | undefined {
  if (!heading) return undefined;
  const link = heading.querySelector('#full-view-identifiers .doi a, .identifier.doi a, a[href*="doi.org/10."]');
  return normalizeDoi(link?.getAttribute('href') ?? '') ?? normalizeDoi(textOf(link)) ?? normalizeDoi(textOf(heading.querySelector('.citation-doi')).replace(/^doi:\s*/i, ''));
}

/** The abstract with its section labels ("Background: …"), and the keywords line under it. */
function readAbstract(root: ParentNode) {
  const box = root.querySelector('#abstract');
  const content = root.querySelector('#enc-abstract, #eng-abstract') ?? box?.querySelector('.abstract-content');
  const abstract = blockLines(content).join('\n') || undefined;
  let keywords: string[] | undefined;
  for (const p of Array.from(box?.querySelectorAll('p') ?? [])) {
    const label = textOf(p.querySelector('.sub-title, strong'));
    if (/^key\s*words/i.test(label) && !content?.contains(p)) {
      keywords = splitKeywords(textExcept(p, '.sub-title, strong'));
      break;
    }
  }
  return { abstract, keywords };
}

/** An article's full view: the page (`root` the document, with its meta tags) or one result of the "Abstract" display format. */
function readArticle(root: ParentNode, meta: Map<string, string[]>, url: URL): Article | null {
  const heading = root.querySelector(HEADING);
  const pmid = normalizePmid(
    pick(meta, normalizePmid, 'citation_pmid') ??
      root.querySelector(ARTICLE_PMID)?.getAttribute('data-article-pmid') ??
      (textOf(heading?.querySelector('#full-view-identifiers .current-id')) || ARTICLE_PATH.exec(url.pathname)?.[1]),
  );
  const title = untranslatedTitle(titleText(first(meta, 'citation_title')) || titleText(textOf(heading?.querySelector('h1'))));
  if (!title || !pmid) return null;
  // Authors: repeated citation_author, or ONE citation_authors tag with "A B;C D;" names.
  let authors = authorListBySemicolon(meta, 'citation_author', 'citation_authors');
  if (!authors.length && heading) {
    authors = Array.from(heading.querySelectorAll('.authors-list .full-name')).map(textOf).filter(Boolean);
  }
  const citText = textOf(heading?.querySelector('.cit'));
  const cit = readCit(citText);
  const journalButton = heading?.querySelector('#full-view-journal-trigger, .journal-actions-trigger');
  return finish({
    title,
    authors,
    year: pick(meta, parseYear, 'citation_date', 'citation_publication_date') ?? parseYear(citText.replace(SERIES_YEARS, '')),
    journal:
      first(meta, 'citation_journal_title') ??
      journalButton?.getAttribute('title') ??
      (textOf(journalButton) || first(meta, 'citation_journal_abbrev') || bookOf(citText) || first(meta, 'citation_publisher')),
    volume: first(meta, 'citation_volume') ?? cit.volume,
    issue: first(meta, 'citation_issue') ?? cit.issue,
    pages: pageRange(first(meta, 'citation_firstpage'), first(meta, 'citation_lastpage')) ?? cit.pages,
    doi: pick(meta, normalizeDoi, 'citation_doi') ?? bodyDoi(heading),
    pmid,
    ...readAbstract(root),
    language: first(meta, 'citation_language'),
    url: articleUrl(pmid),
    source: 'pubmed',
    sourceId: pmid,
  });
}

function readArticlePage(doc: Document, url: URL): PageExtraction | null {
  const article = readArticle(doc, metaMap(doc), url);
  return article ? { site: 'pubmed', kind: 'article', articles: [article] } : null;
}

/**
 * "Qual Health Res. 2023 Nov 21;35(4):100-9. doi: 10.1177/…. Online ahead of print." — NLM
 * journal abbreviations carry no full stops, so the journal is the text before the first ". ".
 */
const SERIES_YEARS = /\b\d{4}\s*[–-]\s*\d{4}\b|\b\d{4}(?: [A-Z][a-z]{2})?\s*[–-]\s*\.(?=\s|$)/g;

/** A book chapter's book: "In: Adam MP, …, editors. GeneReviews® [Internet]. Seattle (WA): …", "In: StatPearls [Internet]. …". */
const bookOf = (text: string) => /^In:\s*(?:.*?\beditors?\.\s*)?(.+?)(?:\s*\[Internet\])?\.\s/.exec(text)?.[1];

function readDocsumCitation(text: string) {
  const dot = text.indexOf('. ');
  // "bioRxiv [Preprint]. 2023 May 10:…": the mark is no part of the server's name.
  const journal = text.startsWith('In:') ? bookOf(text) : dot < 0 ? undefined : text.slice(0, dot).replace(/\s*\[Preprint\]$/i, '');
  const rest = dot < 0 ? text : text.slice(dot + 2);
  const doi = /\bdoi:\s*(10\.\S+)/i.exec(rest)?.[1];
  // Books: "Seattle (WA): …; 1993–2024. 2006 Feb 2 [updated …]" — the range is the series, also
  // when still open: StatPearls' "2024 Jan–. 2023 Jul 24.".
  const year = parseYear(rest.replace(SERIES_YEARS, ''));
  return { journal, year, doi: normalizeDoi(doi), ...readCit(rest.split(/\bdoi:/i)[0]) };
}

function readDocsum(row: Element): Article | null {
  const link = row.querySelector('a.docsum-title');
  const pmid = normalizePmid(link?.getAttribute('data-article-id') ?? textOf(row.querySelector('.docsum-pmid')));
  if (!pmid) return null;
  const full = row.querySelector('.docsum-authors.full-authors');
  const authorsText = textOf(full ?? row.querySelector('.docsum-authors')).replace(/\.$/, '');
  const truncated = !full && /\bet al\b/.test(authorsText);
  const citation = textOf(row.querySelector('.docsum-journal-citation.full-journal-citation') ?? row.querySelector('.docsum-journal-citation'));
  return finish({
    title: untranslatedTitle(titleText(textOf(link))),
    authors: authorsText
      .replace(/,?\s*et al\.?$/, '')
      // Group authors follow the people after "; ": "Kim B; COVID-19 Nursing Study Group".
      .split(/[,;]\s+/)
      .filter(Boolean),
    authorsTruncated: truncated,
    ...readDocsumCitation(citation),
    pmid,
    snippet: textOf(row.querySelector('.full-view-snippet') ?? row.querySelector('.docsum-snippet')) || undefined,
    url: articleUrl(pmid),
    source: 'pubmed',
    sourceId: pmid,
  });
}

function rows(doc: Document, url: URL): ResultRow[] {
  // On an article page, docsums are similar / citing articles, not results.
  if (ARTICLE_PATH.test(url.pathname)) return [];
  const out: ResultRow[] = [];
  for (const row of Array.from(doc.querySelectorAll('article.full-docsum'))) {
    const article = row.closest(NOT_RESULTS) ? null : readDocsum(row);
    if (article) out.push({ element: row, article });
  }
  // The "Abstract" display format shows each result in full: several article views.
  // Each view's outermost heading (HEADING also matches the parts inside one).
  const heads = out.length ? [] : Array.from(doc.querySelectorAll(HEADING));
  const views = heads.filter((h) => !heads.some((o) => o !== h && o.contains(h)));
  for (const head of views.length > 1 ? views : []) {
    const element = head.closest('.results-article, article') ?? head;
    const article = readArticle(element, new Map(), url);
    if (article) out.push({ element, article });
  }
  return out;
}

/** `filter=years.2018-2023` → yearFrom/yearTo; other filters keep their group ("pubt", "lang"). */
function filtersOf(url: URL): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const value of url.searchParams.getAll('filter')) {
    // The timeline ("years.2018-2023") and a custom date range ("dates.2019/1/1-2024/12/31").
    const years = /^(?:years\.(\d{4})-|dates\.(\d{4})[\d/]*-)(\d{4})\b/.exec(value);
    if (years) {
      filters.yearFrom = years[1] ?? years[2];
      filters.yearTo = years[3];
      continue;
    }
    const dot = value.indexOf('.');
    const group = dot > 0 ? value.slice(0, dot) : 'filter';
    const item = dot > 0 ? value.slice(dot + 1) : value;
    filters[group] = filters[group] ? `${filters[group]}, ${item}` : item;
  }
  // Sort order (sort, sort_order), page size (size), display (format) and paging (page) are
  // no limits: "Best match" and "Most recent" of one term are one search, not two.
  // "Cited by" and "Similar articles" lists: which list, of which article (citation chasing).
  return copyParams(url, ['linkname', 'from_uid'], filters);
}

export const pubmed: SiteAdapter = {
  id: 'pubmed',
  matches: [`https://${HOST}/*`],
  accepts: (url) => url.hostname === HOST,
  resultsContainer: '.search-results-chunks, .search-results',
  extract(doc, url) {
    if (ARTICLE_PATH.test(url.pathname)) return readArticlePage(doc, url);
    const found = rows(doc, url);
    if (!found.length) {
      // A search with one hit shows that article at the search URL.
      const article = doc.querySelector('#full-view-heading') || first(metaMap(doc), 'citation_pmid');
      if (article) return readArticlePage(doc, url);
      // An empty search still shows its count ("No results were found" / "0 results").
      if (!doc.querySelector('.search-results, .results-amount, .search-results-chunks')) return null;
    }
    return resultList(found, {
      site: 'pubmed',
      query: queryOf(url, 'term', doc, '#id_term, input[name="term"]'),
      filters: bounded(filtersOf(url)),
      page: pageNumber(intParam(url, 'page') || 1),
      // "No results were found." has no number: a search without rows found none.
      totalResults: parseCount(textOf(doc.querySelector('.results-amount .value, .results-amount'))) ?? (found.length ? undefined : 0),
    });
  },
};
