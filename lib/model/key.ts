import type { ArticleInput } from './article';
import { cleanTitle, normalizeDoi, normalizePmid, normalizeUrl } from './normalize';

/**
 * The stable key of an article: DOI, else PMID, else source + sourceId, else the
 * normalised URL, else (imports with nothing else) the folded title and year.
 * The same study seen on two sites gets the same key whenever both carry a DOI or PMID;
 * the remaining cases are joined by duplicate detection (lib/dedup).
 */
export function recordKey(article: Pick<ArticleInput, 'doi' | 'pmid' | 'source' | 'sourceId' | 'url' | 'title' | 'year'>): string {
  const doi = normalizeDoi(article.doi);
  if (doi) return `doi:${doi}`;
  const pmid = normalizePmid(article.pmid);
  if (pmid) return `pmid:${pmid}`;
  if (article.sourceId && article.source !== 'web') return `${article.source}:${article.sourceId.trim()}`;
  if (article.url) return `url:${normalizeUrl(article.url)}`;
  const title = cleanTitle(article.title)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `title:${title}|${article.year ?? ''}`;
}
