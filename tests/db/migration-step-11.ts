// Version 11 changed how titles fold into match keys ("<32 weeks and >1500 g" keeps its text,
// "HER2+" and "HER2−" keep their signs): records and packs stored with such titles are re-keyed,
// so that a new copy of the same article finds them; other records are left as they were.
import type Dexie from 'dexie';
import { expect } from 'vitest';
import { matchHash, recordMatchKeys } from '../../lib/db/match';
import { recordsMatching } from '../../lib/db/record-store';
import type { SaringDB } from '../../lib/db/schema';

const SIGNED = 'Neoadjuvant therapy in HER2+ breast cancer';
const RANGE = 'Kangaroo care for infants <32 weeks and >1500 g';

export const record = (key: string, title: string, matchKeys: string[]) => ({
  reviewId: 'r1',
  key,
  seq: 1,
  article: { title, year: 2021, authors: [], keywords: [], url: '', source: 'ris' },
  sources: [],
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
  matchKeys,
});

export const STEP_11 = {
  fill: async (db: Dexie) => {
    // Keys as the old folding made them: sign dropped, "<…>" taken for a tag.
    await db.table('records').put(record('pmid:1', SIGNED, ['r1|pmid:1', 'r1|title:neoadjuvant therapy in her2 breast cancer|2021']));
    await db.table('records').put(record('pmid:3', 'Pijat oksitosin dan produksi ASI', ['r1|pmid:3', 'r1|stale-but-untouched']));
    const packed = [record('pmid:2', RANGE, ['r1|pmid:2', 'r1|title:kangaroo care for infants 1500 g|2021'])];
    await db.table('packs').add({ reviewId: 'r1', id: 1, seq: 1, hashes: packed.flatMap((r) => r.matchKeys.map(matchHash)), records: packed });
  },
  check: async (db: SaringDB) => {
    const signed = await db.records.get(['r1', 'pmid:1']);
    expect(signed?.matchKeys).toEqual(recordMatchKeys('r1', 'pmid:1', [], signed!.article));
    expect(signed?.matchKeys).toContain('r1|title:neoadjuvant therapy in her2 plus breast cancer|2021');
    // A record whose title the change does not touch keeps what it had.
    expect((await db.records.get(['r1', 'pmid:3']))?.matchKeys).toContain('r1|stale-but-untouched');
    const found = await recordsMatching(db, ['r1|title:kangaroo care for infants 32 weeks and 1500 g|2021']);
    expect(found.map((r) => r.key)).toEqual(['pmid:2']);
    expect(await recordsMatching(db, ['r1|title:kangaroo care for infants 1500 g|2021'])).toEqual([]);
  },
};
