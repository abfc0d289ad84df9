import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupApi, type TabStateResponse } from '../../components/popup/Popup';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';
import { setLanguage } from '../../lib/i18n';
import { act } from 'preact/test-utils';
import { button, click, mount } from './render';

const review = ReviewSchema.parse(blankReview('r1', 'Oxytocin massage'));
const article = ArticleSchema.parse({
  title: 'Pijat oksitosin dan produksi ASI',
  authors: ['Sari D', 'Putri A'],
  year: 2021,
  journal: 'Jurnal Kebidanan',
  url: 'https://pubmed.ncbi.nlm.nih.gov/1/',
  source: 'pubmed',
  pmid: '1',
});

function state(overrides: Partial<TabStateResponse> = {}): TabStateResponse {
  return {
    state: { url: article.url, extraction: { site: 'pubmed', kind: 'article', articles: [article] }, rejected: 0, at: 1 },
    statuses: [{ key: 'pmid:1', window: 'pass' }],
    review,
    ...overrides,
  };
}

function api(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    loadState: async () => state(),
    decide: async (_a, value) => ({ key: 'pmid:1', window: 'pass', ...value }),
    readPage: async () => undefined,
    openDashboard: () => undefined,
    ...overrides,
  };
}

/** The popup's listener for its tab's new readings, and a way to tell it of one. */
function tabReads() {
  let heard: (() => void) | undefined;
  const onTabRead = (listener: () => void) => {
    heard = listener;
    return () => undefined;
  };
  return { onTabRead, tell: () => heard?.() };
}

describe('Popup', () => {
  setLanguage('en');

  it('shows the article and saves a decision at once', async () => {
    const decide = vi.fn(api().decide);
    const root = await mount(<Popup api={api({ decide })} />);
    expect(root.querySelector('h2')?.textContent).toBe('Pijat oksitosin dan produksi ASI');
    expect(root.textContent).toContain('Sari D, Putri A');
    await click(button(root, 'Include'));
    // The background knows the record (its key came with the tab state): the decision names it by key.
    expect(decide).toHaveBeenCalledWith({ key: 'pmid:1' }, { decision: 'include', reason: undefined, note: undefined, answers: {} });
    expect(button(root, 'Include').getAttribute('aria-pressed')).toBe('true');
    expect(root.textContent).toContain('Saved.');
  });

  it('says a decision was not saved when storage fails, naming why', async () => {
    const failing = api({ decide: async () => Promise.reject(new Error('The browser has no room left')) });
    const root = await mount(<Popup api={failing} />);
    await click(button(root, 'Exclude'));
    expect(root.textContent).toContain('Not saved: The browser has no room left');
    expect(root.textContent).not.toContain('Saved.');
  });

  it('says when no article was recognised and offers to read the page', async () => {
    const readPage = vi.fn(async () => undefined);
    const root = await mount(<Popup api={api({ loadState: async () => state({ state: null, statuses: [] }), readPage })} />);
    expect(root.textContent).toContain('No article was recognised on this page.');
    await click(button(root, 'Read this page'));
    expect(readPage).toHaveBeenCalled();
  });

  it('shows the article once the page is read, when it was opened before (no asking in between)', async () => {
    const { tell, onTabRead } = tabReads();
    const loadState = vi.fn(async () => state({ state: null, statuses: [] }));
    const root = await mount(<Popup api={api({ loadState, onTabRead })} />);
    expect(root.textContent).toContain('Read this page');
    expect(loadState).toHaveBeenCalledTimes(1);
    loadState.mockImplementation(async () => state());
    await act(async () => tell());
    expect(root.querySelector('h2')?.textContent).toBe('Pijat oksitosin dan produksi ASI');
    expect(loadState).toHaveBeenCalledTimes(2);
  });

  it('shows the newest reading when two answers come back out of order', async () => {
    const { tell, onTabRead } = tabReads();
    const answers: ((answer: TabStateResponse) => void)[] = [];
    const loadState = () => new Promise<TabStateResponse>((resolve) => answers.push(resolve));
    const root = await mount(<Popup api={api({ loadState, onTabRead })} initial={state()} />);
    await act(async () => tell()); // the old page's reading dropped: answered slowly (from the database)
    await act(async () => tell()); // the new page read: answered at once
    await act(async () => answers[1](state()));
    await act(async () => answers[0](state({ state: null, statuses: [] })));
    expect(root.querySelector('h2')?.textContent).toBe('Pijat oksitosin dan produksi ASI');
  });

  it('keeps a half-made decision when the same page is read again (the view is not rebuilt)', async () => {
    const { tell, onTabRead } = tabReads();
    const loadState = vi.fn(async () => state());
    const root = await mount(<Popup api={api({ loadState, onTabRead })} />);
    const note = root.querySelector('textarea');
    expect(note).not.toBeNull();
    await act(async () => {
      note!.value = 'ask the second reviewer';
      note!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => tell());
    expect(loadState).toHaveBeenCalledTimes(2);
    expect(root.querySelector('textarea')?.value).toBe('ask the second reviewer');
  });

  it('shows the stored decision when reopened', async () => {
    const decided = state({ statuses: [{ key: 'pmid:1', window: 'pass', decision: 'exclude', reason: 'wrong population', note: 'men' }] });
    const root = await mount(<Popup api={api({ loadState: async () => decided })} />);
    expect(button(root, 'Exclude').getAttribute('aria-pressed')).toBe('true');
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('wrong population');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('men');
  });
});
