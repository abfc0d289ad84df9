import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPlatform } from '../../platform/background';

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
});
