import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictsView } from '../../components/dashboard/ConflictsView';
import { FullTextControls, type FullTextChoice } from '../../components/dashboard/FullTextControls';
import { getActiveReview, listEvents, listRecords, localReviewer, recordSeen } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { DEFAULT_EXCLUSION_REASONS, ReviewEventSchema, type ReviewEvent } from '../../lib/model';
import { deriveReview } from '../../lib/review/derive';
import { boxOf } from '../../lib/prisma/compute';
import { article, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

const ani = { id: 'ani-1', name: 'Ani' };
const budi = { id: 'budi-1', name: 'Budi' };

async function choose(select: HTMLSelectElement | HTMLInputElement, value: string, kind: 'change' | 'input' = 'change') {
  select.value = value;
  await act(async () => void select.dispatchEvent(new Event(kind, { bubbles: true })));
  await settle();
}

/**
 * A team review where both included pmid:31978945 at title/abstract, then at full text Ani
 * found no report and Budi excluded it for "wrong outcome" (as FullTextControls stores them).
 */
async function fullTextConflict() {
  const stored = await getActiveReview();
  const review = { ...stored, mode: 'dual-blind' as const };
  const [key] = await recordSeen(review.id, [article()], { database: 'pubmed' });
  let n = 0;
  const event = (by: typeof ani, payload: object): ReviewEvent =>
    ReviewEventSchema.parse({ id: `team-event-${++n}`, reviewId: review.id, by, at: 1_000 + n, subject: key, kind: 'decision', payload: { answers: {}, ...payload } });
  const team = [
    event(ani, { stage: 'screening', decision: 'include' }),
    event(budi, { stage: 'screening', decision: 'include' }),
    event(ani, { stage: 'full-text', decision: 'exclude', retrieved: false, reason: 'not full text' }),
    event(budi, { stage: 'full-text', decision: 'exclude', retrieved: true, reason: 'wrong outcome' }),
  ];
  const data = async () => deriveReview(review, await localReviewer(), await listRecords(review.id), [...team, ...(await listEvents(review.id))]);
  return { review, key, data };
}

describe('a full-text conflict', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
  });

  it('lists "Report not retrieved" against "excluded: wrong outcome", and is resolved as not retrieved', async () => {
    const { key, data } = await fullTextConflict();
    const before = await data();
    expect(before.fullTextStage.state.get(key)).toBe('conflict');
    const root = await mount(<ConflictsView data={before} reload={async () => undefined} notifyChanged={() => undefined} />);
    expect(root.querySelector('.verdicts-list')!.textContent).toContain('Ani: Report not retrieved');
    expect(root.querySelector('.verdicts-list')!.textContent).toContain('Budi: ✗ Exclude — wrong outcome');
    const [final] = root.querySelectorAll<HTMLSelectElement>('.resolve select');
    await choose(final, 'not-retrieved');
    // A report nobody could obtain has no reason to choose.
    expect(root.querySelectorAll('.resolve select')).toHaveLength(1);
    await choose(root.querySelector<HTMLInputElement>('.resolve input')!, 'no library or author could send it', 'input');
    await click(button(root, 'Resolve'));
    const after = await data();
    expect(after.fullTextStage.final.get(key)).toMatchObject({ decision: 'exclude', retrieved: false, why: 'no library or author could send it' });
    expect(boxOf(after.screening.final.get(key), after.fullTextStage.final.get(key))).toBe('notRetrieved');
  });

  it('offers "not full text" as no reason to exclude a report, and "Report not retrieved" only at full text', async () => {
    const { data } = await fullTextConflict();
    const root = await mount(<ConflictsView data={await data()} reload={async () => undefined} notifyChanged={() => undefined} />);
    const [final] = root.querySelectorAll<HTMLSelectElement>('.resolve select');
    expect([...final.options].map((o) => o.value)).toEqual(['', 'include', 'exclude', 'maybe', 'not-retrieved']);
    await choose(final, 'exclude');
    const reasons = [...root.querySelectorAll<HTMLSelectElement>('.resolve select')[1].options].map((o) => o.value);
    expect(reasons).toContain('wrong outcome');
    expect(reasons).not.toContain('not full text');
  });
});

describe("a record's full-text panel", () => {
  beforeEach(() => setLanguage('en'));

  it('excludes a report read in full for a reason other than "not full text"; a report not obtained is "Report not retrieved"', async () => {
    const saved: FullTextChoice[] = [];
    const root = await mount(<FullTextControls reasons={[...DEFAULT_EXCLUSION_REASONS]} onSave={async (choice) => void saved.push(choice)} />);
    const reasons = [...root.querySelector<HTMLSelectElement>('select')!.options].map((o) => o.value);
    expect(reasons).toContain('wrong outcome');
    expect(reasons).not.toContain('not full text');
    await click(button(root, 'Report not retrieved'));
    await choose(root.querySelector<HTMLSelectElement>('select')!, 'wrong outcome');
    await click(button(root, 'Not eligible: exclude'));
    expect(saved).toEqual([
      { decision: 'exclude', retrieved: false, reason: 'not full text' },
      { decision: 'exclude', retrieved: true, reason: 'wrong outcome' },
    ]);
  });
});
