import type { Article } from '../model/article';
import { normalizeDoi, normalizePmid } from '../model/normalize';
import { titleAndOriginal, titleHalves } from './bilingual';
import { familyName, foldTitle, nameWords } from './normalize';

/** What matching looks at, computed once per record so that no rule re-folds a title. */
export interface Features {
  /** Folded title; '' when missing. */
  title: string;
  /** The folded Indonesian and English halves of a title written in both ("Judul / Title"), or a title and its original. */
  halves: [string, string] | undefined;
  year: number | undefined;
  /** First author's folded family name; '' when unknown. */
  family: string;
  /** First author as written (their initial is read only where titles collide). */
  author: string | undefined;
  /** First author's name words (normalize.ts nameWords), read only where titles collide: see wordsOf. */
  words?: string;
  doi: string | undefined;
  pmid: string | undefined;
}

export function features(articles: readonly Article[]): Features[] {
  const out = new Array<Features>(articles.length);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    out[i] = {
      title: foldTitle(a.title),
      // A joined record may hold its original in the title too ("Judul / Title"): then the title's halves.
      halves: titleHalves(a.title) ?? (a.originalTitle ? titleAndOriginal(a.title, a.originalTitle) : undefined),
      year: a.year || undefined,
      family: familyName(a.authors?.[0]),
      author: a.authors?.[0],
      doi: doi(a.doi),
      pmid: pmid(a.pmid),
    };
  }
  return out;
}

/**
 * Record i filed under `key`: a lone index until a second record shares the key (most keys have
 * one record, and no array is made for them), then an array of indices.
 */
export function fileUnder<K>(buckets: Map<K, number | number[]>, key: K, i: number): void {
  const bucket = buckets.get(key);
  if (bucket === undefined) buckets.set(key, i);
  else if (typeof bucket === 'number') buckets.set(key, [bucket, i]);
  else bucket.push(i);
}

/** The titles a record goes by: its folded title, and each half of a title in two languages. */
export function titlesOf(x: Features): string[] {
  return x.halves ? [x.title, x.halves[0], x.halves[1]] : [x.title];
}

/** One first author: the same family name, or the same words of a full name in another order ("LESTARI DEWI SARI", "Dewi Sari Lestari"). */
export function sameFamily(x: Features, y: Features): boolean {
  if (x.family === y.family) return true;
  const words = wordsOf(x);
  return words !== '' && words === wordsOf(y);
}

/** The first author's name words, sorted ('' for most names), computed once and kept. */
export function wordsOf(x: Features): string {
  x.words ??= nameWords(x.author);
  return x.words;
}

/**
 * One title: equal, or one is a half of the other's two-language title, or both are written in
 * two languages with the same halves. Sharing one half only is no proof ("… | Jurnal X").
 */
export function sameTitle(x: Features, y: Features): boolean {
  if (x.title === y.title) return true;
  if (x.halves && y.halves) return x.halves.every((h) => y.halves!.includes(h));
  if (x.halves) return x.halves.includes(y.title);
  return !!y.halves && y.halves.includes(x.title);
}

/** Some title in common: one whole title, or a part of a two-language title ("Judul / Title" and "Judul / Other"). */
export function shareTitle(x: Features, y: Features): boolean {
  if (!x.halves && !y.halves) return x.title === y.title;
  const ys = titlesOf(y);
  return titlesOf(x).some((t) => ys.includes(t));
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
