import { cleanText, cleanTitle, normalizeDoi, normalizePmid, parseYear } from '../model/normalize';
import type { Article } from '../model';
import type { PageExtraction, SiteAdapter } from './types';
import { metaAll, metaFirst } from './meta';

const HOST = 'pubmed.ncbi.nlm.nih.gov';

/** `citation_authors` sometimes holds every author in one tag, separated by `;`. */
function authorsOf(doc: Document): string[] {
  const repeated = metaAll(doc, 'citation_author');
  const names = repeated.length > 0 ? repeated : metaAll(doc, 'citation_authors').flatMap((v) => v.split(';'));
  return names.map(cleanText).filter(Boolean);
}

function readArticlePage(doc: Document, url: URL): PageExtraction | null {
  const title = cleanTitle(metaFirst(doc, 'citation_title'));
  const pmid = normalizePmid(
    metaFirst(doc, 'citation_pmid') ??
      doc.querySelector('[data-article-pmid]')?.getAttribute('data-article-pmid') ??
      /^\/(\d+)\/?$/.exec(url.pathname)?.[1],
  );
  if (!title || !pmid) return null;
  const article: Article = {
    title,
    authors: authorsOf(doc),
    year: parseYear(metaFirst(doc, 'citation_date', 'citation_publication_date')),
    journal: metaFirst(doc, 'citation_journal_title'),
    volume: metaFirst(doc, 'citation_volume'),
    issue: metaFirst(doc, 'citation_issue'),
    doi: normalizeDoi(metaFirst(doc, 'citation_doi')),
    pmid,
    url: `https://${HOST}/${pmid}/`,
    source: 'pubmed',
    sourceId: pmid,
  };
  return { site: 'pubmed', kind: 'article', articles: [article] };
}

export const pubmed: SiteAdapter = {
  id: 'pubmed',
  name: 'PubMed',
  matches: [`https://${HOST}/*`],
  examples: [`https://${HOST}/31978945/`, `https://${HOST}/?term=oxytocin+massage`],
  accepts: (url) => url.hostname === HOST,
  extract(doc, url) {
    if (/^\/\d+\/?$/.test(url.pathname)) return readArticlePage(doc, url);
    return null;
  },
};
