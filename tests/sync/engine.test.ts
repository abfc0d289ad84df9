// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewSchema } from '../../lib/model';
import { decide, listEvents, saveReview } from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { createSyncEngine, type SyncStatus } from '../../lib/sync/engine';
import { startCouch, teamDatabase, type TestCouch } from './couch-server';
import { clientFor, profile, resetDbForTests } from './helpers';
import { eventDoc } from '../../lib/sync/docs';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startCouch();
  await teamDatabase(couch, 'engine-review', [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
}, 30_000);
afterAll(async () => couch?.dispose());
beforeEach(resetDbForTests);

describe('continuous replication', () => {
  it('sends a local change at once, receives the other reviewer’s while waiting, and says where it stands', async () => {
    await profile('Ani');
    const review = await saveReview(ReviewSchema.parse({ ...blankReview('engine-review-id', 'Engine', 1), mode: 'dual-open' }));
    const ani = clientFor(couch, 'engine-review', 'ani', 'ani-pw');
    const statuses: SyncStatus[] = [];
    const onChange = vi.fn();
    const engine = createSyncEngine({ client: ani, id: `${review.id}|engine`, reviewId: review.id, onStatus: (s) => statuses.push(s), onChange, pollMs: 2_000 });
    engine.start();
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('synced'), { timeout: 10_000 });

    await decide(review.id, 'pmid:1', { decision: 'include' });
    engine.kick();
    await vi.waitFor(() => expect(statuses.at(-1)).toMatchObject({ state: 'synced', waiting: 0 }), { timeout: 10_000 });

    // Budi, on his own machine, decides and his Saring sends it; Ani's engine is waiting on
    // the server's feed and gets it.
    const budis = {
      id: 'budi-event-0001',
      reviewId: review.id,
      by: { id: 'budi', name: 'Budi' },
      at: Date.now(),
      subject: 'pmid:1',
      kind: 'decision',
      payload: { stage: 'screening', decision: 'exclude', reason: 'other', answers: {} },
    } as const;
    await clientFor(couch, 'engine-review', 'budi', 'budi-pw').bulkDocs([eventDoc(budis)], false);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 10_000 });
    expect((await listEvents(review.id)).filter((e) => e.kind === 'decision')).toHaveLength(2);

    // The server goes away: offline, with the change waiting; back: sent.
    await couch.stop();
    await decide(review.id, 'pmid:2', { decision: 'maybe' });
    engine.kick();
    await vi.waitFor(() => expect(statuses.at(-1)).toMatchObject({ state: 'offline', message: expect.stringMatching(/cannot be reached/) }), { timeout: 15_000 });
    await couch.start();
    engine.kick();
    await vi.waitFor(() => expect(statuses.at(-1)).toMatchObject({ state: 'synced', waiting: 0 }), { timeout: 20_000 });
    engine.stop();
    expect(statuses.at(-1)?.state).toBe('off');
  }, 60_000);
});
