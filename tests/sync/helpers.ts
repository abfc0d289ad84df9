import { localReviewer, resetDbForTests, selectProfileForTests, setLocalReviewer } from '../../lib/db';
import { couchClient } from '../../lib/sync/couch';
import { pull, pushEvents, pushRecords, resume } from '../../lib/sync/replicate';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startCouch, type TestCouch } from './couch-server';

/** Act as one reviewer's browser profile (its own database) from here on. */
export async function profile(name: string, reviewerId = name.toLowerCase()): Promise<void> {
  selectProfileForTests(`saring-${name}`);
  const me = await localReviewer();
  if (me.id !== reviewerId || me.name !== name) await setLocalReviewer({ id: reviewerId, name });
}

export function clientFor(couch: TestCouch, database: string, username: string, password: string) {
  return couchClient({ url: couch.url, database, username, password }, fetch, { timeoutMs: 5_000 });
}

/** One full exchange, as the engine's first turn does: send everything, then receive everything. */
export async function syncOnce(client: ReturnType<typeof clientFor>, reviewId: string) {
  await client.check();
  const state = await resume(client, `${reviewId}|${client.where}`, reviewId);
  let sent = 0;
  let received = 0;
  const invalid: { id: string; message: string }[] = [];
  for (let more = true; more; ) {
    const r = await pushEvents(client, state);
    sent += r.sent;
    more = r.more;
  }
  for (let more = true; more; ) {
    const r = await pushRecords(client, state);
    sent += r.sent;
    invalid.push(...r.invalid);
    more = r.more;
  }
  for (let more = true; more; ) {
    const r = await pull(client, state);
    received += r.events + r.records;
    invalid.push(...r.invalid);
    more = r.more;
  }
  return { sent, received, invalid, state };
}

/** A test server for one test file (started before its tests, stopped after) and a fresh local database per test. */
export function serverForFile(): { readonly couch: TestCouch } {
  const held = {} as { couch: TestCouch };
  beforeAll(async () => {
    held.couch = await startCouch();
  }, 30_000);
  afterAll(async () => held.couch?.dispose());
  beforeEach(async () => {
    await resetDbForTests();
  });
  return held;
}

export { resetDbForTests };
