// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { getActiveReview } from '../../lib/db';
import { couchClient, type Fetch } from '../../lib/sync/couch';
import { pull, resume } from '../../lib/sync/replicate';
import { resetDbForTests } from './helpers';

// A server (or a proxy in front of it) whose `_changes` answer is not CouchDB's: the pull must
// say what is wrong and keep its place, not store nothing and ask next for changes since
// "undefined".

beforeEach(async () => {
  await resetDbForTests();
});

/** A CouchDB that answers `_changes` with `changes`, and everything else as an empty database. */
function serverAnswering(changes: unknown): { fetch: Fetch; asked: string[] } {
  const asked: string[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch: Fetch = async (url, init) => {
    if (url.includes('/_changes')) {
      asked.push(new URL(url).searchParams.get('since') ?? '');
      return json(changes);
    }
    if (url.includes('/_local/')) return init?.method === 'PUT' ? json({ ok: true, rev: '0-1' }) : json({ error: 'not_found', reason: 'missing' }, 404);
    return json(url.endsWith(':5984/') ? { couchdb: 'Welcome' } : { db_name: 'review', update_seq: '0' });
  };
  return { fetch, asked };
}

describe('an answer to _changes that is not CouchDB’s', () => {
  for (const [what, answer, complaint] of [
    ['no last_seq', { results: [] }, /last_seq/],
    ['nothing at all', {}, /results/],
    ['rows without ids', { results: [{ seq: 1 }], last_seq: 1 }, /results\.0\.id/],
  ] as const) {
    it(`${what}: says so, stores nothing and asks again from the same place`, async () => {
      const review = await getActiveReview();
      const server = serverAnswering(answer);
      const client = couchClient({ url: 'http://127.0.0.1:5984', database: 'review', username: 'ani', password: 'ani-pw' }, server.fetch);
      const state = await resume(client, `${review.id}|${client.where}`, review.id);
      await expect(pull(client, state)).rejects.toMatchObject({ problem: 'not-couchdb', message: expect.stringMatching(complaint) });
      await expect(pull(client, state)).rejects.toThrow(/not what CouchDB sends/);
      expect(server.asked).toEqual(['0', '0']);
      expect(state.since).toBe('0');
    });
  }

  it('takes a deleted document’s row (doc null) as nothing to store', async () => {
    const review = await getActiveReview();
    const server = serverAnswering({ results: [{ id: 'rec:pmid:1', seq: '2-x', deleted: true, doc: null }], last_seq: '2-x' });
    const client = couchClient({ url: 'http://127.0.0.1:5984', database: 'review', username: 'ani', password: 'ani-pw' }, server.fetch);
    const state = await resume(client, `${review.id}|${client.where}`, review.id);
    expect(await pull(client, state)).toMatchObject({ events: 0, records: 0, invalid: [] });
    expect(state.since).toBe('2-x');
  });
});
