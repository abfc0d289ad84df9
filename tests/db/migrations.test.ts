import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, recordsOf, SaringDB, SCHEMA_VERSIONS } from '../../lib/db/schema';

/**
 * Migration harness. For every schema version, fill a database through the version before
 * it, open it with the current code, and check that nothing was lost. Each schema change
 * appends a step to FILL (what the old version held) and CHECK (what the new one must hold).
 * Version 1 has no predecessor: its step checks an empty upgrade.
 */
type Step = { fill: (db: Dexie) => Promise<void>; check: (db: SaringDB) => Promise<void> };

const STEPS: Record<number, Step> = {
  1: {
    fill: async () => undefined,
    check: async (db) => {
      expect(db.tables.map((t) => t.name).sort()).toEqual(['decisions', 'merges', 'records', 'reviews', 'searches', 'separations', 'settings']);
      expect(await db.records.count()).toBe(0);
    },
  },
  2: {
    // Version 2 adds the merge log and kept-apart pairs; everything of version 1 must survive.
    fill: async (db) => {
      await db.table('reviews').put({ id: 'r1', title: 'T' });
      await db.table('records').put({ reviewId: 'r1', key: 'pmid:1', matchKeys: ['r1|pmid:1'], article: { title: 'A' } });
      await db.table('decisions').add({ reviewId: 'r1', key: 'pmid:1', decision: 'include', decidedAt: 1 });
      await db.table('searches').add({ reviewId: 'r1', database: 'pubmed', query: 'q', at: 1 });
      await db.table('settings').put({ key: 'activeReviewId', value: 'r1' });
    },
    check: async (db) => {
      expect(await db.reviews.get('r1')).toMatchObject({ title: 'T' });
      expect(await db.records.where('matchKeys').equals('r1|pmid:1').count()).toBe(1);
      expect(await db.decisions.where('[reviewId+key]').equals(['r1', 'pmid:1']).count()).toBe(1);
      expect(await db.searches.where('reviewId').equals('r1').count()).toBe(1);
      expect(await db.settings.get('activeReviewId')).toMatchObject({ value: 'r1' });
      expect(await db.merges.count()).toBe(0);
      expect(await db.separations.count()).toBe(0);
    },
  },
  3: {
    // Version 3 drops the records' reviewId index; records must still be found by review.
    fill: async (db) => {
      for (const [reviewId, key] of [['r1', 'pmid:1'], ['r1', 'pmid:2'], ['r2', 'pmid:1']]) {
        await db.table('records').put({ reviewId, key, matchKeys: [`${reviewId}|${key}`], article: { title: key }, sources: [], aliases: [] });
      }
      await db.table('merges').add({ reviewId: 'r1', at: 1 });
    },
    check: async (db) => {
      expect((await recordsOf(db, 'r1').toArray()).map((r) => r.key)).toEqual(['pmid:1', 'pmid:2']);
      expect(await recordsOf(db, 'r2').count()).toBe(1);
      expect(await db.records.where('matchKeys').equals('r2|pmid:1').count()).toBe(1);
      expect(db.records.schema.indexes.map((i) => i.name)).toEqual(['matchKeys']);
      expect(await db.merges.count()).toBe(1);
    },
  },
};

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('database migrations', () => {
  it('has a harness step for every schema version', () => {
    expect(Object.keys(STEPS).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades a database filled at version ${version - 1 || 'none'} to ${LATEST_VERSION} without loss`, async () => {
      name = `migration-${version}-${Math.random()}`;
      if (version > 1) {
        const old = new SaringDB(name, version - 1);
        await old.open();
        await STEPS[version].fill(old);
        old.close();
      }
      const current = new SaringDB(name);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      await STEPS[version].check(current);
      current.close();
    });
  }
});
