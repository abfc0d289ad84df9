import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { getActiveReview, loadReviewData, recordSeen, type ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, finalDecisions as currentDecisions, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

async function setup() {
  const review = await getActiveReview();
  await recordSeen(
    review.id,
    [
      article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin dan produksi ASI pada ibu nifas', year: 2021 }),
      article({ pmid: '2', sourceId: '2', title: 'Breast massage for engorgement', year: 2019, abstract: 'Lactating women were randomised.' }),
      article({ pmid: '3', sourceId: '3', title: 'Kangaroo mother care and weight gain', year: 2016 }),
    ],
    { database: 'pubmed' },
  );
  let data: ReviewData = await loadReviewData(review.id);
  const notify = vi.fn();
  const root = await mount(
    <RecordsView
      data={data}
      reload={async () => {
        data = await loadReviewData(review.id);
        rerender();
      }}
      notifyChanged={notify}
    />,
  );
  // Re-render with fresh data after each reload, as the dashboard does.
  const { render } = await import('preact');
  function rerender() {
    render(
      <RecordsView
        data={data}
        reload={async () => {
          data = await loadReviewData(review.id);
          rerender();
        }}
        notifyChanged={notify}
      />,
      root,
    );
  }
  return { review, root, notify };
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.title-link')].map((b) => b.textContent);

async function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

describe('records table', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
    // happy-dom lays nothing out: give the table's scrolling body a window-sized box so the
    // virtualiser has rows to draw.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('searches title, authors and abstract, and filters by year', async () => {
    const { root } = await setup();
    expect(titles(root)).toHaveLength(3);
    await type(root.querySelector('input[type=search]')!, 'randomised');
    expect(titles(root)).toEqual(['Breast massage for engorgement']);
    await type(root.querySelector('input[type=search]')!, '');
    const yearFrom = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Year from'))!.querySelector('input')!;
    await type(yearFrom, '2019');
    expect(titles(root).sort()).toEqual(['Breast massage for engorgement', 'Pijat oksitosin dan produksi ASI pada ibu nifas']);
  });

  it('changes the decision of many records at once, and deletes with undo', async () => {
    const { root, review, notify } = await setup();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.tbody input[type=checkbox]')];
    await click(boxes[0]);
    await click(boxes[1]);
    expect(root.textContent).toContain('2 selected');
    // Excluding needs a reason first.
    await click(button(root, 'Mark Exclude'));
    expect(root.textContent).toContain('Choose an exclusion reason first.');
    await type(root.querySelector<HTMLSelectElement>('.bulk select[aria-label="Exclusion reason"]')!, 'wrong population', 'change');
    await click(button(root, 'Mark Exclude'));
    const current = await currentDecisions(review.id);
    expect([...current.values()].map((d) => [d.decision, d.reason])).toEqual([
      ['exclude', 'wrong population'],
      ['exclude', 'wrong population'],
    ]);
    // The tabs are told which records changed, so they redraw only those rows.
    await vi.waitFor(() => expect(notify).toHaveBeenCalled());
    expect([...(notify.mock.lastCall?.[0] ?? [])].sort()).toEqual([...current.keys()].sort());

    const all = root.querySelector<HTMLInputElement>('.th input[type=checkbox]')!;
    await click(all);
    await click(button(root, 'Delete'));
    await vi.waitFor(() => expect(titles(root)).toHaveLength(0));
    expect(root.textContent).toContain('3 records deleted.');
    expect(notify).toHaveBeenLastCalledWith(expect.arrayContaining([...current.keys()]));
    const deleted = [...(notify.mock.lastCall?.[0] ?? [])].sort();
    expect(deleted).toHaveLength(3);
    const calls = notify.mock.calls.length;
    await click(button(root, 'Undo'));
    await vi.waitFor(() => expect(titles(root)).toHaveLength(3));
    // The undo names the records it put back.
    expect(notify).toHaveBeenCalledTimes(calls + 1);
    expect([...(notify.mock.lastCall?.[0] ?? [])].sort()).toEqual(deleted);
    expect((await currentDecisions(review.id)).size).toBe(2);
  });
});
