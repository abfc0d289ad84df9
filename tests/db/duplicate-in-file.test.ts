import { beforeEach, expect, it } from 'vitest';
import {
  decideAll,
  exportBackup,
  getActiveReview,
  importShareFile,
  listRecords,
  parseBackup,
  parseShareFile,
  recordSeen,
  resetDbForTests,
  restoreBackup,
  exportMyEvents,
} from '../../lib/db';
import { article, freshDb } from './helpers';

// A backup or shared file can hold the same record twice (two files put together by hand or by a
// script), each copy seen somewhere else: both copies are joined, whatever else the file holds
// (200 new records or more are stored packed, fewer as rows).

beforeEach(freshDb);

const KEY = 'pmid:31978945';

async function reviewWith(others: number) {
  const review = await getActiveReview();
  await recordSeen(review.id, [article()], { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=pijat' });
  const many = Array.from({ length: others }, (_, i) => article({ pmid: String(5000 + i), sourceId: String(5000 + i), title: `Other study number ${i} of postpartum care` }));
  if (others) await recordSeen(review.id, many, { database: 'pubmed' });
  return review.id;
}

/** The record as Google Scholar showed it too: another source, and an abstract. */
const otherCopy = <T extends { key: string; article: object }>(records: T[]) => {
  const record = records.find((r) => r.key === KEY)!;
  return {
    ...record,
    sources: [{ database: 'google-scholar', url: 'https://scholar.google.com/scholar?q=pijat', at: 9 }],
    article: { ...record.article, abstract: 'Pijat oksitosin menambah volume ASI.' },
  };
};

async function expectJoined(reviewId: string) {
  const stored = (await listRecords(reviewId)).find((r) => r.key === KEY)!;
  expect(stored.sources.map((s) => s.database).sort()).toEqual(['google-scholar', 'pubmed']);
  expect(stored.article.abstract).toBe('Pijat oksitosin menambah volume ASI.');
}

for (const others of [0, 250]) {
  it(`joins both copies of a record a backup holds twice (${others} other records)`, async () => {
    const reviewId = await reviewWith(others);
    const backup = await exportBackup();
    const text = JSON.stringify({ ...backup, records: [...backup.records, otherCopy(backup.records)] });
    await resetDbForTests();
    await restoreBackup(parseBackup(text));
    await expectJoined(reviewId);
  });

  it(`joins both copies of a record a shared file holds twice (${others} other records)`, async () => {
    const reviewId = await reviewWith(others);
    // A shared file holds the records its reviewer decided.
    await decideAll(
      reviewId,
      (await listRecords(reviewId)).map((r) => r.key),
      { decision: 'include' },
    );
    const file = JSON.parse(JSON.stringify(await exportMyEvents(reviewId)));
    file.records = [...file.records, otherCopy(file.records)];
    await resetDbForTests();
    await importShareFile(parseShareFile(JSON.stringify(file)));
    await expectJoined(reviewId);
  });
}
