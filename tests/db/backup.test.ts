import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackupError,
  currentDecisions,
  db,
  decide,
  exportBackup,
  getActiveReview,
  keepApart,
  listRecords,
  mergeRecords,
  undoMerge,
  logSearch,
  parseBackup,
  recordSeen,
  resetDbForTests,
  restoreBackup,
  setSetting,
} from '../../lib/db';
import { article, freshDb } from './helpers';

beforeEach(freshDb);

async function fill() {
  const review = await getActiveReview();
  const search = await logSearch({ reviewId: review.id, database: 'pubmed', query: 'pijat oksitosin', pages: [1], at: 1_000, totalResults: 12 });
  await recordSeen(review.id, [article(), article({ pmid: '2', sourceId: '2', title: 'Ibu nifas dan ASI: studi kuasi eksperimen', abstract: 'Baris satu\nbaris dua, "kutipan"' })], {
    database: 'pubmed',
    searchId: search.id,
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=pijat',
  });
  await decide({ reviewId: review.id, key: 'pmid:31978945', decision: 'maybe', decidedAt: 2_000, reviewer: 'Ani' });
  await decide({ reviewId: review.id, key: 'pmid:31978945', decision: 'include', decidedAt: 3_000, reviewer: 'Ani', answers: { population: 'met' } });
  await decide({ reviewId: review.id, key: 'pmid:2', decision: 'exclude', reason: 'wrong population', decidedAt: 4_000, reviewer: 'Budi', note: 'ibu hamil' });
  await setSetting('queuePosition', { [review.id]: 'pmid:2' });
  await keepApart(review.id, 'pmid:2', 'pmid:31978945');
  await recordSeen(review.id, [article({ pmid: '3', sourceId: '3', title: 'Kuasi eksperimen pijat punggung ibu nifas' })], { database: 'pubmed' });
  await recordSeen(review.id, [article({ pmid: undefined, source: 'import', sourceId: 'x', url: '', doi: '10.1000/merge.me', title: 'Kuasi eksperimen: pijat punggung pada ibu nifas' })], { database: 'import' });
  await decide({ reviewId: review.id, key: 'doi:10.1000/merge.me', decision: 'maybe', decidedAt: 4_500, reviewer: 'Ani' });
  await mergeRecords(review.id, 'pmid:3', ['doi:10.1000/merge.me'], 5_000);
  return review;
}

const withoutTime = (backup: Awaited<ReturnType<typeof exportBackup>>) => ({ ...backup, exportedAt: '' });

describe('backup and restore', () => {
  it('round-trips the whole database losslessly', async () => {
    await fill();
    const before = await exportBackup();
    const text = JSON.stringify(before);
    await resetDbForTests();
    const summary = await restoreBackup(parseBackup(text));
    expect(summary).toMatchObject({ reviews: { added: 1 }, records: { added: 3 }, decisions: { added: 4 }, searches: { added: 1 } });
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
  });

  it('merges into a non-empty profile without duplicates; the later decision is current; nothing dropped', async () => {
    const review = await fill();
    const backup = await exportBackup();
    // After the backup, this profile decides again on one record…
    await decide({ reviewId: review.id, key: 'pmid:2', decision: 'include', decidedAt: 9_000, reviewer: 'Citra' });
    // …and the backup carries a later decision on the other, from another machine.
    backup.decisions.push({ ...backup.decisions[1], id: 999, decision: 'exclude', reason: 'wrong outcome', decidedAt: 8_000, reviewer: 'Dewi' });
    const summary = await restoreBackup(parseBackup(JSON.stringify(backup)));
    expect(summary.decisions).toEqual({ added: 1, alreadyPresent: 4 });
    expect(summary.records).toEqual({ added: 0, merged: 3 });
    expect(await db().decisions.count()).toBe(6);
    const current = await currentDecisions(review.id);
    expect(current.get('pmid:2')).toMatchObject({ decision: 'include', reviewer: 'Citra' });
    expect(current.get('pmid:31978945')).toMatchObject({ decision: 'exclude', reviewer: 'Dewi' });
    expect(await listRecords(review.id)).toHaveLength(3);
    expect(await db().searches.count()).toBe(1);
  });

  it('keeps a restored merge undoable without touching the decisions this profile already had', async () => {
    await fill();
    const backup = await exportBackup();
    await resetDbForTests();
    // Another profile, whose own decisions hold the ids the backup's decisions had.
    await recordSeen('rB', [article({ pmid: '99', sourceId: '99', title: 'Another review entirely' })], { database: 'pubmed' });
    for (let i = 0; i < 5; i++) await decide({ reviewId: 'rB', key: 'pmid:99', decision: 'include', decidedAt: 100 + i });
    await restoreBackup(parseBackup(JSON.stringify(backup)));
    const [merge] = await db().merges.toArray();
    await undoMerge(merge.id!);
    const theirs = await db().decisions.where('reviewId').equals('rB').toArray();
    expect(theirs.map((x) => x.key)).toEqual(Array(5).fill('pmid:99'));
    // …and the restored review's decision went back to the record it was made on.
    const restored = await db().decisions.where('reviewId').notEqual('rB').toArray();
    expect(restored.find((x) => x.decidedAt === 4_500)?.key).toBe('doi:10.1000/merge.me');
  });

  it.each([
    ['corrupted', '{"format": "saring-backup", "version": 1, "reviews": [', /not valid JSON/],
    ['foreign', JSON.stringify({ items: [] }), /not a Saring backup/],
    ['from the future', JSON.stringify({ format: 'saring-backup', version: 7 }), /newer Saring \(backup format 7\)/],
    ['damaged', JSON.stringify({ format: 'saring-backup', version: 1, exportedAt: 'x', reviews: [{ id: 'r' }], records: [], decisions: [], searches: [], settings: [] }), /damaged.*reviews\.0\.title/],
  ])('refuses a %s file with a clear message and touches nothing', async (_, text, message) => {
    await fill();
    const before = await exportBackup();
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
  });

  it('leaves the database as it was when a restore fails midway', async () => {
    await fill();
    const backup = await exportBackup();
    await resetDbForTests();
    await getActiveReview();
    const before = await exportBackup();
    const spy = vi.spyOn(db().decisions, 'bulkAdd').mockRejectedValueOnce(new Error('disk unplugged'));
    await expect(restoreBackup(parseBackup(JSON.stringify(backup)))).rejects.toThrow('disk unplugged');
    spy.mockRestore();
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
  });
});
