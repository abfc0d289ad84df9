// @vitest-environment node
import { expect, it } from 'vitest';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { db, decide, exportBackup, importRecords, parseBackup, restoreBackup, saveReview, selectProfileForTests, setActiveReview } from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { canonicalJson, hash128 } from '../../lib/sync/docs';
import { pull, pushEvents, resume } from '../../lib/sync/replicate';
import { article } from '../db/helpers';
import { teamDatabase } from './couch-server';
import { clientFor, profile, serverForFile, syncOnce } from './helpers';

// Budi updated Saring first: his decision carries a field this Saring does not know
// (`payload.confidence`, and `device` on the event). Ani reads it (the fields she knows) while
// a decision of her own waits to be sent. Her push must not send Budi's event back under
// another revision: the server would hold two versions of one event (a conflict), and the
// one with Budi's newer fields could lose.

const server = serverForFile();

it('sends an event received from a newer Saring back only as the server holds it, never as a second revision', async () => {
  const name = 'received-a';
  await teamDatabase(server.couch, name, [['ani', 'ani-pw']]);
  const client = clientFor(server.couch, name, 'ani', 'ani-pw');
  await profile('Ani');
  const review = await saveReview(ReviewSchema.parse({ ...blankReview('received-review', 'Pijat oksitosin', 1) }));
  await setActiveReview(review.id);
  const records = [ArticleSchema.parse(article({ pmid: '1000', sourceId: '1000', title: 'Oxytocin massage study in postpartum mothers' }))];
  await importRecords(review.id, { database: 'PubMed', fileName: 'pubmed.nbib', format: 'medline' }, records);
  await syncOnce(client, review.id);

  const budis = {
    id: 'budi-ev-newer-0001',
    reviewId: review.id,
    by: { id: 'budi', name: 'Budi' },
    at: Date.now(),
    subject: 'pmid:1000',
    kind: 'decision',
    device: 'laptop',
    payload: { decision: 'include', stage: 'screening', answers: {}, confidence: 0.9 },
  };
  const rev = `1-${hash128(canonicalJson(budis))}`;
  const put = await server.couch.admin(`/${name}/_bulk_docs`, {
    method: 'POST',
    body: JSON.stringify({ docs: [{ _id: `ev:${budis.id}`, _rev: rev, saring: 1, type: 'event', event: budis }], new_edits: false }),
  });
  expect(put.status).toBeLessThan(300);

  // Ani decides offline: her decision waits when Budi's arrives.
  await decide(review.id, 'pmid:1000', { stage: 'screening', decision: 'exclude', reason: 'Wrong population' });
  const state = await resume(client, `${review.id}|${client.where}`, review.id);
  expect((await pull(client, state)).events).toBe(1);
  await pushEvents(client, state);
  await pushEvents(client, { ...state, pushedEvents: 0 });

  const doc = await (await server.couch.admin(`/${name}/ev:${budis.id}?conflicts=true`)).json();
  expect(doc._conflicts).toBeUndefined();
  expect(doc._rev).toBe(rev);
  expect(doc.event).toEqual(budis);
  // What Ani reads of it is what she knows; the backup holds the event as Saring reads it.
  const stored = await db().events.get(budis.id);
  expect(stored?.payload).toMatchObject({ decision: 'include' });
  const backup = await exportBackup();
  expect(JSON.stringify(backup.version === 2 && backup.events)).not.toContain('confidence');

  // Ani restores that backup on a new computer and syncs from there: Budi's event goes back as it
  // came (the backup keeps the server's copy), not as a stripped second version.
  await profile('Ani', 'ani');
  selectProfileForTests('saring-Ani-new-laptop');
  await restoreBackup(parseBackup(JSON.stringify(backup)));
  const restored = await resume(client, `${review.id}|new-laptop`, review.id);
  await pushEvents(client, restored);
  const after = await (await server.couch.admin(`/${name}/ev:${budis.id}?conflicts=true`)).json();
  expect(after._conflicts).toBeUndefined();
  expect(after.event).toEqual(budis);
});
