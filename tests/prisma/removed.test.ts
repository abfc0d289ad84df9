// PRISMA's "records removed before screening", through the database as the dashboard folds it:
// records the reviewer deleted are removed for other reasons (never duplicates), records of one
// search merged into one another are duplicates (never "not viewed"), and records only searches
// that do not count found are said to be outside the diagram.
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, type ArticleInput } from '../../lib/model';
import { decide, deleteRecords, importRecords, logSearch, mergeRecords, recordSeen, undoDelete, updateSearch } from '../../lib/db';
import { prismaOfReview, type PrismaCounts } from '../../lib/prisma/compute';
import { prismaRows, type PrismaLabels } from '../../lib/prisma/svg';
import { article, freshDb, stateOf } from '../db/helpers';

beforeEach(freshDb);

const studies = (n: number, overrides: (i: number) => Partial<ArticleInput> = () => ({})) =>
  Array.from({ length: n }, (_, i) =>
    article({
      source: 'import',
      pmid: undefined,
      sourceId: undefined,
      url: '',
      doi: `10.1000/x.${i}`,
      title: `Study number ${i} on breast milk`,
      authors: [`Author${i} A`],
      ...overrides(i),
    }),
  );
const prisma = async () => prismaOfReview(await stateOf('r1'));

/** The flow's first rule: what was identified and not removed is what was screened. */
const balanced = (p: PrismaCounts) => expect(p.screened).toBe(p.identifiedTotal - p.duplicates - p.removedAutomation - p.removedOther);

describe('records deleted in Saring', () => {
  it('are removed for other reasons, listed, and come back when the deletion is undone', async () => {
    await importRecords(
      'r1',
      { database: 'PubMed', fileName: 'pubmed.nbib', format: 'medline' },
      studies(10).map((a) => ArticleSchema.parse(a)),
    );
    const keys = (await stateOf('r1')).records.slice(0, 3).map((r) => r.key);
    await deleteRecords('r1', keys);
    let p = await prisma();
    expect(p).toMatchObject({ identifiedTotal: 10, duplicates: 0, removedDeleted: 3, removedNotViewed: 0, removedOther: 3, screened: 7 });
    expect(p.boxes.deleted.sort()).toEqual([...keys].sort());
    balanced(p);
    await undoDelete('r1', keys);
    p = await prisma();
    expect(p).toMatchObject({ duplicates: 0, removedOther: 0, screened: 10 });
  });

  it('found by two searches: one sighting is a duplicate, the record is removed once', async () => {
    const pubmed = await logSearch('r1', {
      database: 'pubmed',
      query: 'oxytocin massage',
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin',
      filters: {},
      totalResults: 1,
      page: 1,
    });
    const [key] = await recordSeen('r1', [article()], { database: 'pubmed', searchId: pubmed });
    const garuda = await logSearch('r1', {
      database: 'garuda',
      query: 'pijat oksitosin',
      url: 'https://garuda.kemdikbud.go.id/documents?q=pijat',
      filters: {},
      totalResults: 1,
      page: 1,
    });
    expect(await recordSeen('r1', [article({ source: 'garuda', sourceId: '77' })], { database: 'garuda', searchId: garuda })).toEqual([key]);
    await deleteRecords('r1', [key]);
    const p = await prisma();
    expect(p).toMatchObject({ identifiedTotal: 2, duplicates: 1, removedDeleted: 1, removedNotViewed: 0, screened: 0 });
    balanced(p);
  });
});

describe('records of one search merged into one another', () => {
  it('are duplicates, not results left unviewed (Google Scholar lists a study twice)', async () => {
    const url = 'https://scholar.google.com/scholar?q=pijat+oksitosin';
    const search = await logSearch('r1', { database: 'google-scholar', query: 'pijat oksitosin', url, filters: {}, totalResults: 40, page: 1 });
    const rows = [
      article({ source: 'google-scholar', sourceId: 'cid1', pmid: undefined, url: 'https://ejournal.example.ac.id/1', authors: ['D Sari'] }),
      article({ source: 'google-scholar', sourceId: 'cid2', pmid: undefined, url: 'https://repository.example.ac.id/2', authors: ['D Sari'], year: 2020 }),
      article({ source: 'google-scholar', sourceId: 'cid3', pmid: undefined, url: 'https://example.org/3', title: 'Another study', authors: ['B Budi'] }),
    ];
    const [a, b] = await recordSeen('r1', rows, { database: 'google-scholar', url, searchId: search });
    expect((await prisma()).screened).toBe(3);
    await mergeRecords('r1', a, [b]);
    const p = await prisma();
    expect(p).toMatchObject({ identifiedTotal: 40, duplicates: 1, removedNotViewed: 37, screened: 2 });
    balanced(p);
  });
});

describe('records found only by searches that do not count', () => {
  it('are outside the diagram, and the included ones among them are told', async () => {
    const search = await logSearch('r1', { database: 'pubmed', query: 'oxytocin', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin', filters: {}, totalResults: 1, page: 1 });
    const [key] = await recordSeen('r1', [article()], { database: 'pubmed', searchId: search });
    await decide('r1', key, { decision: 'include' });
    await decide('r1', key, { stage: 'full-text', decision: 'include', retrieved: true });
    expect(await prisma()).toMatchObject({ included: 1, uncountedIncluded: 0 });
    await updateSearch('r1', search, { counted: false });
    const p = await prisma();
    expect(p).toMatchObject({ included: 0, uncountedIncluded: 1 });
    expect(p.boxes.uncounted).toEqual([key]);
  });
});

describe('a report excluded at full text without a reason', () => {
  it("is counted under the diagram's own words for it, in the reviewer's language", async () => {
    const [key] = await recordSeen('r1', [article()], { database: 'pubmed' });
    await decide('r1', key, { decision: 'include' });
    await decide('r1', key, { stage: 'full-text', decision: 'exclude', retrieved: true });
    const p = await prisma();
    expect(p.excludedFullText).toEqual([{ reason: '', count: 1 }]);
    const labels = new Proxy({ noReason: 'tanpa alasan' } as PrismaLabels, { get: (target, k) => (k in target ? target[k as keyof PrismaLabels] : '$1') });
    expect(prismaRows(p, labels)).toContainEqual(['excludedFullText', 'tanpa alasan', '1']);
  });
});
