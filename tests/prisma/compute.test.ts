import { describe, expect, it } from 'vitest';
import { computePrisma, RECORD_BOXES } from '../../lib/prisma/compute';
import type { Decision, LoggedSearch, ReviewRecord } from '../../lib/model';
import { foundRecord } from '../support/records';

type Made = Omit<Decision, 'id' | 'reviewerId'>;

/** The final decision per record and stage, as the review folds them (the latest counts). */
function final(events: Made[]) {
  const fold = (stage: string) => {
    const out = new Map<string, Decision>();
    events.forEach((e, i) => {
      if (e.stage !== stage) return;
      const seen = out.get(e.key);
      if (!seen || e.decidedAt >= seen.decidedAt) out.set(e.key, { ...e, id: String(i), reviewerId: e.reviewer });
    });
    return out;
  };
  return { screening: fold('screening'), fullText: fold('full-text') };
}

/** A small deterministic random generator, so failures can be replayed by seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

type Random = () => number;
const pickWith =
  (random: Random) =>
  <T>(xs: T[]) =>
    xs[Math.floor(random() * xs.length)];

/** Four searches, the last an import; one search's results may be left out of the count. */
function generateSearches(random: Random): LoggedSearch[] {
  const pick = pickWith(random);
  return Array.from({ length: 4 }, (_, i) => ({
    id: String(i + 1),
    reviewId: 'r',
    database: pick(['pubmed', 'google-scholar', 'garuda', 'Scopus']),
    query: `q${i}`,
    url: '',
    filters: {},
    totalResults: random() < 0.8 ? Math.floor(random() * 300) : undefined,
    pages: [1],
    at: 1,
    origin: i === 3 ? 'import' : 'web',
    counted: i !== 2 || random() < 0.5,
    recordCount: i === 3 ? 40 : undefined,
  }));
}

/** A record found by one to three searches (or seen outside any, on a PubMed page). */
function generateRecord(random: Random, i: number, searches: LoggedSearch[]): ReviewRecord {
  const hits = new Set<number>();
  const n = 1 + Math.floor(random() * 3);
  for (let h = 0; h < n; h++) hits.add(random() < 0.15 ? 0 : 1 + Math.floor(random() * 4));
  return {
    reviewId: 'r',
    key: `k${i}`,
    aliases: [],
    addedAt: 1,
    updatedAt: 1,
    article: { title: `T${i}`, authors: [], url: '', source: 'pubmed' },
    sources: [...hits].map((h) => (h === 0 ? { database: 'pubmed', at: 1 } : { database: searches[h - 1].database, searchId: String(h), at: 1 })),
  };
}

/** A full-text decision on an included record: not retrieved, included, excluded with a reason, or maybe. */
function fullText(random: Random, key: string, at: number): Made {
  const pick = pickWith(random);
  const ft = random();
  const outcome =
    ft < 0.2
      ? { decision: 'exclude', retrieved: false, reason: 'not full text' }
      : ft < 0.6
        ? { decision: 'include', retrieved: true }
        : ft < 0.9
          ? { decision: 'exclude', retrieved: true, reason: pick(['wrong outcome', 'wrong study design']) }
          : { decision: 'maybe' };
  return { reviewId: 'r', key, stage: 'full-text', answers: {}, reviewer: 'a', decidedAt: at, ...outcome } as Made;
}

/** A record's decisions: excluded by the year window, or a maybe changed to a verdict (then, for includes, full text), or none. */
function generateDecisions(random: Random, key: string, at: number): Made[] {
  const pick = pickWith(random);
  const roll = random();
  if (roll < 0.1)
    return [{ reviewId: 'r', key, stage: 'screening', answers: {}, decision: 'exclude', reason: 'outside publication window', automatic: true, reviewer: '', decidedAt: at }];
  if (roll >= 0.85) return [];
  const verdict = pick(['include', 'exclude', 'maybe'] as const);
  const made: Made[] = [
    { reviewId: 'r', key, stage: 'screening', answers: {}, decision: 'maybe', reviewer: 'a', decidedAt: at - 5 },
    { reviewId: 'r', key, stage: 'screening', answers: {}, decision: verdict, reason: verdict === 'exclude' ? 'wrong population' : undefined, reviewer: 'a', decidedAt: at },
  ];
  if (verdict === 'include' && random() < 0.8) made.push(fullText(random, key, at + 1));
  return made;
}

function generate(seed: number) {
  const random = rng(seed);
  const searches = generateSearches(random);
  const records: ReviewRecord[] = [];
  const events: Made[] = [];
  for (let i = 0; i < 120; i++) {
    const record = generateRecord(random, i, searches);
    records.push(record);
    events.push(...generateDecisions(random, record.key, 10 + i));
  }
  return { records, events, searches };
}

describe('PRISMA 2020 numbers', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    it(`hold the flow's invariants on generated data (seed ${seed})`, () => {
      const { records: all0, events, searches } = generate(seed);
      // Every ninth record deleted; one record of the second search merged away into another of it.
      const records = all0.filter((_, i) => i % 9 !== 4);
      const deleted = all0.filter((_, i) => i % 9 === 4);
      const storedPerSearch = new Map<string, number>([['2', 1]]);
      for (const r of all0) for (const id of new Set(r.sources.map((x) => x.searchId))) if (id) storedPerSearch.set(id, (storedPerSearch.get(id) ?? 0) + 1);
      const p = computePrisma(records, final(events), searches, { deleted, storedPerSearch });
      expect(p.screened).toBe(p.identifiedTotal - p.duplicates - p.removedAutomation - p.removedOther);
      expect(p.assessed).toBe(p.sought - p.notRetrieved);
      expect(p.included + p.excludedFullTextTotal).toBe(p.assessed);
      expect(p.excludedFullText.reduce((n, r) => n + r.count, 0)).toBe(p.excludedFullTextTotal);
      expect(p.screened).toBe(p.excludedScreening + p.awaitingScreening + p.awaitingFullText + p.sought);
      // Every record is in exactly one terminal box.
      const all = RECORD_BOXES.flatMap((b) => p.boxes[b]);
      // A deleted record is in the deleted box when a counted search found it (or only pages did).
      const counts = (r: ReviewRecord) => r.sources.some((x) => searches.find((q) => q.id === x.searchId)?.counted) || r.sources.every((x) => x.searchId === undefined);
      const countedDeleted = deleted.filter(counts);
      expect(p.boxes.deleted.sort()).toEqual(countedDeleted.map((r) => r.key).sort());
      expect(all.sort()).toEqual([...records, ...countedDeleted].map((r) => r.key).sort());
      expect(p.removedOther).toBe(p.removedDeleted + p.removedNotViewed);
      expect(p.removedNotViewed).toBeGreaterThanOrEqual(0);
      expect(new Set(all).size).toBe(all.length);
      expect(p.identified.reduce((n, d) => n + d.count, 0)).toBe(p.identifiedTotal);
      expect(p.removedOther).toBeGreaterThanOrEqual(0);
      expect(p.duplicates).toBeGreaterThanOrEqual(0);
    });
  }

  it('counts a study found in two databases once, and the second sighting as a duplicate', () => {
    const searches: LoggedSearch[] = [
      { id: '1', reviewId: 'r', database: 'pubmed', query: 'a', url: '', filters: {}, totalResults: 2, pages: [1], at: 1, origin: 'web', counted: true },
      { id: '2', reviewId: 'r', database: 'google-scholar', query: 'a', url: '', filters: {}, totalResults: 30, pages: [1], at: 1, origin: 'web', counted: true },
    ];
    const rec = (key: string, ids: number[]) =>
      foundRecord(
        key,
        ids.map((id) => ({ database: id === 1 ? 'pubmed' : 'google-scholar', searchId: String(id) })),
      );
    const records = [rec('both', [1, 2]), rec('pubmedOnly', [1]), rec('scholarOnly', [2])];
    const events: Made[] = [
      { reviewId: 'r', key: 'both', stage: 'screening', answers: {}, decision: 'include', reviewer: '', decidedAt: 1 },
      { reviewId: 'r', key: 'both', stage: 'full-text', answers: {}, decision: 'include', retrieved: true, reviewer: '', decidedAt: 2 },
      { reviewId: 'r', key: 'pubmedOnly', stage: 'screening', answers: {}, decision: 'exclude', reason: 'wrong population', reviewer: '', decidedAt: 1 },
    ];
    const p = computePrisma(records, final(events), searches);
    expect(p.identified).toEqual([
      { database: 'Google Scholar', count: 30, searches: 1 },
      { database: 'PubMed', count: 2, searches: 1 },
    ]);
    expect(p).toMatchObject({ identifiedTotal: 32, duplicates: 1, removedOther: 28, screened: 3, excludedScreening: 1, awaitingScreening: 1, included: 1 });
    expect(p.boxes.included).toEqual(['both']);
  });

  it('flags a reported count lower than the records actually seen, and uses the higher number', () => {
    const searches: LoggedSearch[] = [
      { id: '1', reviewId: 'r', database: 'Scopus', query: 'x', url: '', filters: {}, totalResults: 1, pages: [], at: 1, origin: 'manual', counted: true },
    ];
    const records: ReviewRecord[] = ['a', 'b'].map((key) => ({
      reviewId: 'r',
      key,
      aliases: [],
      addedAt: 1,
      updatedAt: 1,
      article: { title: key, authors: [], url: '', source: 'import' },
      sources: [{ database: 'Scopus', searchId: '1', at: 1 }],
    }));
    const p = computePrisma(records, final([]), searches);
    expect(p.flags).toEqual([{ searchId: '1', database: 'Scopus', query: 'x', reported: 1, seen: 2 }]);
    expect(p.identifiedTotal).toBe(2);
  });
});

describe('pages seen outside searches', () => {
  const search: LoggedSearch = {
    id: '1',
    reviewId: 'r',
    database: 'google-scholar',
    query: 'a',
    url: '',
    filters: {},
    totalResults: 1,
    pages: [1],
    at: 1,
    origin: 'web',
    counted: true,
  };
  const rec = foundRecord;
  it('do not count again for a record a search found; alone they count for their database', () => {
    const p = computePrisma(
      [
        rec('found', [
          { database: 'google-scholar', searchId: '1', at: 1 },
          { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/1/', at: 2 },
        ]),
        rec('browsed', [{ database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/2/', at: 2 }]),
      ],
      final([]),
      [search],
    );
    expect(p.identified).toEqual([
      { database: 'Google Scholar', count: 1, searches: 1 },
      { database: 'PubMed', count: 1, searches: 0 },
    ]);
    expect(p.duplicates).toBe(0);
  });
});

describe('imported files', () => {
  const rec = (key: string): ReviewRecord => ({
    reviewId: 'r',
    key,
    aliases: [],
    addedAt: 1,
    updatedAt: 1,
    article: { title: key, authors: [], url: '', source: 'import' },
    sources: [{ database: 'Scopus', searchId: '1', fileName: 'f.ris', at: 1 }],
  });
  const imported = (extra: Partial<LoggedSearch> = {}): LoggedSearch => ({
    id: '1',
    reviewId: 'r',
    database: 'Scopus',
    query: '',
    url: '',
    filters: {},
    pages: [],
    at: 1,
    origin: 'import',
    counted: true,
    fileName: 'f.ris',
    recordCount: 3,
    ...extra,
  });

  it('count a record the file held twice as a duplicate, not as removed for other reasons', () => {
    const p = computePrisma([rec('a'), rec('b')], final([]), [imported()]);
    expect(p).toMatchObject({ identifiedTotal: 3, duplicates: 1, removedOther: 0, screened: 2 });
  });

  it('use the count the reviewer entered, in the diagram as in the search log', () => {
    const p = computePrisma([rec('a'), rec('b')], final([]), [imported({ totalResults: 250 })]);
    expect(p.identified).toEqual([{ database: 'Scopus', count: 250, searches: 1 }]);
    expect(p).toMatchObject({ duplicates: 1, removedOther: 247, screened: 2 });
    expect(p.screened).toBe(p.identifiedTotal - p.duplicates - p.removedAutomation - p.removedOther);
  });
});
