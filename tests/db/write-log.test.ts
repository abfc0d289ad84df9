import { beforeEach, describe, expect, it } from 'vitest';
import { db, getActiveReview, keysWrittenAfter, LOGGED_KEYS, logWrite, recordSeen } from '../../lib/db';
import { article, freshDb } from './helpers';

// Each write of a review's records counts on its mark and, when it is small, lists its keys:
// what a saved first screen catches up on (lib/db/first-screen.ts).

beforeEach(freshDb);

const keys = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `k${from + i}`);

describe('the write log of a review', () => {
  it('lists the keys of each write, created apart from changed', async () => {
    const { id } = await getActiveReview();
    await recordSeen(id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin' })], { database: 'pubmed' });
    const mark = await db().marks.get(id);
    await recordSeen(id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin' }), article({ pmid: '2', sourceId: '2', title: 'Breast massage' })], {
      database: 'google-scholar',
    });
    const since = await keysWrittenAfter(db(), id, mark!.writes);
    expect(since && { created: [...since.created], changed: [...since.changed] }).toEqual({ created: ['pmid:2'], changed: ['pmid:1'] });
    expect(await keysWrittenAfter(db(), id, 0)).toMatchObject({ created: new Set(['pmid:1', 'pmid:2']) });
  });

  it('forgets its oldest writes past LOGGED_KEYS keys, and then says it cannot list them', () => {
    let mark = logWrite('r', undefined, keys(300), []);
    mark = logWrite('r', mark, [], keys(150, 300));
    expect(mark).toMatchObject({ writes: 2, listedAfter: 0 });
    mark = logWrite('r', mark, keys(100, 450), []);
    expect(mark.writes).toBe(3);
    expect(mark.listedAfter).toBe(1);
    expect(mark.touched?.map((w) => w.write)).toEqual([2, 3]);
    // One write larger than the log (an import): nothing listed, from that write on it lists again.
    mark = logWrite('r', mark, keys(LOGGED_KEYS + 1), []);
    expect(mark).toMatchObject({ writes: 4, listedAfter: 4, touched: [] });
  });

  it('lists nothing before its first write on a mark counted before it existed (schema 10)', async () => {
    await db().marks.put({ reviewId: 'r', writes: 7 });
    expect(await keysWrittenAfter(db(), 'r', 6)).toBeUndefined();
    await db().marks.put(logWrite('r', await db().marks.get('r'), ['a'], []));
    expect(await keysWrittenAfter(db(), 'r', 6)).toBeUndefined();
    expect(await keysWrittenAfter(db(), 'r', 7)).toMatchObject({ created: new Set(['a']) });
  });
});
