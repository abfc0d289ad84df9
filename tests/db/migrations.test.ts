import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SaringDB, SCHEMA_VERSIONS } from '../../lib/db/schema';
import { STEPS } from './migration-steps';

// For every schema version: fill a database at the version before it (migration-steps.ts), open it
// with the current code, and check that nothing was lost.
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
