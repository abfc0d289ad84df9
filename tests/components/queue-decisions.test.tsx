import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { QueueView } from '../../components/dashboard/QueueView';
import type { ReviewRanking } from '../../lib/ranking/review';
import { getActiveReview, loadReviewData, recordSeen } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, finalDecisions, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

beforeEach(async () => {
  await freshDb();
  setLanguage('en');
});

const TITLES = ['First study A', 'Second study B', 'Third study C', 'Fourth study D'];
const heading = (root: HTMLElement) => root.querySelector('h2')?.textContent?.trim();
const unranked: ReviewRanking = { ok: false, reason: 'needs-an-include', message: 'no include yet' };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A ranking that takes a while, as a real review's retraining does: keys pressed meanwhile find the save still running. */
const slowly = (ms: number, answer: () => ReviewRanking) => async () => {
  await wait(ms);
  return answer();
};

/** A live queue over four undecided records (imported order) that reloads its data after every save, as the dashboard does. */
async function live(rank: () => Promise<ReviewRanking> = async () => unranked) {
  const review = await getActiveReview();
  const keys: string[] = [];
  for (const [i, title] of TITLES.entries())
    keys.push(...(await recordSeen(review.id, [article({ pmid: String(i + 1), sourceId: String(i + 1), doi: undefined, title })], { database: 'pubmed' }, 1_000 + i)));
  let data = await loadReviewData(review.id);
  const view = () => <QueueView data={data} reload={reload} notifyChanged={() => {}} rank={rank} />;
  async function reload() {
    data = await loadReviewData(review.id);
    render(view(), root);
  }
  const root = await mount(view());
  await vi.waitFor(() => expect(heading(root)).toBe(TITLES[0]));
  return { root, keys, decisions: () => finalDecisions(review.id) };
}

/** A key as the browser sends it (bubbling, through shadow roots, cancelable); the event, to see whether Saring took it. */
async function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  await act(async () => void target.dispatchEvent(event));
  return event;
}
const reasonSelect = (root: HTMLElement) => [...root.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'wrong population'));

describe('the queue stores only the decisions the reviewer made on the record shown', () => {
  it('a deciding key held down decides one record, not one per auto-repeat', async () => {
    const { root, keys, decisions } = await live();
    await press('i');
    for (let n = 0; n < 8; n++) {
      await wait(20);
      await press('i', { repeat: true });
    }
    await wait(100);
    await settle();
    const final = await decisions();
    expect(keys.filter((k) => final.get(k)?.decision === 'include')).toEqual([keys[0]]);
    expect(heading(root)).toBe(TITLES[1]);
  });

  it('I pressed twice while the first is saving lands on the next record, not the one after it', async () => {
    const { root, keys, decisions } = await live(slowly(60, () => unranked));
    await press('i');
    await wait(10);
    await press('i');
    await wait(300);
    await settle();
    expect(heading(root)).toBe(TITLES[1]);
    expect((await decisions()).get(keys[1])).toBeUndefined();
  });

  it('I then E pressed quickly keeps the include: E waits for the save, it does not turn A into an exclusion', async () => {
    const { root, keys, decisions } = await live(slowly(60, () => unranked));
    await press('i');
    await wait(10);
    await press('e');
    await wait(300);
    await settle();
    const final = await decisions();
    expect(final.get(keys[0])?.decision).toBe('include');
    expect(heading(root)).toBe(TITLES[1]);
  });

  it('after the first include the next record is the top of the ranking retrained with it', async () => {
    let calls = 0;
    let keys: string[] = [];
    const rank = async (): Promise<ReviewRanking> => {
      if (++calls === 1) return unranked;
      const order = keys.slice(1).reverse();
      return { ok: true, basis: 'includes', includes: 1, excludes: 0, keys: order, relevance: order.map(() => ({ score: 0.5, band: 'medium' as const })) };
    };
    const queue = await live(rank);
    keys = queue.keys;
    await press('i');
    await vi.waitFor(() => expect(heading(queue.root)).not.toBe(TITLES[0]));
    expect(heading(queue.root)).toBe(TITLES[3]);
  });

  it('a note added to a record gone back to, then Next, shows the next record (the note does not move the queue)', async () => {
    const { root, keys, decisions } = await live();
    await press('i');
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    await press('k');
    expect(heading(root)).toBe(TITLES[0]);
    const note = root.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => {
      note.value = 'check sample size';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Clicking Next: the note loses the focus first (blur saves it), then the click.
    await act(async () => {
      note.dispatchEvent(new FocusEvent('blur'));
      button(root, 'Next →').click();
    });
    await wait(100);
    await settle();
    expect(heading(root)).toBe(TITLES[1]);
    expect((await decisions()).get(keys[0])?.note).toBe('check sample size');
  });

  it('correcting a checklist answer of a decided record keeps the reviewer on it', async () => {
    const { root } = await live();
    await press('i');
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    await press('k');
    const radio = root.querySelector('input[type=radio][value="not met"]') as HTMLInputElement;
    await act(async () => radio.click());
    await wait(100);
    await settle();
    expect(heading(root)).toBe(TITLES[0]);
  });
});

describe('the exclusion reason in the queue', () => {
  it('E puts the keyboard in the reason list; stepping through it with the arrows stores nothing until Enter', async () => {
    const { root, keys, decisions } = await live();
    await press('e');
    await settle();
    const select = reasonSelect(root) as HTMLSelectElement;
    expect(document.activeElement).toBe(select);
    // Chrome on Windows / Linux: ArrowDown in a closed list selects the next reason and fires change at once.
    await press('ArrowDown', {}, select);
    await act(async () => {
      select.value = 'wrong population';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await wait(50);
    await settle();
    expect(heading(root)).toBe(TITLES[0]);
    expect((await decisions()).get(keys[0])?.reason).toBeUndefined();
    await press('ArrowDown', {}, select);
    await act(async () => {
      select.value = 'wrong intervention';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await press('Enter', {}, select);
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    expect((await decisions()).get(keys[0])).toMatchObject({ decision: 'exclude', reason: 'wrong intervention' });
  });

  it('a reason picked with the mouse is stored at once and the queue moves on', async () => {
    const { root, keys, decisions } = await live();
    await press('e');
    await settle();
    const select = reasonSelect(root) as HTMLSelectElement;
    await act(async () => {
      select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      select.value = 'wrong population';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    expect((await decisions()).get(keys[0])).toMatchObject({ decision: 'exclude', reason: 'wrong population' });
  });
});

describe('the keyboard and the screen reader after a decision', () => {
  it("moves the focus to the next record's title and says what was saved outside the replaced panel", async () => {
    const { root } = await live();
    const include = button(root, 'Include');
    include.focus();
    await act(async () => include.click());
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    await settle();
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(root.querySelector('.queue-said')?.textContent).toBe('Include saved — next: Second study B');
  });

  it('after the last record it says nothing is left, and the count says none is undecided', async () => {
    const { root } = await live();
    for (const title of TITLES) {
      await vi.waitFor(() => expect(heading(root)).toBe(title));
      await press('m');
    }
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing left to screen'));
    expect(root.querySelector('.queue-said')?.textContent).toBe('Maybe saved — nothing left to screen.');
    await press('k');
    await settle();
    expect(heading(root)).toBe(TITLES[3]);
    expect(root.querySelector('.queue-head [role=status]')?.textContent).toBe('Record 4 of 4 · 0 still undecided');
  });
});

const firstMet = (root: HTMLElement) => root.querySelector<HTMLInputElement>('.checklist input[type="radio"][value="met"]')!;

describe('the queue keys after a checklist answer given with the mouse, and the arrow keys', () => {
  it('I pressed on the radio just clicked includes the record, with the answer', async () => {
    const { root, keys, decisions } = await live();
    const met = firstMet(root);
    await click(met);
    met.focus();
    await press('i', {}, met);
    await vi.waitFor(() => expect(heading(root)).toBe(TITLES[1]));
    const decided = (await decisions()).get(keys[0]);
    expect(decided?.decision).toBe('include');
    expect(Object.values(decided?.answers ?? {})).toContain('met');
  });

  it('the arrows scroll a long record (on a radio: move between its answers) instead of moving the queue; J / K still move', async () => {
    const { root } = await live();
    for (const target of [document, firstMet(root)]) expect((await press('ArrowDown', {}, target)).defaultPrevented).toBe(false);
    await settle();
    expect(heading(root)).toBe(TITLES[0]);
    await press('j');
    await settle();
    expect(heading(root)).toBe(TITLES[1]);
    expect((await press('ArrowUp')).defaultPrevented).toBe(false);
    await settle();
    expect(heading(root)).toBe(TITLES[1]);
  });
});
