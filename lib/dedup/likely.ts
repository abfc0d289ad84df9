import type { CertainResult } from './certain';
import { type Features, fileUnder, sameFamily, sameTitle, shareTitle, titlesOf } from './features';
import { MIN_TITLE_LENGTH } from './normalize';
import { MIN_PREFIX_WORDS, similarTitles } from './similar';

/**
 * Why two records may be one study. Best evidence first:
 * - `preprint`: similar titles, one a preprint and the other not (their DOIs differ by nature);
 * - `id-conflict`: identifiers and metadata disagree: same DOI or PMID but a different other
 *   identifier (or a different title AND first author), or same title + year but different DOIs
 *   (not by different first authors: two letters on one paper share a title and nothing else);
 * - `ambiguous`: same title, year ±1 and first author, left apart because the match would join
 *   two different DOIs/PMIDs or a chain of years spanning more than one;
 * - `author-missing`: same title, year ±1, first author missing on at least one side;
 * - `year-missing`: same title, year missing on at least one side;
 * - `title-year-2`: same title (and author, if known), years two apart;
 * - `author-differs`: same title, year ±1, different first authors;
 * - `similar-title`: very similar titles; year ±1 and first author agreeing where known.
 */
export const LIKELY_REASONS = ['preprint', 'id-conflict', 'ambiguous', 'author-missing', 'year-missing', 'title-year-2', 'author-differs', 'similar-title'] as const;
export type LikelyReason = (typeof LIKELY_REASONS)[number];

export interface LikelyPair {
  a: number;
  b: number;
  reason: LikelyReason;
}

/** Bigger exact-title buckets hold a generic title ("Editorial board", "Book reviews"), not copies. */
const MAX_TITLE_BUCKET_GROUPS = 20;
/** Rare title words index the similar-title search; a word shared by more records is not rare. */
const MAX_WORD_BUCKET = 100;
const WORDS_PER_TITLE = 3;
const PREPRINT_YEARS = 3;

/** Pairs of records in different certain groups that a reviewer should look at, one per pair of groups. */
export function likelyPairs(f: readonly Features[], certain: CertainResult, isPre: (i: number) => boolean): LikelyPair[] {
  const { sets } = certain;
  const idsConflict = (ra: number, rb: number) => differ(sets.doiOf(ra), sets.doiOf(rb)) || differ(sets.pmidOf(ra), sets.pmidOf(rb));

  function classify(i: number, j: number): LikelyReason | undefined {
    const x = f[i];
    const y = f[j];
    // Cheap tests first: most candidate pairs from shared rare words fail on year or author.
    const dy = x.year && y.year ? Math.abs(x.year - y.year) : undefined;
    if (dy !== undefined && dy > PREPRINT_YEARS) return undefined;
    const authors = x.family && y.family ? sameFamily(x, y) : undefined;
    const same = sameTitle(x, y);
    if (!same && authors === false) return undefined;
    // Sharing one part of a two-language title ("Judul / Title" and "Judul / Title, translated
    // otherwise", or "… | Jurnal X") is no proof, but worth a look.
    if (!same && !shareTitle(x, y) && !similarTitles(x.title, y.title)) return undefined;
    if (authors !== false && isPre(i) !== isPre(j)) return 'preprint';
    if (dy !== undefined && dy > 2) return undefined;
    // Other identifiers and another first author: two items under one title (two letters on one paper).
    if (idsConflict(sets.find(i), sets.find(j))) return same && authors !== false && (dy === undefined || dy <= 1) ? 'id-conflict' : undefined;
    if (!same) return dy !== 2 ? 'similar-title' : undefined;
    if (dy === undefined) return 'year-missing';
    if (dy === 2) return authors !== false ? 'title-year-2' : undefined;
    if (authors === undefined) return 'author-missing';
    return authors ? 'ambiguous' : 'author-differs';
  }

  const best = new Map<string, LikelyPair>();
  // Pairs already judged (several shared words can propose the same pair), keyed "a,b".
  const seen = new Set<string>();
  function offer(i: number, j: number, reason?: LikelyReason): void {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) return;
    const id = `${a},${b}`;
    if (seen.has(id)) return;
    seen.add(id);
    const r = reason ?? classify(a, b);
    if (!r) return;
    const key = ra < rb ? `${ra},${rb}` : `${rb},${ra}`;
    const old = best.get(key);
    if (!old || rank(r) < rank(old.reason) || (rank(r) === rank(old.reason) && (a < old.a || (a === old.a && b < old.b)))) {
      best.set(key, { a, b, reason: r });
    }
  }

  offerCandidates(f, certain, offer);
  return [...best.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}

/** The pairs worth judging: refused identifier joins, equal titles, shared rare words, cut titles. */
function offerCandidates(f: readonly Features[], certain: CertainResult, offer: (i: number, j: number, reason?: LikelyReason) => void): void {
  for (const [i, j] of certain.conflicts) offer(i, j, 'id-conflict');
  for (const bucket of titleBuckets(f)) {
    const groups = new Set(bucket.map((i) => certain.sets.find(i)));
    if (groups.size < 2 || groups.size > MAX_TITLE_BUCKET_GROUPS) continue;
    pairsOf(bucket, offer);
  }
  // Equal titles were judged above, where a generic title is skipped; here only near-equal ones.
  for (const bucket of rareWordBuckets(f))
    pairsOf(bucket, (i, j) => {
      if (f[i].title !== f[j].title) offer(i, j);
    });
  cutTitlePairs(f, offer);
}

/**
 * Candidates for a title cut short ("… di Puskesmas Kec…"), which may lack every rare word of the
 * full title: titles are grouped by their first MIN_PREFIX_WORDS words, and in a group the titles
 * that start with one are offered with it. The words are hashed, not sliced into keys: the
 * grouping runs over every record, and a collision only adds a pair that is checked again.
 */
function cutTitlePairs(f: readonly Features[], offer: (i: number, j: number) => void): void {
  const groups = new Map<number, number | number[]>();
  for (let i = 0; i < f.length; i++) {
    const key = openingHash(f[i].title);
    if (key === undefined) continue;
    fileUnder(groups, key, i);
  }
  const title = (i: number) => f[i].title;
  for (const group of groups.values()) {
    if (typeof group === 'number') continue;
    // Most groups are one title's copies, a few records: compared pairwise, sorted when larger.
    if (group.length <= SMALL_GROUP) {
      pairsOf(group, (i, j) => {
        if (title(i) !== title(j) && (title(i).startsWith(title(j)) || title(j).startsWith(title(i)))) offer(i, j);
      });
      continue;
    }
    group.sort((a, b) => (title(a) < title(b) ? -1 : title(a) > title(b) ? 1 : a - b));
    for (let p = 0; p < group.length; p++) {
      const short = title(group[p]);
      // Bounded: a run of one title's many copies is judged among the equal titles.
      for (let q = p + 1; q < group.length && q - p <= MAX_WORD_BUCKET && title(group[q]).startsWith(short); q++) {
        if (title(group[q]) !== short) offer(group[p], group[q]);
      }
    }
  }
}

const SMALL_GROUP = 8;

/** A 32-bit hash of the title's first MIN_PREFIX_WORDS words; undefined when it has fewer. */
function openingHash(t: string): number | undefined {
  let hash = 0x811c9dc5;
  let words = t.length > 0 ? 1 : 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 && ++words > MIN_PREFIX_WORDS) return hash;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return words >= MIN_PREFIX_WORDS ? hash : undefined;
}

function pairsOf(bucket: number[], offer: (i: number, j: number) => void): void {
  for (let p = 0; p < bucket.length; p++) for (let q = p + 1; q < bucket.length; q++) offer(bucket[p], bucket[q]);
}

function differ(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

function rank(reason: LikelyReason): number {
  return LIKELY_REASONS.indexOf(reason);
}

function titleBuckets(f: readonly Features[]): number[][] {
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < f.length; i++) {
    for (const t of titlesOf(f[i])) {
      if (t.length < MIN_TITLE_LENGTH) continue;
      const bucket = buckets.get(t);
      if (bucket) bucket.push(i);
      else buckets.set(t, [i]);
    }
  }
  return [...buckets.values()].filter((b) => b.length > 1);
}

/**
 * Candidates for similar titles without comparing every pair: each title is indexed under its
 * few rarest words, so two titles that differ by a typo or a subtitle still share one.
 */
function rareWordBuckets(f: readonly Features[]): number[][] {
  // Words as small integer ids: one hash lookup per word, then plain array work.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const words: number[][] = new Array(f.length);
  for (let i = 0; i < f.length; i++) {
    const t = f[i].title;
    const list: number[] = [];
    if (t.length >= MIN_TITLE_LENGTH) {
      for (const w of t.split(' ')) {
        if (w.length < 3) continue;
        let id = ids.get(w);
        if (id === undefined) {
          ids.set(w, (id = df.length));
          df.push(0);
        }
        if (!list.includes(id)) {
          list.push(id);
          df[id]++;
        }
      }
    }
    words[i] = list;
  }
  const buckets: number[][] = [];
  const pick: number[] = [];
  for (let i = 0; i < f.length; i++) {
    // The WORDS_PER_TITLE rarest words by a linear pass; a word no other title has cannot pair
    // this record. Ties go to the lower id (first seen) so that the choice is stable.
    pick.length = 0;
    for (const w of words[i]) {
      const d = df[w];
      if (d < 2 || d > MAX_WORD_BUCKET) continue;
      let at = pick.length;
      while (at > 0 && (df[pick[at - 1]] > d || (df[pick[at - 1]] === d && pick[at - 1] > w))) at--;
      if (at >= WORDS_PER_TITLE) continue;
      pick.splice(at, 0, w);
      if (pick.length > WORDS_PER_TITLE) pick.pop();
    }
    for (const w of pick) (buckets[w] ??= []).push(i);
  }
  return buckets.filter((b) => b !== undefined && b.length > 1);
}
