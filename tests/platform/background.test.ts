import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPlatform } from '../../platform/background';
import { TAB_READ } from '../../lib/messaging/broadcast';

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
