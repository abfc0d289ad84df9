import { beforeEach, describe, expect, it } from 'vitest';
import {
  appendEvents,
  db,
  decide,
  decideAll,
  decisionsOf,
  exportBackup,
  getActiveReview,
  listEvents,
  loadReviewData,
  restoreBackup,
  storeEvents,
  ValidationError,
} from '../../lib/db';
import type { EventDraft } from '../../lib/model';
import { finalDecisions, freshDb } from './helpers';

beforeEach(freshDb);

const drafts = (n: number, from = 0): EventDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'decision',
    subject: `pmid:${from + i + 1}`,
    payload: { stage: 'screening', decision: i % 2 ? 'include' : 'exclude', reason: i % 2 ? undefined : 'wrong population' },
  }));

// Bulk changes are stored as packed events (IndexedDB pays per object), read as plain decisions.
describe('decisions made in bulk', () => {
  it('are stored as one event per 5,000 and read back one by one', async () => {
    const review = await getActiveReview();
    const returned = await appendEvents(review.id, drafts(12_000));
    expect(returned).toHaveLength(12_000);
    expect(returned.every((e) => e.kind === 'decision')).toBe(true);
    expect(
      await db()
        .events.filter((e) => e.kind === 'decisions')
        .count(),
    ).toBe(3);
    expect(
      await db()
        .events.filter((e) => e.kind === 'decision')
        .count(),
    ).toBe(0);
    const final = await finalDecisions(review.id);
    expect(final.size).toBe(12_000);
    expect(final.get('pmid:2')?.decision).toBe('include');
    expect(final.get('pmid:1')).toMatchObject({ decision: 'exclude', reason: 'wrong population' });
  });

  it('stay one event per decision below twenty, as before', async () => {
    const review = await getActiveReview();
    await appendEvents(review.id, drafts(5));
    expect(await db().events.count()).toBe(5 + 1); // and the review's protocol
  });

  it('are found by record for page statuses, and a later single decision wins', async () => {
    const review = await getActiveReview();
    await decideAll(
      review.id,
      Array.from({ length: 30 }, (_, i) => `pmid:${i + 1}`),
      { decision: 'exclude', reason: 'wrong population' },
    );
    await decide(review.id, 'pmid:7', { decision: 'include' });
    const views = await decisionsOf(review.id, ['pmid:7', 'pmid:8', 'pmid:99']);
    expect(views.get('pmid:7')?.shown?.decision).toBe('include');
    expect(views.get('pmid:8')?.shown?.decision).toBe('exclude');
    expect(views.get('pmid:99')?.shown).toBeUndefined();
    const data = await loadReviewData(review.id);
    expect([...data.decisions.values()].filter((d) => d.decision === 'exclude')).toHaveLength(29);
  });

  it('refuses a bulk change with one bad decision, naming it, and writes none of it', async () => {
    const review = await getActiveReview();
    const bad = drafts(30);
    bad[12] = { kind: 'decision', subject: 'pmid:13', payload: { stage: 'screening', decision: 'include', reason: 'not for includes' } };
    await expect(appendEvents(review.id, bad)).rejects.toThrow(ValidationError);
    await expect(appendEvents(review.id, bad)).rejects.toThrow(/13 of 30/);
    expect((await listEvents(review.id)).filter((e) => e.kind === 'decision')).toHaveLength(0);
  });

  it('arrive from a teammate as one packed event, and survive a backup and restore', async () => {
    const review = await getActiveReview();
    const packed = {
      id: 'aaaaaaaa-pack',
      reviewId: review.id,
      by: { id: 'budi', name: 'Budi' },
      at: Date.now(),
      subject: 'decisions',
      kind: 'decisions',
      payload: { items: [{ subject: 'pmid:1', payload: { stage: 'screening', decision: 'include', answers: {} } }] },
    };
    const broken = { ...packed, id: 'bbbbbbbb-pack', payload: { items: [{ subject: 'pmid:2', payload: { stage: 'screening', decision: 'perhaps' } }] } };
    const stored = await storeEvents([packed, broken]);
    expect(stored.added).toHaveLength(1);
    expect(stored.invalid).toHaveLength(1);
    expect((await finalDecisions(review.id)).get('pmid:1')?.reviewer).toBe('Budi');
    await appendEvents(review.id, drafts(25, 100));
    const backup = await exportBackup();
    await freshDb();
    const summary = await restoreBackup(backup);
    expect(summary.decisions).toMatchObject({ added: 26 });
    expect((await finalDecisions(review.id)).size).toBe(26);
  });
});
