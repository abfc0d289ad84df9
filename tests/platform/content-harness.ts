// The content-script loops' test bench: a Google Scholar page, a fake background and a loop run
// on the page with a context the test stops (and tells of URL changes by its own event).
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '../../platform/page-context';
import { createRowControls } from '../../components/page/row-controls';
import { runContentScript, runPageReader } from '../../platform/content-runtime';
import { generic } from '../../lib/sites/generic';
import type { SiteAdapter } from '../../lib/sites/types';
import { googleScholar } from '../../lib/sites/google-scholar';
import { pageMessages } from '../../lib/i18n/page-messages';
import { LANGUAGE_KEY } from '../../platform/language';
import scholar from '../sites/fixtures/google-scholar/results.html?raw';

export const URL_OF_PAGE = /<!-- url: (\S+) -->/.exec(scholar)![1];
export const review = { title: 'R', exclusionReasons: ['other'], window: { from: 2018, to: 2023 }, mode: 'single' };
export const pageLang = 'en-GB';
export const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
export const bars = () => [...document.querySelectorAll('saring-row')].map((el) => el.shadowRoot?.textContent ?? '');

let stop: () => void = () => undefined;

/** Each test on the Scholar page, in a reviewer's profile that speaks Indonesian; its loop stopped after it. */
export function onScholarPage(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'id' });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_PAGE);
    document.documentElement.innerHTML = scholar.replace(/^[\s\S]*?<html>/, '').replace(/<\/html>[\s\S]*$/, '');
    document.documentElement.lang = pageLang;
  });
  afterEach(() => stop());
}

/** The controls' stylesheet the background serves (entrypoints/background.ts gives it the real one). */
export const STYLE = '.bar{display:flex}';

/** The background: words fail `failures` times, then come; every row gets a status. */
export function background(failures: number) {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: { type: string; payload: { language?: 'en' | 'id'; extraction?: { articles: unknown[] } } }, _sender, sendResponse) => {
    asked.push(message.type);
    if (message.type === 'page/controls') {
      if (failures-- > 0) sendResponse({ ok: false, error: 'the background is starting' });
      else sendResponse({ ok: true, data: { messages: pageMessages(message.payload.language ?? 'en'), css: STYLE } });
    } else if (message.type === 'page/extracted') {
      const statuses = (message.payload.extraction?.articles ?? []).map((_, i) => ({ key: `k${i}`, window: 'pass' }));
      sendResponse({ ok: true, data: { statuses, review } });
    } else sendResponse({ ok: false, error: `not in this test: ${message.type}` });
    return true;
  });
  return asked;
}

export const LOCATION_CHANGED = 'test:location-changed';

/** Run a loop on the page: a list script's with or without its controls, or the page reader's. */
export function run(withControls: boolean | 'reader' = true, adapter: SiteAdapter = withControls === 'reader' ? generic : googleScholar): Promise<unknown> {
  const invalidated: (() => void)[] = [];
  const listening: (() => void)[] = [];
  const ctx = {
    addEventListener(target: EventTarget, type: string, listener: EventListener) {
      target.addEventListener(type, listener);
      listening.push(() => target.removeEventListener(type, listener));
    },
    onInvalidated: (fn: () => void) => invalidated.push(fn),
    // Told by a test's event: the real context's watching is tested in page-context.test.ts.
    onLocationChange(fn: () => void) {
      window.addEventListener(LOCATION_CHANGED, fn);
      listening.push(() => window.removeEventListener(LOCATION_CHANGED, fn));
    },
  } as unknown as ContentScriptContext;
  stop = () => [...invalidated, ...listening].forEach((fn) => fn());
  if (withControls === 'reader') return runPageReader(ctx, [adapter]);
  return runContentScript(ctx, [adapter], withControls ? createRowControls : undefined);
}
