import { type Features, fileUnder, sameFamily, titlesOf, wordsOf } from './features';
import { initialsAgree, isGenericTitle, MIN_TITLE_LENGTH } from './normalize';
import { titlesDisagree } from './similar';
import { IdentitySets } from './union-find';

/** The certain grouping, plus the joins it refused (input to the likely list). */
export interface CertainResult {
  sets: IdentitySets;
  /** Same DOI or PMID, but the other identifier, or both title and first author, disagree. */
  conflicts: [number, number][];
}

/**
 * Certain duplicates, strongest evidence first: same DOI, then same PMID, then same folded
 * title + first author's family name + year within one — the last never between a preprint
 * and a published paper (`preprint(i)`), which are offered as likely pairs instead: one may
 * lack the DOI that would tell them apart, and merging would give the article the preprint's
 * DOI and venue. Everything is hashed by key, so the work is linear apart from small title buckets.
 */
export function certainGroups(f: readonly Features[], preprint: (i: number) => boolean): CertainResult {
  const sets = new IdentitySets(f);
  const conflicts: [number, number][] = [];
  joinByKey(f, sets, conflicts, (x) => x.doi);
  joinByKey(f, sets, conflicts, (x) => x.pmid);
  joinByTitle(f, sets, preprint);
  return { sets, conflicts };
}

function joinByKey(f: readonly Features[], sets: IdentitySets, conflicts: [number, number][], key: (x: Features) => string | undefined): void {
  const first = new Map<string, number>();
  for (let i = 0; i < f.length; i++) {
    const k = key(f[i]);
    if (k === undefined) continue;
    const j = first.get(k);
    if (j === undefined) first.set(k, i);
    else if (contradicted(f[j], f[i]) || !sets.union(j, i)) conflicts.push([j, i]);
  }
}

/**
 * A shared identifier that everything else contradicts: different titles AND different first
 * authors. Seen in real exports when a DOI was cut short (SICI DOIs such as
 * "10.2193/0022-541X(2005)069<0185:…>" lose everything from "<") or copied onto the wrong
 * paper. A translated title with the same authors still matches, and so does a record without
 * authors: Scholar titles some records by a heading of the PDF, and the DOI is right.
 */
function contradicted(x: Features, y: Features): boolean {
  return !!x.family && !!y.family && !sameFamily(x, y) && x.title.length >= MIN_TITLE_LENGTH && y.title.length >= MIN_TITLE_LENGTH && titlesDisagree(x.title, y.title);
}

// Cochrane reviews keep one title through the protocol and each updated version, each with its
// own DOI (10.1002/14651858.CD012345, ….pub2): a copy without DOI is one of them only by its year.
const COCHRANE_DOI = '10.1002/14651858.';

function joinByTitle(f: readonly Features[], sets: IdentitySets, preprint: (i: number) => boolean): void {
  // Missing title, year or author never match: such records are simply not bucketed.
  // Keyed by the folded title alone (no concatenated key to build and hash per record);
  // first authors are told apart inside the small bucket.
  // A title in two languages is also bucketed by each half (lib/dedup/bilingual.ts).
  const buckets = new Map<string, number | number[]>();
  for (let i = 0; i < f.length; i++) {
    const x = f[i];
    if (!x.year || !x.family) continue;
    for (const title of titlesOf(x)) {
      if (title.length < MIN_TITLE_LENGTH || isGenericTitle(title)) continue;
      fileUnder(buckets, title, i);
    }
    // Both halves together are a whole title too ("Judul / Title" is "Title / Judul").
    if (x.halves) fileUnder(buckets, bothHalves(x.halves), i);
  }
  for (const [title, bucket] of buckets) {
    // A half that is no record's whole title joins no one: two titles sharing one half and not
    // the other ("Title A | Jurnal X", "Title B | Jurnal X") are two studies in one journal.
    if (typeof bucket === 'number' || !bucket.some((i) => f[i].title === title || (f[i].halves && bothHalves(f[i].halves!) === title))) continue;
    joinRunsBy(bucket, (i) => f[i].family, f, sets, preprint, true);
    // One person written in two orders ("LESTARI DEWI SARI", "Dewi Sari Lestari"): the same words
    // of a full name of three words or more, whichever the family name and initial read from it.
    const named = bucket.filter((i) => wordsOf(f[i]));
    if (named.length > 1) joinRunsBy(named, (i) => f[i].words!, f, sets, preprint, false);
  }
}

/** A two-language title's halves as one key, whichever comes first. */
const bothHalves = ([a, b]: [string, string]) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** Sorted by `key`, then year: runs of records with one key whose years step by at most one. */
function joinRunsBy(bucket: number[], key: (i: number) => string, f: readonly Features[], sets: IdentitySets, preprint: (i: number) => boolean, initials: boolean): void {
  bucket.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : f[a].year! - f[b].year! || a - b));
  let start = 0;
  for (let i = 1; i <= bucket.length; i++) {
    if (i < bucket.length && key(bucket[i]) === key(bucket[i - 1]) && f[bucket[i]].year! - f[bucket[i - 1]].year! <= 1) continue;
    if (i - start > 1) joinRuns(bucket.slice(start, i), f, sets, preprint, initials);
    start = i;
  }
}

/** A run's preprints and published papers are joined among themselves, never to each other. */
function joinRuns(run: number[], f: readonly Features[], sets: IdentitySets, preprint: (i: number) => boolean, initials: boolean): void {
  const pre = run.filter(preprint);
  if (pre.length === 0 || pre.length === run.length) {
    joinRun(run, f, sets, initials);
    return;
  }
  if (pre.length > 1) joinRun(pre, f, sets, initials);
  const published = run.filter((i) => !preprint(i));
  if (published.length > 1) joinRun(published, f, sets, initials);
}

/**
 * Join a run only when that is unambiguous: its years span at most one (a 2019–2020–2021 chain
 * is not proof that 2019 and 2021 are one study), its first authors' initials agree where shown
 * (two letters by "Sari D" and "Sari A": sameFirstAuthor's rule; `initials`, unless the run is of
 * one full name's words) and its records' groups hold at
 * most one DOI and one PMID between them (a record without DOI that matches two different DOIs
 * belongs to neither for certain). Runs left apart are offered as likely duplicates ('ambiguous').
 */
function joinRun(run: number[], f: readonly Features[], sets: IdentitySets, initials: boolean): void {
  const span = f[run[run.length - 1]].year! - f[run[0]].year!;
  let ok = span <= 1 && (!initials || initialsAgree(run.map((i) => f[i].author)));
  if (ok) {
    const dois = new Set<string>();
    const pmids = new Set<string>();
    for (const i of run) {
      const root = sets.find(i);
      const d = sets.doiOf(root);
      const p = sets.pmidOf(root);
      if (d) dois.add(d);
      if (p) pmids.add(p);
    }
    const cochrane = [...dois].some((d) => d.startsWith(COCHRANE_DOI));
    ok = dois.size <= 1 && pmids.size <= 1 && (span === 0 || !cochrane);
  }
  if (ok) for (let k = 1; k < run.length; k++) sets.union(run[0], run[k]);
}
