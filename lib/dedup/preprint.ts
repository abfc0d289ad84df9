// A preprint and the paper it became are one study under two DOIs: never a certain match
// (the DOIs differ), but worth showing the reviewer.

/** DOI prefixes of preprint servers (Crossref/DataCite registrants). */
const PREPRINT_DOI_PREFIXES = [
  '10.1101/', // bioRxiv, medRxiv
  '10.48550/', // arXiv
  '10.21203/', // Research Square
  '10.2139/', // SSRN
  '10.20944/', // Preprints.org
  '10.31219/',
  '10.31234/',
  '10.31235/',
  '10.31222/',
  '10.31224/',
  '10.31237/', // OSF family
  '10.26434/', // ChemRxiv
  '10.22541/', // Authorea
  '10.36227/', // TechRxiv
  '10.1002/essoar.', // ESS Open Archive
  '10.31730/', // INA-Rxiv (Indonesia)
  '10.2196/preprints.', // JMIR Preprints
];

const PREPRINT_VENUE =
  /\b(?:arxiv|biorxiv|medrxiv|research ?square|ssrn|preprints?(?:\.org)?|psyarxiv|socarxiv|edarxiv|chemrxiv|authorea|techrxiv|osf preprints|ina-?rxiv|rxiv)\b/i;
const PREPRINT_HOST =
  /^https?:\/\/(?:[^/]*\.)?(?:arxiv\.org|biorxiv\.org|medrxiv\.org|researchsquare\.com|ssrn\.com|preprints\.org|osf\.io|chemrxiv\.org|authorea\.com|techrxiv\.org|europepmc\.org\/(?:article|abstract)\/PPR)\//i;

/** True when the record is a preprint by its DOI, venue or URL. */
export function isPreprint(article: { doi?: string; journal?: string; url?: string }): boolean {
  const doi = article.doi;
  if (doi && PREPRINT_DOI_PREFIXES.some((p) => doi.startsWith(p))) return true;
  if (article.journal && PREPRINT_VENUE.test(article.journal)) return true;
  return !!article.url && PREPRINT_HOST.test(article.url);
}

/** isPreprint of articles[i], each asked at most once (the title rules and the likely pairs share it). */
export function preprintTest(articles: readonly { doi?: string; journal?: string; url?: string }[]): (i: number) => boolean {
  const known = new Int8Array(articles.length); // 0 not asked, 1 no, 2 yes
  return (i) => {
    if (!known[i]) known[i] = isPreprint(articles[i]) ? 2 : 1;
    return known[i] === 2;
  };
}
