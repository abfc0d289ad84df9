import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SaringDB, SCHEMA_VERSIONS } from '../../lib/db/schema';

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
      expect(db.tables.map((t) => t.name).sort()).toEqual(['decisions', 'records', 'reviews', 'searches', 'settings']);
      expect(await db.records.count()).toBe(0);
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
