import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPlatform, forgetLeftPages } from '../../platform/background';
import { TAB_READ, WHERE } from '../../lib/messaging/broadcast';

beforeEach(() => fakeBrowser.reset());

describe('browser platform', () => {
  it('keeps tab states in session storage, per tab, and forgets them on request', async () => {
    const platform = browserPlatform();
    const state = { url: 'https://pubmed.ncbi.nlm.nih.gov/1/', extraction: null, rejected: 0, at: 1 };
    await platform.saveTabState(3, state);
    expect(await platform.loadTabState(3)).toEqual(state);
    expect(await platform.loadTabState(4)).toBeUndefined();
    await platform.saveTabState(3, null);
    expect(await platform.loadTabState(3)).toBeUndefined();
  });

  it('tells the extension pages each time a tab is read or its reading dropped, naming the tab', async () => {
    const told: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void told.push(message));
    const platform = browserPlatform();
    await platform.saveTabState(5, { url: 'https://pubmed.ncbi.nlm.nih.gov/1/', extraction: null, rejected: 0, at: 1 });
    await platform.saveTabState(5, null);
    expect(told).toEqual([
      { type: TAB_READ, tabId: 5 },
      { type: TAB_READ, tabId: 5 },
    ]);
  });
});

describe('a tab’s reading once the tab has loaded a page', () => {
  const list = { url: 'https://scholar.google.com/scholar?q=oxytocin', extraction: null, rejected: 0, at: 1 };
  const article = { url: 'https://pubmed.ncbi.nlm.nih.gov/1/', extraction: null, rejected: 0, at: 2 };
  const loaded = (tabId: number) => fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, {} as never);
  /** The tab's page answers WHERE with `href`, or (undefined) no Saring script answers; `meanwhile` runs first. */
  function page(href: string | undefined, meanwhile: () => Promise<unknown> = async () => undefined) {
    return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) => {
      expect(message).toEqual({ type: WHERE });
      await meanwhile();
      if (href === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return href;
    }) as never);
  }

  it('is kept while the page it was read from answers, and dropped when another page or none does', async () => {
    const platform = browserPlatform();
    forgetLeftPages(platform);
    await platform.saveTabState(7, list);
    page(`${list.url}#results`);
    await loaded(7);
    expect(await platform.loadTabState(7)).toEqual(list);
    page(undefined);
    await loaded(7);
    expect(await platform.loadTabState(7)).toBeUndefined();
  });

  it('keeps the new page’s report that came in while the page was asked, answered or not', async () => {
    for (const href of [article.url, undefined]) {
      fakeBrowser.reset();
      const platform = browserPlatform();
      forgetLeftPages(platform);
      await platform.saveTabState(7, list);
      page(href, () => platform.saveTabState(7, article));
      await loaded(7);
      expect(await platform.loadTabState(7)).toEqual(article);
    }
  });

  it('after the background restarted, keeps a report saved while the old reading was read from storage', async () => {
    await fakeBrowser.storage.session.set({ 'tab:7': list }); // nothing held in memory yet
    const platform = browserPlatform();
    forgetLeftPages(platform);
    page(article.url);
    const done = loaded(7);
    await platform.saveTabState(7, article); // the new page's report, during the storage read
    await done;
    expect(await platform.loadTabState(7)).toEqual(article);
  });
});
