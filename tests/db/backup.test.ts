import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackupError,
  db,
  decide,
  exportBackup,
  getActiveReview,
  getReview,
  getSetting,
  keepApart,
  localReviewer,
  mergeRecords,
  logSearch,
  newId,
  parseBackup,
  recordSeen,
  resetDbForTests,
  restoreBackup,
  saveReview,
  setActiveReview,
  setLocalReviewer,
  setReviewArchived,
  setSetting,
  undoMerge,
} from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { article, finalDecisions, freshDb, stateOf } from './helpers';
import backupV1 from './backup-v1.json';

beforeEach(freshDb);

async function as(name: string) {
  await setLocalReviewer({ ...(await localReviewer()), name });
}

async function fill() {
  const review = await getActiveReview();
  const searchId = await logSearch(review.id, { database: 'pubmed', query: 'pijat oksitosin', url: '', filters: {}, page: 1, totalResults: 12 }, 1_000);
  await recordSeen(
    review.id,
    [article(), article({ pmid: '2', sourceId: '2', title: 'Ibu nifas dan ASI: studi kuasi eksperimen', abstract: 'Baris satu\nbaris dua, "kutipan"' })],
    {
      database: 'pubmed',
      searchId,
      url: 'https://pubmed.ncbi.nlm.nih.gov/?term=pijat',
    },
  );
  await as('Ani');
  await decide(review.id, 'pmid:31978945', { decision: 'maybe' }, 2_000);
  await decide(review.id, 'pmid:31978945', { decision: 'include', answers: { population: 'met' } }, 3_000);
  await as('Budi');
  await decide(review.id, 'pmid:2', { decision: 'exclude', reason: 'wrong population', note: 'ibu hamil' }, 4_000);
  await setSetting('queuePosition', { [review.id]: 'pmid:2' });
  await keepApart(review.id, 'pmid:2', 'pmid:31978945');
  await recordSeen(review.id, [article({ pmid: '3', sourceId: '3', title: 'Kuasi eksperimen pijat punggung ibu nifas' })], { database: 'pubmed' });
  await recordSeen(
    review.id,
    [article({ pmid: undefined, source: 'import', sourceId: 'x', url: '', doi: '10.1000/merge.me', title: 'Kuasi eksperimen: pijat punggung pada ibu nifas' })],
    { database: 'import' },
  );
  await decide(review.id, 'doi:10.1000/merge.me', { decision: 'maybe' }, 4_500);
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
    expect(summary).toMatchObject({ reviews: { added: 1 }, records: { added: 4 }, decisions: { added: 4 }, searches: { added: 1 } });
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
  });

  it('merges into a non-empty profile without duplicates; the later decision is current; nothing dropped', async () => {
    const review = await fill();
    const backup = await exportBackup();
    if (backup.version !== 2) throw new Error('expected format 2');
    // After the backup, this profile decides again on one record…
    await as('Citra');
    await decide(review.id, 'pmid:2', { decision: 'include' }, 9_000);
    // …and the backup carries a later decision on the other, from another machine.
    const theirs = backup.events.find((e) => e.kind === 'decision' && e.subject === 'pmid:31978945')!;
    backup.events.push({
      ...theirs,
      id: 'dewi-decision-1',
      at: Date.now() + 10_000_000,
      by: { id: 'dewi', name: 'Dewi' },
      payload: { ...theirs.payload, decision: 'exclude', reason: 'wrong outcome' },
    } as never);
    const summary = await restoreBackup(parseBackup(JSON.stringify(backup)));
    expect(summary.decisions).toEqual({ added: 1, alreadyPresent: 4 });
    expect(summary.records).toEqual({ added: 0, merged: 4 });
    const current = await finalDecisions(review.id);
    expect(current.get('pmid:2')).toMatchObject({ decision: 'include', reviewer: 'Citra' });
    expect(current.get('pmid:31978945')).toMatchObject({ decision: 'exclude', reviewer: 'Dewi' });
    expect((await stateOf(review.id)).records).toHaveLength(3);
    // Restoring the same file again adds nothing.
    expect((await restoreBackup(parseBackup(JSON.stringify(backup)))).decisions).toEqual({ added: 0, alreadyPresent: 5 });
  });

  it('restores a restored merge undoably', async () => {
    const review = await fill();
    const backup = await exportBackup();
    await resetDbForTests();
    await restoreBackup(parseBackup(JSON.stringify(backup)));
    const state = await stateOf(review.id);
    expect(state.records.map((r) => r.key).sort()).toEqual(['pmid:2', 'pmid:3', 'pmid:31978945']);
    await undoMerge(review.id, state.merges[0].id);
    const after = await stateOf(review.id);
    expect(after.records).toHaveLength(4);
    expect(after.decisions.get('doi:10.1000/merge.me')?.decision).toBe('maybe');
  });

  it.each([
    ['corrupted', '{"format": "saring-backup", "version": 2, "reviews": [', /not valid JSON/],
    ['foreign', JSON.stringify({ items: [] }), /not a Saring backup/],
    ['from the future', JSON.stringify({ format: 'saring-backup', version: 7 }), /newer Saring \(backup format 7\)/],
    [
      'damaged',
      JSON.stringify({ format: 'saring-backup', version: 2, exportedAt: 'x', reviews: [{ id: 'r' }], records: [], events: [], settings: [] }),
      /damaged.*reviews\.0\.title/,
    ],
    [
      'damaged event',
      JSON.stringify({ format: 'saring-backup', version: 2, exportedAt: 'x', reviews: [], records: [], events: [{ id: 'abcdefgh', kind: 'decision' }], settings: [] }),
      /damaged.*events\.0/,
    ],
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
    const spy = vi.spyOn(db().records, 'bulkPut').mockRejectedValueOnce(new Error('disk unplugged'));
    await expect(restoreBackup(parseBackup(JSON.stringify(backup)))).rejects.toThrow('disk unplugged');
    spy.mockRestore();
    expect(withoutTime(await exportBackup())).toEqual(withoutTime(before));
  });

  it("opens the backup's review on a new computer, whose first visit made an empty one; keeps a review that holds records", async () => {
    await fill();
    const backup = parseBackup(JSON.stringify(await exportBackup()));
    const reviewId = (await getActiveReview()).id;
    await resetDbForTests();
    const empty = await getActiveReview();
    expect(empty.id).not.toBe(reviewId);
    expect((await restoreBackup(backup)).opened).toBe(reviewId);
    expect((await getActiveReview()).id).toBe(reviewId);

    await resetDbForTests();
    const working = await getActiveReview();
    await recordSeen(working.id, [article({ pmid: '9', sourceId: '9', title: 'Pijat punggung dan ASI' })], { database: 'pubmed' });
    expect((await restoreBackup(backup)).opened).toBeUndefined();
    expect((await getActiveReview()).id).toBe(working.id);
  });

  it('leaves a review archived here archived, and the active one active: it opens nothing', async () => {
    await fill();
    const backup = parseBackup(JSON.stringify(await exportBackup()));
    const reviewId = (await getActiveReview()).id;
    // Archived for a new review, still as it was made (which a restore would otherwise replace).
    const fresh = await saveReview(blankReview(newId(), 'Tinjauan baru'));
    await setActiveReview(fresh.id);
    await setReviewArchived(reviewId, true);
    expect((await restoreBackup(backup)).opened).toBeUndefined();
    expect(await getSetting('activeReviewId')).toBe(fresh.id);
    expect((await getReview(reviewId))?.archived).toBe(true);
  });
});

describe('backups made before team screening (format 1)', () => {
  // What Saring wrote before schema 4 (backup-v1.json): decisions and searches as tables, a merge folded in place.
  const v1 = JSON.stringify(backupV1);

  it('turns it into events and unmerged records, with the same decisions, searches and merge', async () => {
    await restoreBackup(parseBackup(v1));
    const state = await stateOf('old');
    expect(state.records.map((r) => r.key)).toEqual(['pmid:1']);
    expect(state.records[0].sources.map((s) => s.database).sort()).toEqual(['import', 'pubmed']);
    // Ani's decision stays Ani's: this profile (no name yet) only restored her file.
    expect(state.decisions.get('pmid:1')).toMatchObject({ decision: 'include', reviewer: 'Ani', reviewerId: 'legacy:ani' });
    expect((await localReviewer()).id).not.toBe('legacy:ani');
    expect(state.searches).toEqual([expect.objectContaining({ id: 'legacy-1', query: 'pijat', pages: [1] })]);
    expect(state.records[0].sources.find((s) => s.database === 'pubmed')?.searchId).toBe('legacy-1');
    // The merge can now be undone: the merged record comes back with the decision made on it.
    await undoMerge('old', state.merges[0].id);
    const after = await stateOf('old');
    expect(after.decisions.get('doi:10.1000/x')).toMatchObject({ decision: 'exclude', reason: 'other' });
    expect(after.records.find((r) => r.key === 'pmid:1')!.sources.map((s) => s.database)).toEqual(['pubmed']);
  });

  it('credits this reviewer only with what the old file names them for, and marks the rest converted', async () => {
    await as('Budi');
    await restoreBackup(parseBackup(v1));
    const events = await db().events.toArray();
    const me = await localReviewer();
    expect(events.filter((e) => e.kind === 'decision').map((e) => e.by)).toEqual(expect.arrayContaining([{ id: 'legacy:ani', name: 'Ani' }]));
    expect(events.some((e) => e.by.id === me.id)).toBe(false);
    // Searches and merges name nobody in a format-1 file: converted, not Budi's.
    for (const e of events.filter((x) => x.kind === 'search' || x.kind === 'merge')) expect(e.by).toEqual({ id: 'legacy:converted', name: 'Converted from an old backup' });
    // Ani restoring her own file goes on as herself.
    await freshDb();
    await as('Ani');
    await restoreBackup(parseBackup(v1));
    const ani = (await localReviewer()).id;
    expect((await db().events.toArray()).filter((e) => e.kind === 'decision').every((e) => e.by.id === ani)).toBe(true);
  });

  it('adds nothing when the same old file is restored twice', async () => {
    await restoreBackup(parseBackup(v1));
    const count = await db().events.count();
    const again = await restoreBackup(parseBackup(v1));
    expect(again.decisions.added).toBe(0);
    expect(await db().events.count()).toBe(count);
  });
});
