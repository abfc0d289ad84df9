import type { Article } from '../model/article';
import { normalizeDoi, normalizePmid } from '../model/normalize';
import { familyName, foldTitle } from './normalize';

/** What matching looks at, computed once per record so that no rule re-folds a title. */
export interface Features {
  /** Folded title; '' when missing. */
  title: string;
  year: number | undefined;
  /** First author's folded family name; '' when unknown. */
  family: string;
  /** First author as written (their initial is read only where titles collide). */
  author: string | undefined;
  doi: string | undefined;
  pmid: string | undefined;
}

export function features(articles: readonly Article[]): Features[] {
  const out = new Array<Features>(articles.length);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    out[i] = {
      title: foldTitle(a.title),
      year: a.year || undefined,
      family: familyName(a.authors?.[0]),
      author: a.authors?.[0],
      doi: doi(a.doi),
      pmid: pmid(a.pmid),
    };
  }
  return out;
}

// Validated articles already hold a bare lowercase DOI and digit-only PMID; the regex-based
// normalisers run only for records built without the schema (tests, callers' own objects).
function doi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^10\.\d{4,9}\/\S+$/.test(value) && value === value.toLowerCase() ? value : normalizeDoi(value);
}

function pmid(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^[1-9]\d{0,8}$/.test(value) ? value : normalizePmid(value);
}
