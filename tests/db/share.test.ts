import { beforeEach, describe, expect, it } from 'vitest';
import {
  db,
  decide,
  exportMyEvents,
  getActiveReview,
  importShareFile,
  localReviewer,
  parseShareFile,
  recordSeen,
  resetDbForTests,
  saveReview,
  setLocalReviewer,
  ShareError,
} from '../../lib/db';
import { ReviewSchema } from '../../lib/model';
import { article, freshDb, stateOf } from './helpers';

beforeEach(freshDb);

/** Ani's profile: a dual-blind review with two records, one decided by her. */
async function anisFile() {
  const review = await getActiveReview();
  await saveReview({ ...review, mode: 'dual-blind' });
  await setLocalReviewer({ ...(await localReviewer()), name: 'Ani' });
  await recordSeen(review.id, [article(), article({ pmid: '2', sourceId: '2', title: 'Pijat punggung dan ASI ibu nifas' })], { database: 'pubmed' });
  await decide(review.id, 'pmid:31978945', { decision: 'include', note: 'fits all five' });
  return { review, text: JSON.stringify(await exportMyEvents(review.id)) };
}

describe('sharing decisions without a server', () => {
  it('carries one reviewer’s events to a colleague, with the protocol and the records they are about', async () => {
    const { review, text } = await anisFile();
    await resetDbForTests();
    // Budi's profile, which never saw the review.
    await setLocalReviewer({ id: 'budi', name: 'Budi' });
    const summary = await importShareFile(parseShareFile(text));
    expect(summary).toMatchObject({ reviewer: 'Ani', alreadyPresent: 0 });
    expect((await db().reviews.get(review.id))?.mode).toBe('dual-blind');
    const state = await stateOf(review.id, 'dual-blind');
    expect(state.records.map((r) => r.key)).toEqual(['pmid:31978945']);
    expect(state.screening.byReviewer.get('pmid:31978945')?.size).toBe(1);
    // Blind: Budi does not see Ani's decision until he decides himself.
    expect(state.decisions.has('pmid:31978945')).toBe(false);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { text } = await anisFile();
    await resetDbForTests();
    await importShareFile(parseShareFile(text));
    const events = await db().events.count();
    const records = await db().records.toArray();
    const again = await importShareFile(parseShareFile(text));
    expect(again.added).toBe(0);
    expect(await db().events.count()).toBe(events);
    expect(await db().records.toArray()).toEqual(records);
  });

  it.each([
    ['not JSON', '{"format": "saring-events"', /not valid JSON/],
    ['a backup', JSON.stringify({ format: 'saring-backup', version: 2 }), /not a file of shared decisions.*Settings → Backup/],
    [
      'damaged',
      JSON.stringify({ format: 'saring-events', version: 1, exportedAt: 'x', reviewId: 'r', reviewer: { id: 'a', name: 'A' }, events: [{ id: 'x' }], records: [] }),
      /damaged.*events\.0/,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(() => parseShareFile(text)).toThrow(ShareError);
    expect(() => parseShareFile(text)).toThrow(message);
  });

  it('refuses a file whose events belong to another review than it says', async () => {
    const { text } = await anisFile();
    const file = JSON.parse(text);
    file.events[0].reviewId = 'another';
    expect(() => parseShareFile(JSON.stringify(file))).toThrow(/mixes several reviews/);
    expect(ReviewSchema.shape.mode.parse(undefined)).toBe('single');
  });
});
