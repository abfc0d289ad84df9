import type { Article, ReviewRecord, SourceHit } from '../model';
import { moreSpecificType } from '../model/article-type';

// Records travel between replicas (team sync, restores, shared files) and are seen again on
// pages and in files. Joining two versions of a record must give the same result in any
// order and any grouping (a join-semilattice): each field takes the "best" of the values
// offered by one fixed rule, so every replica ends with the same record whatever arrived first.

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const lexical = (a: unknown, b: unknown) => (JSON.stringify(a) <= JSON.stringify(b) ? a : b);

/** Google Scholar's cut mark at a title's start or end, "…" or "...", as releases before Article.cut stored it. */
const MARKED_CUT = /^…|(?:…|\.\.\.)$/;

/** The better of two values by a score; equal scores fall back to the lexically smaller one. */
function best<T>(a: T, b: T, score: (v: T) => number[]): T {
  if (!present(a)) return b;
  if (!present(b)) return a;
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] > sb[i] ? a : b;
  return lexical(a, b) as T;
}

/**
 * One article from two sightings of it. Nothing present in either is lost: a complete author
 * list beats one a result list cut short, a full venue beats a cut one, the longer abstract
 * and keyword list win, the higher citation count wins, the kind that says more wins; for any other field both carry,
 * the same fixed choice is made everywhere.
 */
export function joinArticle(a: Article, b: Article): Article {
  if (a === b) return a;
  const out: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    out[field] = present(x) && present(y) ? lexical(x, y) : present(x) ? x : y;
  }
  // A list and whether, and at which end, it was cut are one choice, broken on them alone. A list
  // Google Scholar cut at its start ("…, DN Mariyani") does not show the first author: any other wins.
  const [authors, authorsTruncated, authorsCut] = best(
    [a.authors, a.authorsTruncated ?? false, a.cut?.authors ?? ''] as const,
    [b.authors, b.authorsTruncated ?? false, b.cut?.authors ?? ''] as const,
    ([list, truncated, cut]) => [list.length && !truncated ? 1 : 0, list.length ? 1 : 0, cut ? 0 : 1, list.length],
  );
  out.authors = authors;
  out.authorsTruncated = authorsTruncated || undefined;
  if (a.journal || b.journal) {
    const journal = best(a, b, (v) => [v.journal ? 1 : 0, v.journal && !v.journalTruncated ? 1 : 0, v.journal?.length ?? 0]);
    out.journal = journal.journal;
    out.journalTruncated = journal.journalTruncated;
  }
  // A title and its original-language version are one pair from one sighting: a sighting that
  // holds both beats one whose title may be either ("English" + "Judul" vs a page titled "Judul").
  // Ties are broken on the pair alone, never on the rest of the record: any grouping gives one pair.
  // A whole title beats a part Scholar cut of it, whatever their lengths: also a part an earlier
  // release stored with Scholar's mark in it and no `cut` ("Kangaroo mother care and … of …").
  const [title, originalTitle, titleCut] = best([a.title, a.originalTitle ?? '', a.cut?.title ?? ''], [b.title, b.originalTitle ?? '', b.cut?.title ?? ''], ([t, o, c]) => [
    o ? 1 : 0,
    c || MARKED_CUT.test(t) ? 0 : 1,
    t.length,
  ]);
  out.title = title;
  out.originalTitle = originalTitle || undefined;
  const cut: Record<string, string> = {};
  if (titleCut) cut.title = titleCut;
  if (authorsCut) cut.authors = authorsCut;
  out.cut = titleCut || authorsCut ? cut : undefined;
  out.abstract = best(a.abstract, b.abstract, (v) => [v?.length ?? 0]);
  out.keywords = best(a.keywords, b.keywords, (v) => [v?.length ?? 0]);
  // Copies that name different kinds (Scopus's "Article", PubMed's "Review"): the one that says more.
  if (a.type || b.type) out.type = moreSpecificType(a.type, b.type);
  if (a.citedBy !== undefined || b.citedBy !== undefined) out.citedBy = Math.max(a.citedBy ?? 0, b.citedBy ?? 0);
  for (const field of Object.keys(out)) if (out[field] === undefined || out[field] === '') delete out[field];
  if (out.url === undefined) out.url = '';
  return out as Article;
}

/**
 * "The same source", defined once: two sightings are the same when they name the same database,
 * page, logged search and file (when seen does not count).
 */
export const sourceIdentity = (s: Pick<SourceHit, 'database' | 'url' | 'searchId' | 'fileName'>): string =>
  JSON.stringify([s.database, s.url ?? null, s.searchId ?? null, s.fileName ?? null]);

/** Every sighting of both, each once (at its first time), in a fixed order. */
export function joinSources(a: readonly SourceHit[], b: readonly SourceHit[]): SourceHit[] {
  const byIdentity = new Map<string, SourceHit>();
  for (const hit of [...a, ...b]) {
    const id = sourceIdentity(hit);
    const seen = byIdentity.get(id);
    if (!seen || hit.at < seen.at) byIdentity.set(id, hit);
  }
  return [...byIdentity.entries()].sort(([ia, x], [ib, y]) => x.at - y.at || (ia < ib ? -1 : ia > ib ? 1 : 0)).map(([, hit]) => hit);
}

/** True when a sighting with this identity is among the sources already. */
export function hasSource(sources: readonly SourceHit[], hit: Pick<SourceHit, 'database' | 'url' | 'searchId' | 'fileName'>): boolean {
  const id = sourceIdentity(hit);
  return sources.some((s) => sourceIdentity(s) === id);
}

/** Two versions of the same record (same review, same key), joined. */
export function joinRecords<R extends ReviewRecord>(a: R, b: R): R {
  const evidence = a.evidence && b.evidence ? (lexical(a.evidence, b.evidence) as R['evidence']) : (a.evidence ?? b.evidence);
  const joined = {
    ...a,
    article: joinArticle(a.article, b.article),
    sources: joinSources(a.sources, b.sources),
    aliases: [...new Set([...a.aliases, ...b.aliases])].sort(),
    addedAt: Math.min(a.addedAt, b.addedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  } as R;
  if (evidence) joined.evidence = evidence;
  else delete joined.evidence;
  return joined;
}

/** True when two versions hold the same data (so nothing needs to be written or sent). */
export function sameRecord(a: ReviewRecord, b: ReviewRecord): boolean {
  const plain = ({ reviewId, key, article, sources, aliases, evidence, addedAt, updatedAt }: ReviewRecord) =>
    JSON.stringify([reviewId, key, sortedKeys(article), sources.map(sortedKeys), aliases, evidence ? sortedKeys(evidence) : null, addedAt, updatedAt]);
  return plain(a) === plain(b);
}

function sortedKeys(value: object): unknown[] {
  return Object.keys(value)
    .sort()
    .map((k) => [k, (value as Record<string, unknown>)[k]]);
}
