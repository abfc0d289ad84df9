import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Popup, type PopupApi, type TabStateResponse } from '../../components/popup/Popup';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';
import { setLanguage } from '../../lib/i18n';
import { click, mount, settle } from './render';

const review = ReviewSchema.parse(blankReview('r1', 'Oxytocin massage'));
const articles = ['Alpha', 'Bravo', 'Charlie'].map((title, i) =>
  ArticleSchema.parse({ title, authors: ['X Y'], year: 2021, url: `https://pubmed.ncbi.nlm.nih.gov/${i + 1}/`, source: 'pubmed', pmid: String(i + 1) }),
);

/** The popup over a PubMed result page of three rows, and the keys of the rows decided. */
async function resultList(rows = articles, rejected = 0, scores: number[] = []) {
  const decided: string[] = [];
  const relevance = (i: number) => (scores[i] === undefined ? {} : { relevance: { score: scores[i], band: 'high' as const } });
  const state: TabStateResponse = {
    state: { url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x', extraction: { site: 'pubmed', kind: 'results', articles: rows }, rejected, at: 1 },
    statuses: rows.map((_, i) => ({ key: `pmid:${i + 1}`, window: 'pass' as const, ...relevance(i) })),
    review,
  };
  const api: PopupApi = {
    loadState: async () => state,
    decide: async (target, value) => {
      const key = (target as { key: string }).key;
      decided.push(key);
      return { key, window: 'pass', decision: value.decision };
    },
    readPage: async () => undefined,
    openDashboard: () => undefined,
  };
  const root = await mount(<Popup api={api} />);
  return { root, decided };
}

/** A key as the browser sends it; the event, to see whether Saring took it (cancelled it). */
const press = async (key: string, target: EventTarget) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  await act(async () => void target.dispatchEvent(event));
  await settle();
  return event;
};

describe('the popup list and the keyboard', () => {
  setLanguage('en');

  it('I decides the row whose button the reviewer reached with Tab, not the first row', async () => {
    const { root, decided } = await resultList();
    const charlie = root.querySelectorAll('li.result')[2];
    const maybe = [...charlie.querySelectorAll('button')].find((b) => b.textContent?.includes('Maybe')) as HTMLButtonElement;
    await act(async () => maybe.focus());
    await settle();
    expect(root.querySelector('li.current h3')?.textContent).toBe('Charlie');
    await press('i', maybe);
    expect(decided).toEqual(['pmid:3']);
  });

  it('no row is current until J or the focus reaches one, as in the queue and on the page: I alone decides nothing', async () => {
    const { root, decided } = await resultList();
    expect(root.querySelector('li.current')).toBeNull();
    await press('i', document);
    expect(decided).toEqual([]);
    await press('j', document);
    expect(root.querySelector('li.current h3')?.textContent).toBe('Alpha');
    await press('i', document.activeElement ?? document);
    expect(decided).toEqual(['pmid:1']);
  });

  it('counts one result and one unreadable row in the singular', async () => {
    const { root } = await resultList(articles.slice(0, 1), 1);
    expect(root.querySelector('.results-heading')?.textContent).toContain('1 result on this page');
    expect(root.textContent).toContain('1 row could not be read and was left out.');
  });

  it('in "most relevant first" a decided row keeps its place, so that J goes on to the next row', async () => {
    // The background's answer to a decision carries no band: re-sorted, the row would drop to the end.
    const { root, decided } = await resultList(articles, 0, [0.2, 0.9, 0.6]);
    const select = root.querySelector('.results-order select') as HTMLSelectElement;
    await act(async () => {
      select.value = 'relevance';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const order = () => [...root.querySelectorAll('li.result h3')].map((h) => h.textContent);
    expect(order()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    await press('j', document);
    await press('i', document.activeElement ?? document);
    expect(order()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    await press('j', document.activeElement ?? document);
    await press('i', document.activeElement ?? document);
    expect(decided).toEqual(['pmid:2', 'pmid:3']);
  });

  it('on a radio of a checklist opened in a row the arrows move between its answers, not the rows, and I decides that row', async () => {
    const { root, decided } = await resultList();
    const bravo = root.querySelectorAll('li.result')[1] as HTMLElement;
    await click([...bravo.querySelectorAll('button')].find((b) => b.textContent === 'PICOS checklist…') as HTMLButtonElement);
    const met = bravo.querySelector('.checklist input[type="radio"][value="met"]') as HTMLInputElement;
    await act(async () => met.focus());
    await settle();
    expect(root.querySelector('li.current')).toBe(bravo);
    expect((await press('ArrowDown', met)).defaultPrevented).toBe(false);
    expect(root.querySelector('li.current')).toBe(bravo);
    await press('i', met);
    expect(decided).toEqual(['pmid:2']);
  });
});
