import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askEarly, parkEarly, takeEarly } from '../../platform/popup-early';
import { LANGUAGE_KEY, loadLanguageSetting } from '../../platform/language';
import { TAB_READ } from '../../lib/messaging/broadcast';

beforeEach(() => fakeBrowser.reset());

describe('the popup’s early questions', () => {
  it('asks the background for the ?tab= tab’s reading and reads the language, at once', async () => {
    const asked: unknown[] = [];
    // The fake answers like Chromium: through sendResponse, when the listener returns true.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      asked.push(message);
      sendResponse({ ok: true, data: { state: null, statuses: [], review: { title: 'R' } } });
      return true;
    });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'id' });
    history.replaceState(null, '', '/popup.html?tab=42');
    const early = askEarly();
    expect(await early.tabId).toBe(42);
    expect(await early.state).toMatchObject({ review: { title: 'R' } });
    expect(asked).toEqual([{ type: 'tab/state', payload: { tabId: 42 } }]);
    expect(await loadLanguageSetting(early.language)).toBe('id');
  });

  it('passes on the background’s refusal as the popup’s error', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: false, error: 'No review yet' });
      return true;
    });
    history.replaceState(null, '', '/popup.html?tab=7');
    await expect(askEarly().state).rejects.toThrow('No review yet');
  });

  it('opens the drafts’ storage while the answers travel (its first use blocks the page)', () => {
    const storage = localStorage;
    const opened = vi.fn(() => storage);
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { get: opened, configurable: true });
    history.replaceState(null, '', '/popup.html?tab=7');
    askEarly();
    expect(opened).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('the early script’s answers, parked for the main script', () => {
  it('are taken once: the main script does not ask again, and a later take asks anew', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      asked.push(message);
      sendResponse({ ok: true, data: { state: null, statuses: [], review: { title: 'R' } } });
      return true;
    });
    history.replaceState(null, '', '/popup.html?tab=5');
    parkEarly();
    const early = takeEarly();
    expect(await early.tabId).toBe(5);
    await early.state;
    expect(asked).toHaveLength(1);
    // Nothing parked any more (a page without the early script): the main script asks itself.
    await takeEarly().state;
    expect(asked).toHaveLength(2);
  });
});

describe('the tab’s reading changing while the popup is open', () => {
  /** The background answers every request with no reading; TAB_READ messages it sends are triggered. */
  function background() {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true, data: { state: null, statuses: [], review: { title: 'R' } } });
      return true;
    });
    const tell = (tabId: number) => fakeBrowser.runtime.onMessage.trigger({ type: TAB_READ, tabId }, {}, () => undefined);
    return { tell };
  }

  it('calls the listener for its own tab only, until it stops', async () => {
    const { tell } = background();
    history.replaceState(null, '', '/popup.html?tab=9');
    const early = askEarly();
    await early.state;
    const heard = vi.fn();
    const stop = early.onTabRead(heard);
    await tell(9);
    await tell(10);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await tell(9);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does not miss a reading that arrived after it was asked for but before the popup listened', async () => {
    const { tell } = background();
    history.replaceState(null, '', '/popup.html?tab=9');
    const early = askEarly();
    await early.state;
    await tell(9);
    const heard = vi.fn();
    early.onTabRead(heard);
    expect(heard).toHaveBeenCalledTimes(1);
    // Told once: a second listener is not told again of the same change.
    const second = vi.fn();
    early.onTabRead(second);
    expect(second).not.toHaveBeenCalled();
  });
});
