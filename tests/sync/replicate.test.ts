// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import {
  db,
  decide,
  getActiveReview,
  getRecord,
  importRecords,
  listEvents,
  listRecords,
  loadReviewData,
  recordSeen,
  recordsAfter,
  saveReview,
  setActiveReview,
} from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { article } from '../db/helpers';
import { startCouch, teamDatabase, type TestCouch } from './couch-server';
import { clientFor, profile, resetDbForTests, syncOnce } from './helpers';
import { pushEvents, resume } from '../../lib/sync/replicate';

let couch: TestCouch;
let n = 0;
beforeAll(async () => {
  couch = await startCouch();
}, 30_000);
afterAll(async () => couch?.dispose());
beforeEach(async () => {
  await resetDbForTests();
});

/** A fresh team database (per test) with Ani and Budi as members. */
async function team() {
  const name = `review-${++n}`;
  await teamDatabase(couch, name, [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
  return { name, ani: clientFor(couch, name, 'ani', 'ani-pw'), budi: clientFor(couch, name, 'budi', 'budi-pw') };
}

const articles = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    ArticleSchema.parse(article({ pmid: String(1000 + i), sourceId: String(1000 + i), title: `Oxytocin massage study ${i} in postpartum mothers` })),
  );

/** Ani sets up a dual-blind review with some imported records. */
async function anisReview(count = 4) {
  await profile('Ani');
  const review = await saveReview(ReviewSchema.parse({ ...blankReview('team-review', 'Pijat oksitosin (tim)', 1), mode: 'dual-blind' }));
  await setActiveReview(review.id);
  await importRecords(review.id, { database: 'PubMed', fileName: 'pubmed.nbib', format: 'medline' }, articles(count));
  return review;
}

/** Docs on the server whose id starts with a prefix. */
async function serverDocs(name: string, prefix: string) {
  const res = await couch.admin(`/${name}/_all_docs?startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`);
  return ((await res.json()) as { rows: { id: string }[] }).rows.map((r) => r.id);
}

describe('replication with a CouchDB server', () => {
  it('brings a review to a second reviewer and both decisions back to each, blind until both decided', async () => {
    const { ani, budi } = await team();
    const review = await anisReview();
    await decide(review.id, 'pmid:1000', { decision: 'include' });
    await decide(review.id, 'pmid:1001', { decision: 'exclude', reason: 'wrong population' });
    await syncOnce(ani, review.id);

    await profile('Budi');
    expect((await syncOnce(budi, review.id)).received).toBeGreaterThan(0);
    await setActiveReview(review.id);
    let budis = await loadReviewData(review.id);
    expect(budis.review).toMatchObject({ title: 'Pijat oksitosin (tim)', mode: 'dual-blind' });
    expect(budis.records).toHaveLength(4);
    // Blind: Ani's decisions are there, but not shown to Budi before he decides.
    expect(budis.decisions.size).toBe(0);
    await decide(review.id, 'pmid:1000', { decision: 'include' });
    await decide(review.id, 'pmid:1001', { decision: 'include' });
    await syncOnce(budi, review.id);

    await profile('Ani');
    await syncOnce(ani, review.id);
    const anis = await loadReviewData(review.id);
    await profile('Budi');
    budis = await loadReviewData(review.id);
    for (const state of [anis, budis]) {
      expect(state.screening.state.get('pmid:1000')).toBe('agreed');
      expect(state.screening.state.get('pmid:1001')).toBe('conflict');
    }
    expect([...anis.screening.final.entries()]).toEqual([...budis.screening.final.entries()]);
  });

  it('keeps the next batch on its way while the server stores one, and records answers in order', async () => {
    const { name, ani } = await team();
    const review = await anisReview(1_200);
    const state = await resume(ani, `${review.id}|${ani.where}`, review.id);
    await pushEvents(ani, state);
    // Batch 1's answer is held back until batch 2 was sent; batch 2 fails.
    const calls: number[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const flaky = {
      ...ani,
      bulkDocs: async (docs: object[], newEdits?: boolean) => {
        const call = calls.push(docs.length);
        if (call === 1) {
          const answer = ani.bulkDocs(docs, newEdits);
          await held;
          return answer;
        }
        release();
        if (call === 2) throw new Error('the server fell over');
        return ani.bulkDocs(docs, newEdits);
      },
    };
    const { pushRecords } = await import('../../lib/sync/replicate');
    await expect(pushRecords(flaky, state)).rejects.toThrow('the server fell over');
    expect(calls).toEqual([500, 500]);
    // Batch 1 is recorded as sent, batch 2 is not: 700 records still wait.
    expect(await recordsAfter(review.id, state.pushedRecords, 10_000)).toHaveLength(700);
    expect(await serverDocs(name, 'rec:')).toHaveLength(500);
    await syncOnce(ani, review.id);
    expect(await serverDocs(name, 'rec:')).toHaveLength(1_200);
  }, 60_000);

  it('sends nothing twice and loses nothing when the server stops mid-replication', async () => {
    const { name, ani, budi } = await team();
    const review = await anisReview(1_200);
    for (const key of ['pmid:1000', 'pmid:1001', 'pmid:1002']) await decide(review.id, key, { decision: 'maybe' });
    const total = (await listEvents(review.id)).length;
    const state = await resume(ani, `${review.id}|${ani.where}`, review.id);
    // The first batch of records goes up, then the server dies.
    await pushEvents(ani, state);
    const { pushRecords } = await import('../../lib/sync/replicate');
    expect((await pushRecords(ani, state, { batches: 1 })).more).toBe(true);
    await couch.stop();
    await expect(pushRecords(ani, state)).rejects.toMatchObject({ problem: 'unreachable' });
    // Offline: a decision made now waits for the server.
    await decide(review.id, 'pmid:1003', { decision: 'include' });
    await couch.start();
    await syncOnce(ani, review.id);
    expect(await serverDocs(name, 'ev:')).toHaveLength(total + 1);
    expect(await serverDocs(name, 'rec:')).toHaveLength(1_200);
    // Sending everything again changes nothing on the server.
    await syncOnce(ani, review.id);
    expect(await serverDocs(name, 'ev:')).toHaveLength(total + 1);

    await profile('Budi');
    await syncOnce(budi, review.id);
    expect(await listEvents(review.id)).toHaveLength(total + 1);
    expect(await listRecords(review.id)).toHaveLength(1_200);
  }, 60_000);

  it('stores an event delivered twice once', async () => {
    const { ani, budi } = await team();
    const review = await anisReview(2);
    await decide(review.id, 'pmid:1000', { decision: 'include' });
    await syncOnce(ani, review.id);
    await profile('Budi');
    await syncOnce(budi, review.id);
    const count = (await listEvents(review.id)).length;
    // Forget the checkpoint: the whole feed comes again.
    await db().sync.clear();
    await syncOnce(budi, review.id);
    expect(await listEvents(review.id)).toHaveLength(count);
  });

  it('reports and skips a document that is not valid, and stores the rest', async () => {
    const { name, ani, budi } = await team();
    const review = await anisReview(2);
    await syncOnce(ani, review.id);
    const bad = {
      type: 'event',
      event: {
        id: 'abcdefgh-1',
        reviewId: review.id,
        by: { id: 'x', name: 'X' },
        at: 1,
        subject: 'pmid:1000',
        kind: 'decision',
        payload: { stage: 'screening', decision: 'delete everything' },
      },
    };
    await couch.admin(`/${name}/ev:abcdefgh-1`, { method: 'PUT', body: JSON.stringify(bad) });
    await couch.admin(`/${name}/rec:pmid:9`, { method: 'PUT', body: JSON.stringify({ type: 'record', record: { reviewId: 'another-review', key: 'pmid:9' } }) });
    await profile('Budi');
    const { invalid } = await syncOnce(budi, review.id);
    expect(invalid).toEqual([
      { id: 'ev:abcdefgh-1', message: expect.stringMatching(/payload\.decision/) },
      { id: 'rec:pmid:9', message: expect.stringMatching(/article|sources|another review/) },
    ]);
    expect((await listEvents(review.id)).some((e) => e.id === 'abcdefgh-1')).toBe(false);
    expect(await db().records.count()).toBe(2);
  });

  it('keeps both of two protocol edits made at once: the later is current everywhere, the other in history', async () => {
    const { ani, budi } = await team();
    const review = await anisReview(1);
    await syncOnce(ani, review.id);
    await profile('Budi');
    await syncOnce(budi, review.id);
    await saveReview({ ...(await db().reviews.get(review.id))!, title: 'Budi’s title' });
    await profile('Ani');
    await saveReview({ ...(await db().reviews.get(review.id))!, title: 'Ani’s title' });
    await syncOnce(ani, review.id);
    await profile('Budi');
    await syncOnce(budi, review.id);
    const budiTitle = (await db().reviews.get(review.id))!.title;
    await profile('Ani');
    await syncOnce(ani, review.id);
    expect((await db().reviews.get(review.id))!.title).toBe(budiTitle);
    const { protocolHistory } = await import('../../lib/review/protocol');
    expect(
      protocolHistory(await listEvents(review.id))
        .map((v) => v.protocol.title)
        .slice(-2)
        .sort(),
    ).toEqual(['Ani’s title', 'Budi’s title']);
  });

  it('joins a record both reviewers saw on different sites', async () => {
    const { ani, budi } = await team();
    const review = await anisReview(1);
    await syncOnce(ani, review.id);
    await profile('Budi');
    await syncOnce(budi, review.id);
    await recordSeen(review.id, [articles(1)[0]], { database: 'google-scholar', url: 'https://scholar.google.com/scholar?q=pijat' });
    await profile('Ani');
    await recordSeen(review.id, [articles(1)[0]], { database: 'garuda', url: 'https://garuda.kemdikbud.go.id/documents?q=pijat' });
    await syncOnce(ani, review.id);
    await profile('Budi');
    await syncOnce(budi, review.id); // conflict on rec:pmid:1000: joined, sent back
    await profile('Ani');
    await syncOnce(ani, review.id);
    const sources = async () => (await getRecord(review.id, 'pmid:1000'))!.sources.map((s) => s.database).sort();
    expect(await sources()).toEqual(['PubMed', 'garuda', 'google-scholar']);
    await profile('Budi');
    expect(await sources()).toEqual(['PubMed', 'garuda', 'google-scholar']);
  });

  it('says what is wrong with a connection', async () => {
    const { name } = await team();
    await expect(clientFor(couch, name, 'ani', 'wrong').check()).rejects.toMatchObject({ problem: 'unauthorized', message: expect.stringMatching(/name or password/) });
    await expect(clientFor(couch, 'no-such-db', 'admin', 'admin').check()).rejects.toMatchObject({ problem: 'missing', message: expect.stringMatching(/does not exist/) });
    const closed = { ...couch, url: 'http://127.0.0.1:9' };
    await expect(clientFor(closed, name, 'ani', 'ani-pw').check()).rejects.toMatchObject({ problem: 'unreachable' });
    const insecure = { ...couch, url: 'http://couch.example.org' };
    await expect(clientFor(insecure, name, 'ani', 'ani-pw').check()).rejects.toMatchObject({ problem: 'insecure', message: expect.stringMatching(/HTTPS/) });
    // A web server that is not CouchDB.
    const { createServer } = await import('node:http');
    const web = createServer((_, res) => res.end('<html>hello</html>')).listen(0, '127.0.0.1');
    await new Promise((r) => web.once('listening', r));
    const other = { ...couch, url: `http://127.0.0.1:${(web.address() as { port: number }).port}` };
    await expect(clientFor(other, name, 'ani', 'ani-pw').check()).rejects.toMatchObject({
      problem: 'not-couchdb',
      message: expect.stringMatching(/not answer like a CouchDB server/),
    });
    web.close();
    // The messages never carry the password.
    const error = await clientFor(couch, name, 'ani', 'hunter2-secret')
      .check()
      .catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('hunter2');
    await getActiveReview();
  });
});
