import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { QueueView } from '../../components/dashboard/QueueView';
import { getActiveReview, loadReviewData, recordSeen, setSetting } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, finalDecisions, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

beforeEach(async () => {
  await freshDb();
  setLanguage('en');
});

const TITLES = ['First study of oxytocin massage', 'Second study of breast care', 'Third study of kangaroo care'];

/** A queue over three undecided records in imported order (no ranking yet: too few decisions). */
async function setup(stoppedAt?: number) {
  const review = await getActiveReview();
  const keys: string[] = [];
  for (const [i, title] of TITLES.entries()) {
    // One at a time: imported order is the order they arrived.
    keys.push(...(await recordSeen(review.id, [article({ pmid: String(i + 1), sourceId: String(i + 1), doi: undefined, title })], { database: 'pubmed' }, 1_000 + i)));
  }
  if (stoppedAt !== undefined) await setSetting('queuePosition', { [review.id]: keys[stoppedAt] });
  const data = await loadReviewData(review.id);
  const rank = async () => ({ ok: false as const, reason: 'needs-an-include' as const, message: 'no include yet' });
  const notify = vi.fn();
  const root = await mount(<QueueView data={data} reload={async () => undefined} notifyChanged={notify} rank={rank} />);
  return { root, notify, keys, reviewId: review.id };
}

const heading = (root: HTMLElement) => root.querySelector('h2')?.textContent?.trim();

async function press(key: string) {
  await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  await settle();
}

describe('the screening queue', () => {
  it('moves with J / K over the records shown, never before the first, and on past the last to what is left', async () => {
    const { root } = await setup();
    expect(heading(root)).toBe(TITLES[0]);
    expect(button(root, '← Previous').disabled).toBe(true);
    await press('k');
    expect(heading(root)).toBe(TITLES[0]);
    await press('j');
    await press('j');
    expect(heading(root)).toBe(TITLES[2]);
    expect(root.textContent).toContain('Record 3 of 3');
    // Nothing is left past the last: J stays, and Next says so.
    await press('j');
    expect(heading(root)).toBe(TITLES[2]);
    expect(button(root, 'Next →').disabled).toBe(true);
    await press('k');
    expect(heading(root)).toBe(TITLES[1]);
    await click(button(root, '← Previous'));
    expect(heading(root)).toBe(TITLES[0]);
    await click(button(root, 'Next →'));
    expect(heading(root)).toBe(TITLES[1]);
  });

  it('opens where the reviewer stopped; K stays there, J goes on to what is left', async () => {
    const { root } = await setup(1);
    expect(heading(root)).toBe(TITLES[1]);
    expect(root.textContent).toContain('Record 1 of 3');
    await press('k');
    expect(heading(root)).toBe(TITLES[1]);
    await press('j');
    expect(heading(root)).toBe(TITLES[0]);
  });

  it('a decision is saved, names its record to the open tabs, and moves on', async () => {
    const { root, notify, keys, reviewId } = await setup();
    await press('i');
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    expect((await finalDecisions(reviewId)).get(keys[0])?.decision).toBe('include');
    expect(notify).toHaveBeenCalledWith([keys[0]]);
    await press('k');
    expect(heading(root)).toBe(TITLES[0]);
  });
});

describe('the queue after an exclusion that waits for its reason', () => {
  it("says one record fewer is undecided at once, as the stopping aid does, not the last ranking's count", async () => {
    const review = await getActiveReview();
    const keys: string[] = [];
    for (const [i, title] of TITLES.entries()) {
      keys.push(...(await recordSeen(review.id, [article({ pmid: String(i + 1), sourceId: String(i + 1), doi: undefined, title })], { database: 'pubmed' }, 1_000 + i)));
    }
    // The background's ranking: the records still undecided, as stored now.
    const rank = async () => {
      const undecided = keys.filter((k) => !decided.has(k));
      return {
        ok: true as const,
        basis: 'protocol' as const,
        includes: 0,
        excludes: 0,
        keys: undecided,
        relevance: undecided.map(() => ({ score: 0.5, band: 'medium' as const })),
      };
    };
    const decided = new Set<string>();
    let data = await loadReviewData(review.id);
    const { render } = await import('preact');
    const view = () => <QueueView data={data} reload={reload} notifyChanged={() => {}} rank={rank as never} />;
    async function reload() {
      data = await loadReviewData(review.id);
      for (const [k, d] of data.decisions) if (d.decision) decided.add(k);
      render(view(), root);
    }
    const root = await mount(view());
    await vi.waitFor(() => expect(root.textContent).toContain('Record 1 of 3 · 3 still undecided'));
    await press('e');
    const reasons = () => [...root.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'wrong population'));
    await vi.waitFor(() => expect(reasons()?.value).toBe(''));
    expect(heading(root)).toBe(TITLES[0]);
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toContain('2 still undecided'));
    expect(root.querySelector('.stopping-aid')?.textContent).toContain('2 still undecided');
  });
});
