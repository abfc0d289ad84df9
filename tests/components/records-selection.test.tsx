import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { getActiveReview, loadReviewData, recordSeen, type ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, finalDecisions, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

const PIJAT = 'Pijat oksitosin dan produksi ASI';
const KANGAROO = 'Kangaroo mother care and weight gain';

/** The records view over three records, redrawn with fresh data after each change as the dashboard does. */
async function setup() {
  const review = await getActiveReview();
  await recordSeen(
    review.id,
    [
      article({ pmid: '1', sourceId: '1', title: PIJAT, year: 2021 }),
      article({ pmid: '2', sourceId: '2', title: 'Breast massage for engorgement', year: 2019 }),
      article({ pmid: '3', sourceId: '3', title: KANGAROO, year: 2016 }),
    ],
    { database: 'pubmed' },
  );
  let data: ReviewData = await loadReviewData(review.id);
  const view = () => <RecordsView data={data} reload={reload} notifyChanged={() => {}} />;
  async function reload() {
    data = await loadReviewData(review.id);
    render(view(), root);
  }
  const root = await mount(view());
  return { root, decisions: () => finalDecisions(review.id) };
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.title-link')].map((b) => b.textContent);
const rowOf = (root: HTMLElement, title: string) => [...root.querySelectorAll('.tr')].find((r) => r.querySelector('.title-link')?.textContent === title) as HTMLElement;
const box = (root: HTMLElement, title: string) => rowOf(root, title).querySelector('input[type=checkbox]') as HTMLInputElement;
const selectedTitles = (root: HTMLElement) => [...root.querySelectorAll('.tr.selected .title-link')].map((b) => b.textContent);
async function search(root: HTMLElement, text: string) {
  const input = root.querySelector('input[type=search]') as HTMLInputElement;
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

describe('selecting records in the table', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('a shift-click after a sort extends from the record clicked before, wherever the sort put it', async () => {
    const { root } = await setup();
    const first = titles(root)[0] as string;
    await click(box(root, first));
    await click([...root.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) => b.textContent?.startsWith('Title')) as HTMLButtonElement);
    const sorted = titles(root) as string[];
    const last = sorted[2];
    await act(async () => void box(root, last).dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true })));
    await settle();
    expect(selectedTitles(root)).toEqual(sorted.slice(sorted.indexOf(first)));
  });

  it('a bulk action changes the selected records shown, and says how many more the filter hides', async () => {
    const { root, decisions } = await setup();
    await click(box(root, PIJAT));
    await search(root, 'Kangaroo');
    await click(box(root, KANGAROO));
    expect(root.querySelector('.bulk')?.textContent).toContain('1 selected (1 more hidden by the filter: not changed)');
    await click(button(root, 'Mark Include'));
    const final = await decisions();
    expect([...final.values()].map((d) => d.decision)).toEqual(['include']);
    expect(root.textContent).toContain('1 record marked Include.');
    // The hidden one is still ticked, unchanged, once the filter is cleared.
    await search(root, '');
    expect(selectedTitles(root)).toEqual([PIJAT]);
  });

  it('opening a record moves the focus into its drawer, and closing it gives the focus back', async () => {
    const { root } = await setup();
    const title = root.querySelector('.title-link') as HTMLButtonElement;
    title.focus();
    await click(title);
    const drawer = root.querySelector('[role=dialog]') as HTMLElement;
    expect(drawer.contains(document.activeElement)).toBe(true);
    expect(drawer.textContent).toContain('History (0 decisions)');
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await settle();
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement?.textContent).toBe(title.textContent);
  });
});
