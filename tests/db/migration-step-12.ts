// Version 12 looks a title Google Scholar cut short up by the first or last words of a long
// title (lib/dedup/cut.ts): records and packs stored with long titles are re-keyed, so that a
// cut copy finds them; records with short titles are left as they were.
import type Dexie from 'dexie';
import { expect } from 'vitest';
import { matchHash, recordMatchKeys } from '../../lib/db/match';
import { recordsMatching } from '../../lib/db/record-store';
import type { SaringDB } from '../../lib/db/schema';
import { record } from './migration-step-11';

const LONG = 'Variations in Cenozoic erosion, uplift and unroofing of the Transantarctic Mountains deduced from sandstone detrital modes in CRP-3 drillcore';
const TAIL = 'r1|part:tail:detrital modes in crp 3 drillcore|2021';

export const STEP_12 = {
  fill: async (db: Dexie) => {
    await db.table('records').put(record('pmid:1', LONG, ['r1|pmid:1']));
    await db.table('records').put(record('pmid:3', 'Pijat oksitosin dan produksi ASI', ['r1|pmid:3', 'r1|stale-but-untouched']));
    const packed = [record('pmid:2', `${LONG}, Victoria Land Basin`, ['r1|pmid:2'])];
    await db.table('packs').add({ reviewId: 'r1', id: 1, seq: 1, hashes: packed.flatMap((r) => r.matchKeys.map(matchHash)), records: packed });
  },
  check: async (db: SaringDB) => {
    const long = await db.records.get(['r1', 'pmid:1']);
    expect(long?.matchKeys).toEqual(recordMatchKeys('r1', 'pmid:1', [], long!.article));
    expect(long?.matchKeys).toContain(TAIL);
    expect((await db.records.get(['r1', 'pmid:3']))?.matchKeys).toContain('r1|stale-but-untouched');
    const found = await recordsMatching(db, ['r1|part:tail:crp 3 drillcore victoria land basin|2021']);
    expect(found.map((r) => r.key)).toEqual(['pmid:2']);
  },
};
