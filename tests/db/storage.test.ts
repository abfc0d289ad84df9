import { beforeEach, describe, expect, it } from 'vitest';
import {
  db,
  decide,
  findRecordKeys,
  getActiveReview,
  listRecords,
  listSearches,
  logSearch,
  recordSeen,
  saveReview,
  setLocalReviewer,
  localReviewer,
  ValidationError,
} from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { ArticleSchema } from '../../lib/model';
import { article, finalDecisions, freshDb, historyFor } from './helpers';

beforeEach(freshDb);

describe('reviews', () => {
  it('creates a first review on demand and keeps it active', async () => {
    const first = await getActiveReview();
    expect(first.title).toBe('My review');
    expect((await getActiveReview()).id).toBe(first.id);
    expect(await db().reviews.count()).toBe(1);
  });

  it('refuses an invalid review with a message naming the field, and writes nothing', async () => {
    const bad = { ...blankReview('r1', ''), window: { mode: 'range' as const, from: 2024, to: 2020 } };
    await expect(saveReview(bad)).rejects.toThrow(/title: the review needs a title.*window.to: the window ends before it starts/);
    expect(await db().reviews.count()).toBe(0);
  });
});

describe('records', () => {
  it('merges the same study seen on two sites into one record with both sources', async () => {
    const scholar = article({
      source: 'google-scholar',
      sourceId: 'cid1',
      pmid: undefined,
      authors: ['D Sari', 'A Putri'],
      authorsTruncated: true,
      url: 'https://example.org/a',
      journal: undefined,
    });
    const [k1] = await recordSeen('r1', [scholar], { database: 'google-scholar', url: 'https://scholar.google.com/scholar?q=x' });
    const [k2] = await recordSeen('r1', [article()], { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/' });
    expect(k2).toBe(k1);
    const [record] = await listRecords('r1');
    expect(record.sources.map((s) => s.database)).toEqual(['google-scholar', 'pubmed']);
    expect(record.article.authors).toEqual(['Sari D', 'Putri A']); // the complete list replaced the cut one
    expect(record.article.journal).toBe('Jurnal Kebidanan'); // filled from the second sighting
    expect(record.aliases).toContain('pmid:31978945');
  });

  it('does not merge same title and year when first authors differ', async () => {
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'a', authors: ['Sari D'] })], { database: 'pubmed' });
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'b', authors: ['Wijaya B'] })], { database: 'pubmed' });
    expect(await listRecords('r1')).toHaveLength(2);
  });

  it('counts a repeated sighting from the same place once', async () => {
    const hit = { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x' };
    await recordSeen('r1', [article()], hit);
    await recordSeen('r1', [article()], hit);
    expect((await listRecords('r1'))[0].sources).toHaveLength(1);
  });

  it('keeps reviews apart', async () => {
    await recordSeen('r1', [article()], { database: 'pubmed' });
    await recordSeen('r2', [article()], { database: 'pubmed' });
    expect(await listRecords('r1')).toHaveLength(1);
    expect(await listRecords('r2')).toHaveLength(1);
  });

  it('writes all articles of a batch or none: one bad article refuses the batch', async () => {
    await expect(recordSeen('r1', [article(), article({ pmid: '2', title: '' })], { database: 'pubmed' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db().records.count()).toBe(0);
  });
});

describe('decisions', () => {
  it('keeps every decision as history and the latest as current, each with its reviewer', async () => {
    const me = await localReviewer();
    await setLocalReviewer({ ...me, name: 'Ani' });
    await decide('r1', 'pmid:1', { decision: 'maybe' }, 1_000);
    await setLocalReviewer({ ...me, name: 'Budi' });
    await decide('r1', 'pmid:1', { decision: 'exclude', reason: 'wrong population' }, 2_000);
    await decide('r1', 'pmid:2', { decision: 'include' }, 1_500);
    const current = await finalDecisions('r1');
    expect(current.get('pmid:1')).toMatchObject({ decision: 'exclude', reason: 'wrong population', reviewer: 'Budi', reviewerId: me.id });
    expect(current.get('pmid:2')?.decision).toBe('include');
    expect((await historyFor('r1', 'pmid:1')).map((d) => d.reviewer)).toEqual(['Ani', 'Budi']);
  });

  it('orders two decisions made at the same moment: both kept, the later one current', async () => {
    await Promise.all([decide('r1', 'pmid:1', { decision: 'include' }, 5_000), decide('r1', 'pmid:1', { decision: 'exclude' }, 5_000)]);
    const history = await historyFor('r1', 'pmid:1');
    expect(history).toHaveLength(2);
    // The clock never gives two events of one replica the same time.
    expect(history[1].decidedAt).toBeGreaterThan(history[0].decidedAt);
    expect((await finalDecisions('r1')).get('pmid:1')?.decision).toBe(history[1].decision);
  });

  it('never dates an event before one it has seen, even when the machine clock goes back', async () => {
    await decide('r1', 'pmid:1', { decision: 'include' }, 10_000);
    await decide('r1', 'pmid:1', { decision: 'exclude', reason: 'other' }, 3_000);
    expect((await finalDecisions('r1')).get('pmid:1')?.decision).toBe('exclude');
  });

  it('refuses a malformed decision and writes nothing', async () => {
    await expect(decide('r1', 'pmid:1', { decision: 'yes' as never })).rejects.toThrow(/decision/);
    await expect(decide('r1', 'pmid:1', { decision: 'include', reason: 'x'.repeat(300) })).resolves.toBeDefined();
    expect(await db().events.count()).toBe(1);
  });
});

describe('search log', () => {
  it('logs pages of the same search as one search', async () => {
    const search = { database: 'pubmed', query: 'oxytocin massage', url: '', filters: { yearFrom: '2018' } };
    await logSearch('r1', { ...search, page: 1, totalResults: 40 }, 1);
    await logSearch('r1', { ...search, page: 2 }, 2);
    await logSearch('r1', { ...search, page: 2 }, 3); // the same page again: not logged twice
    await logSearch('r1', { ...search, filters: { yearFrom: '2019' }, page: 1 }, 4);
    const log = await listSearches('r1');
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ pages: [1, 2], totalResults: 40, lastAt: 2 });
    expect(await db().events.count()).toBe(3);
  });
});

describe('record matching is never looser than certain', () => {
  beforeEach(freshDb);
  it('keeps records apart when DOIs disagree, even with the same title, year and author', async () => {
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'a', doi: '10.1101/2020.03.22.002386' })], { database: 'web' });
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'b', doi: '10.1016/j.midw.2021.103001' })], { database: 'web' });
    expect(await listRecords('r1')).toHaveLength(2);
  });
  it('does not merge on title and year when a first author is missing', async () => {
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'a' })], { database: 'pubmed' });
    await recordSeen('r1', [article({ pmid: undefined, sourceId: 'b', authors: [] })], { database: 'import' });
    expect(await listRecords('r1')).toHaveLength(2);
  });
});

describe('records that share a title and year but not a study', () => {
  beforeEach(freshDb);
  const editorial = (authors: string[]) =>
    article({ title: 'Asuhan kebidanan komprehensif pada ibu nifas', year: 2020, authors, pmid: undefined, sourceId: undefined, source: 'import', url: '', journal: undefined });

  it('keeps both, under different keys, in one batch and across batches', async () => {
    const [a, b] = await recordSeen('r1', [editorial(['Smith J']), editorial(['Jones K'])], { database: 'import', fileName: 'x.ris' });
    expect(a).not.toBe(b);
    const [c] = await recordSeen('r1', [editorial([])], { database: 'import', fileName: 'y.ris' });
    expect(new Set([a, b, c]).size).toBe(3);
    expect((await listRecords('r1')).map((r) => r.article.authors[0] ?? '').sort()).toEqual(['', 'Jones K', 'Smith J']);
  });

  it('finds the right one of them when it is seen again', async () => {
    const [, jones] = await recordSeen('r1', [editorial(['Smith J']), editorial(['Jones K'])], { database: 'import', fileName: 'x.ris' });
    await decide('r1', jones, { decision: 'include' }, 1);
    const [again] = await recordSeen('r1', [editorial(['Jones K'])], { database: 'google-scholar', url: 'https://scholar.google.com/scholar?q=x' });
    expect(again).toBe(jones);
    expect((await findRecordKeys('r1', [ArticleSchema.parse(editorial(['Jones K']))]))[0]).toBe(jones);
  });
});

describe('the publication-window rule as automation', () => {
  beforeEach(freshDb);
  it('excludes undecided records with a known year outside the window, marked as automatic', async () => {
    const { applyWindowRule } = await import('../../lib/db');
    await decide('r1', 'old-but-decided', { decision: 'include' }, 1);
    const records = [
      { key: 'old', article: { year: 2010 } },
      { key: 'new', article: { year: 2021 } },
      { key: 'unknown', article: {} },
      { key: 'old-but-decided', article: { year: 2009 } },
    ];
    expect(await applyWindowRule('r1', records, { mode: 'range', from: 2018, to: 2023 }, 'outside publication window', 5)).toBe(1);
    const current = await finalDecisions('r1');
    expect(current.get('old')).toMatchObject({ decision: 'exclude', reason: 'outside publication window', automatic: true });
    expect(current.has('new') || current.has('unknown')).toBe(false);
    expect(current.get('old-but-decided')?.decision).toBe('include');
  });

  it('leaves an article dated the year after the search year of a last-N-years window (online ahead of its issue)', async () => {
    const { applyWindowRule } = await import('../../lib/db');
    const window = { mode: 'last-n' as const, years: 5, searchDate: '2026-12-03', countCurrentYear: false };
    const records = [
      { key: 'issue-2027', article: { year: 2027 } },
      { key: 'later', article: { year: 2028 } },
      { key: 'old', article: { year: 2020 } },
    ];
    expect(await applyWindowRule('r1', records, window, 'outside publication window', 5)).toBe(2);
    const current = await finalDecisions('r1');
    expect(current.has('issue-2027')).toBe(false);
    expect([current.get('later')?.decision, current.get('old')?.decision]).toEqual(['exclude', 'exclude']);
  });
});
