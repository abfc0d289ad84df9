// @vitest-environment node
import { expect, it } from 'vitest';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { db, importRecords, listEvents, saveReview, setActiveReview } from '../../lib/db';
import { version } from '../../package.json';
import { blankReview } from '../../lib/screening/templates';
import { eventRev } from '../../lib/sync/docs';
import { pull, resume } from '../../lib/sync/replicate';
import { article } from '../db/helpers';
import { teamDatabase } from './couch-server';
import { clientFor, profile, serverForFile, syncOnce } from './helpers';

// A teammate who updated Saring first writes documents this Saring cannot read (an event of a
// new kind, in a newer document format). The pull moves past them, so they are remembered in
// the sync row and fetched again once this Saring is updated.

const server = serverForFile();

async function team(name: string) {
  await teamDatabase(server.couch, name, [['ani', 'ani-pw']]);
  const client = clientFor(server.couch, name, 'ani', 'ani-pw');
  await profile('Ani');
  const review = await saveReview(ReviewSchema.parse({ ...blankReview('newer-review', 'Pijat oksitosin', 1) }));
  await setActiveReview(review.id);
  const records = [ArticleSchema.parse(article({ pmid: '1000', sourceId: '1000', title: 'Oxytocin massage study in postpartum mothers' }))];
  await importRecords(review.id, { database: 'PubMed', fileName: 'pubmed.nbib', format: 'medline' }, records);
  await syncOnce(client, review.id);
  return { client, review, state: await resume(client, `${review.id}|${client.where}`, review.id) };
}

/** Budi's event, as his Saring wrote it, under the revision its content gives. */
async function budis(name: string, event: Record<string, unknown>, format: number) {
  const doc = { _id: `ev:${event.id}`, _rev: eventRev(event as never), saring: format, type: 'event', event };
  const res = await server.couch.admin(`/${name}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: [doc], new_edits: false }) });
  expect(res.status).toBeLessThan(300);
}

const decision = (reviewId: string, id: string, kind: string) => ({
  id,
  reviewId,
  by: { id: 'budi', name: 'Budi' },
  at: Date.now(),
  subject: 'pmid:1000',
  kind,
  payload: { decision: 'include', stage: 'screening' },
});

it('says a document from a newer Saring needs an update, and remembers it with this version', async () => {
  const { client, review, state } = await team('newer-a');
  await budis('newer-a', decision(review.id, 'budi-ev-0001', 'decision-v2'), 2);
  const first = await pull(client, state);
  expect(first.invalid).toEqual([{ id: 'ev:budi-ev-0001', message: expect.stringMatching(/newer Saring \(document format 2\).*update Saring/) }]);
  expect(await db().sync.get(state.id)).toMatchObject({ skipped: ['ev:budi-ev-0001'], skippedBy: version });
  // The same Saring does not fetch it again.
  expect((await pull(client, state)).invalid).toEqual([]);
});

it('fetches documents an earlier version skipped again after an update, and stores what it reads now', async () => {
  const { client, review, state } = await team('newer-b');
  await budis('newer-b', decision(review.id, 'budi-ev-0002', 'decision'), 1);
  await budis('newer-b', decision(review.id, 'budi-ev-0003', 'decision-v3'), 3);
  await pull(client, state);
  // As Saring 0.0.1 left its sync row: both skipped (0.0.1 could not read either), the feed past them.
  await db().events.delete('budi-ev-0002');
  const old = { skipped: ['ev:budi-ev-0002', 'ev:budi-ev-0003'], skippedBy: '0.0.1' };
  await db().sync.update(state.id, old);
  const updated = { ...state, ...old };
  const again = await pull(client, updated);
  expect(again.events).toBe(1);
  expect((await listEvents(review.id)).some((e) => e.id === 'budi-ev-0002')).toBe(true);
  expect(again.invalid.map((i) => i.id)).toEqual(['ev:budi-ev-0003']);
  expect(await db().sync.get(state.id)).toMatchObject({ skipped: ['ev:budi-ev-0003'], skippedBy: version });
  expect((await pull(client, updated)).invalid).toEqual([]);
});
