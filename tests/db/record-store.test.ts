import { beforeEach, describe, expect, it } from 'vitest';
import {
  countWaiting,
  db,
  exportBackup,
  findRecordKeys,
  getRecord,
  importRecords,
  listRecords,
  PACK_FROM,
  PACK_SIZE,
  recordSeen,
  recordsAfter,
  restoreBackup,
  reviewChangeMark,
  storeRecordVersions,
  stripStored,
} from '../../lib/db';
import { matchHash } from '../../lib/db/match';
import { recordsMatching } from '../../lib/db/record-store';
import { ArticleSchema } from '../../lib/model';
import { article, freshDb } from './helpers';

// Records an import creates are stored packed; a later change of one is a row that shadows
// its packed copy. Whatever reads records must see each record once, in its latest version.

beforeEach(freshDb);

const file = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    ArticleSchema.parse(
      article({
        source: 'import',
        pmid: String(5000 + i),
        sourceId: undefined,
        url: '',
        doi: `10.1000/pack.${i}`,
        title: `Packed study ${i} of oxytocin massage`,
        authors: [`Writer${i} B`],
      }),
    ),
  );
/** Events all sent: countWaiting counts waiting events too. */
const ALL_SENT = Number.MAX_SAFE_INTEGER;
const importFile = (n: number) => importRecords('r1', { database: 'Scopus', fileName: 'big.ris', format: 'ris' }, file(n));

describe('packed records', () => {
  it('stores a large import in packs of at most PACK_SIZE and reads every record back', async () => {
    const n = PACK_SIZE + 300;
    await importFile(n);
    expect(await db().records.count()).toBe(0);
    const packs = await db().packs.toArray();
    expect(packs.length).toBeGreaterThanOrEqual(Math.ceil(n / PACK_SIZE));
    expect(packs.every((p) => p.records.length <= PACK_SIZE)).toBe(true);
    expect(packs.reduce((sum, p) => sum + p.records.length, 0)).toBe(n);
    const records = await listRecords('r1');
    expect(records).toHaveLength(n);
    expect(new Set(records.map((r) => r.key)).size).toBe(n);
    expect(await getRecord('r1', 'doi:10.1000/pack.7')).toMatchObject({ article: { title: 'Packed study 7 of oxytocin massage' } });
    expect(await getRecord('r1', 'doi:10.1000/none')).toBeUndefined();
  });

  it('closes a pack before it grows past what IndexedDB keeps inline (about 48 KB)', async () => {
    const long = file(PACK_FROM + 50).map((a, i) => ({ ...a, abstract: `Abstract ${i}. ${'Breast milk volume after oxytocin massage. '.repeat(100)}` }));
    await importRecords('r1', { database: 'Scopus', fileName: 'long.ris', format: 'ris' }, long);
    const packs = await db().packs.toArray();
    expect(packs.every((p) => JSON.stringify(p).length < 64 * 1024)).toBe(true);
    expect(packs.reduce((sum, p) => sum + p.records.length, 0)).toBe(PACK_FROM + 50);
    expect(await listRecords('r1')).toHaveLength(PACK_FROM + 50);
  });

  it('finds packs by the numbers of match keys but gives only records that carry the key asked for', async () => {
    await importFile(PACK_FROM);
    // A number two keys share (made here by adding another key's number to a pack): the pack
    // is read, and none of its records is taken for the other key.
    const [pack] = await db().packs.toArray();
    const stranger = 'r1|doi:10.9999/not.here';
    await db().packs.put({ ...pack, hashes: [...pack.hashes, matchHash(stranger), matchHash('r1|doi:10.9999/not.kept')] });
    expect(await recordsMatching(db(), [stranger])).toEqual([]);
    expect(await getRecord('r1', 'doi:10.9999/not.kept')).toBeUndefined();
    expect((await recordsMatching(db(), ['r1|doi:10.1000/pack.3'])).map((r) => r.key)).toEqual(['doi:10.1000/pack.3']);
    expect(new Set(pack.hashes).size).toBe(pack.hashes.length);
  });

  it('numbers match keys the same way in every release (stored packs are found by these numbers)', () => {
    // Packs keep the numbers worked out when they were written: a change of matchHash would
    // lose every packed record to lookups (and re-imports would duplicate them) — it needs a
    // schema step that renumbers the packs, and these values changed with it.
    expect(matchHash('r1|doi:10.1000/pack.3')).toBe(3694999720992721);
    expect(matchHash('r1|pmid:31978945')).toBe(1233121043675696);
    expect(matchHash('bench|title:oxytocin massage and breast milk production|2021')).toBe(2812406996795834);
    for (const key of ['', 'r1|doi:x', 'é'.repeat(500)]) expect(Number.isSafeInteger(matchHash(key)) && matchHash(key) >= 0).toBe(true);
  });

  it('keeps a small import (and a page of results) as rows', async () => {
    await importFile(PACK_FROM - 1);
    expect(await db().packs.count()).toBe(0);
    expect(await db().records.count()).toBe(PACK_FROM - 1);
  });

  it('writes a packed record seen again as a row that shadows its packed copy, everywhere it is read', async () => {
    await importFile(PACK_FROM + 10);
    const mark = await reviewChangeMark('r1');
    const [seen] = await recordSeen('r1', [article({ pmid: '5003', sourceId: '5003', title: 'Packed study 3 of oxytocin massage', authors: ['Writer3 B'] })], {
      database: 'pubmed',
    });
    expect(seen).toBe('doi:10.1000/pack.3');
    expect(await reviewChangeMark('r1')).not.toBe(mark);
    const records = await listRecords('r1');
    expect(records).toHaveLength(PACK_FROM + 10);
    const joined = records.find((r) => r.key === seen)!;
    expect(joined.sources.map((s) => s.database).sort()).toEqual(['Scopus', 'pubmed']);
    expect((await getRecord('r1', seen))?.sources).toHaveLength(2);
    expect(await findRecordKeys('r1', [article({ pmid: '5003', sourceId: 'x', title: 'Other title' })])).toEqual([seen]);
    // A team member's version joins the row, not the stale packed copy.
    await storeRecordVersions([{ ...stripStored(joined), sources: [...joined.sources, { database: 'garuda', at: 9 }] }]);
    expect((await getRecord('r1', seen))?.sources.map((s) => s.database).sort()).toEqual(['Scopus', 'garuda', 'pubmed']);
  });

  it('sends each changed record once, packed or not, in change order', async () => {
    await importFile(PACK_FROM + 10);
    await recordSeen('r1', [article({ pmid: '5001', sourceId: '5001', title: 'Packed study 1 of oxytocin massage', authors: ['Writer1 B'] })], { database: 'pubmed' });
    expect(await countWaiting('r1', { pushedEvents: ALL_SENT, pushedRecords: 0 })).toBe(PACK_FROM + 10);
    const batch = await recordsAfter('r1', 0, 1_000);
    expect(batch).toHaveLength(PACK_FROM + 10);
    expect(batch.map((r) => r.seq)).toEqual([...batch.map((r) => r.seq)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(batch.filter((r) => r.key === 'doi:10.1000/pack.1')).toHaveLength(1);
    expect(batch.at(-1)?.key).toBe('doi:10.1000/pack.1'); // changed last, sent last
    // Past the import, only the row changed since is waiting.
    const importLast = batch.at(-2)!.seq!;
    expect((await recordsAfter('r1', importLast, 10)).map((r) => r.key)).toEqual(['doi:10.1000/pack.1']);
    expect(await countWaiting('r1', { pushedEvents: ALL_SENT, pushedRecords: importLast })).toBe(1);
    // Batches smaller than a pack still come in order.
    const first = await recordsAfter('r1', 0, 50);
    expect(first).toHaveLength(50);
    expect((await recordsAfter('r1', first.at(-1)!.seq!, 50))[0].seq).toBeGreaterThan(first.at(-1)!.seq!);
  });

  it('backs up packed records once, in their latest version, and restores them into an empty profile', async () => {
    await importFile(PACK_FROM + 10);
    await recordSeen('r1', [article({ pmid: '5002', sourceId: '5002', title: 'Packed study 2 of oxytocin massage', authors: ['Writer2 B'] })], { database: 'pubmed' });
    const backup = await exportBackup();
    expect(backup.version === 2 && backup.records).toHaveLength(PACK_FROM + 10);
    await freshDb();
    await restoreBackup(backup);
    // Records new to this profile are many here: they are stored packed too.
    expect(await db().packs.count()).toBeGreaterThan(0);
    const restored = await listRecords('r1');
    expect(restored).toHaveLength(PACK_FROM + 10);
    expect(restored.find((r) => r.key === 'doi:10.1000/pack.2')?.sources).toHaveLength(2);
  });
});
