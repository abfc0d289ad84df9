import { cleanText, cleanTitle, normalizeDoi, normalizePmid, parseYear } from '../model/normalize';
import type { Article } from '../model';
import type { SiteAdapter } from './types';
import { metaAll, metaFirst } from './meta';

/**
 * Any scholarly page with embedded citation metadata (Highwire `citation_*`, Dublin Core).
 * It has no match patterns: it runs only when the reviewer asks ("Read this page").
 */
export const generic: SiteAdapter = {
  id: 'web',
  name: 'Embedded metadata',
  matches: [],
  examples: ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001'],
  accepts: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract(doc, url) {
    const title = cleanTitle(metaFirst(doc, 'citation_title', 'dc.title'));
    if (!title) return null;
    const authors = metaAll(doc, 'citation_author');
    const article: Article = {
      title,
      authors: (authors.length ? authors : metaAll(doc, 'dc.creator')).map(cleanText).filter(Boolean),
      year: parseYear(metaFirst(doc, 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date')),
      journal: metaFirst(doc, 'citation_journal_title'),
      volume: metaFirst(doc, 'citation_volume'),
      issue: metaFirst(doc, 'citation_issue'),
      doi: normalizeDoi(metaFirst(doc, 'citation_doi', 'dc.identifier')),
      pmid: normalizePmid(metaFirst(doc, 'citation_pmid')),
      url: url.href,
      source: 'web',
    };
    return { site: 'web', kind: 'article', articles: [article] };
  },
};
