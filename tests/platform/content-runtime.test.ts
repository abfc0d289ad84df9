import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRowControls } from '../../components/page/row-controls';
import { runContentScript, runPageReader } from '../../platform/content-runtime';
import { generic } from '../../lib/sites/generic';
import { googleScholar } from '../../lib/sites/google-scholar';
import { pageMessages } from '../../lib/i18n/page-messages';
import { LANGUAGE_KEY } from '../../platform/language';
import scholar from '../sites/fixtures/google-scholar/results.html?raw';

// The content script bundles no words: it asks the background. A background that cannot
// answer yet (still starting) must not leave rows with message keys for labels, and its words
// must be asked for again, not given up on.

const URL_OF_PAGE = /<!-- url: (\S+) -->/.exec(scholar)![1];
const review = { title: 'R', exclusionReasons: ['other'], window: { from: 2018, to: 2023 }, mode: 'single' };
const pageLang = 'en-GB';
const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
const bars = () => [...document.querySelectorAll('saring-row')].map((el) => el.shadowRoot?.textContent ?? '');

let stop: () => void = () => undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'id' });
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_PAGE);
  document.documentElement.innerHTML = scholar.replace(/^[\s\S]*?<html>/, '').replace(/<\/html>[\s\S]*$/, '');
  document.documentElement.lang = pageLang;
});
afterEach(() => stop());

/** The controls' stylesheet the background serves (entrypoints/background.ts gives it the real one). */
const STYLE = '.bar{display:flex}';

/** The background: words fail `failures` times, then come; every row gets a status. */
function background(failures: number) {
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

function run(withControls = true) {
  const invalidated: (() => void)[] = [];
  const ctx = { addEventListener: () => undefined, onInvalidated: (fn: () => void) => invalidated.push(fn) } as unknown as ContentScriptContext;
  runContentScript(ctx, [googleScholar], withControls ? createRowControls : undefined);
  stop = () => invalidated.forEach((fn) => fn());
}

describe('the content script’s words', () => {
  it('labels the row controls in the reviewer’s language, asked for beside the page’s report', async () => {
    const asked = background(0);
    run();
    await settle();
    expect(asked.slice(0, 2).sort()).toEqual(['page/controls', 'page/extracted']);
    expect(bars().length).toBeGreaterThan(0);
    expect(bars().every((text) => text.includes('Sertakan') && !/decision(Include|Exclude)/.test(text))).toBe(true);
    // Styled with the sheet the background sent with the words: the content script carries none.
    const styles = [...document.querySelectorAll('saring-row')].map((el) => el.shadowRoot?.querySelector('style')?.textContent);
    expect(new Set(styles)).toEqual(new Set([STYLE]));
    // The page keeps its own language: Saring's choice is for its controls only.
    expect(document.documentElement.lang).toBe(pageLang);
  });

  it('draws no control without its words, and asks for them again when the page changes', async () => {
    const asked = background(1);
    run();
    await settle();
    expect(bars()).toEqual([]);
    // The site draws something in its result list: the content script reads again.
    document.querySelector('#gs_res_ccl_mid')?.append(document.createElement('span'));
    await settle(250);
    expect(asked.filter((type) => type === 'page/controls')).toHaveLength(2);
    expect(bars().length).toBeGreaterThan(0);
    expect(bars().every((text) => text.includes('Sertakan'))).toBe(true);
  });
});

describe('a content script without row controls (the page reader)', () => {
  it('reports the page and draws nothing, without asking for words it would not show', async () => {
    const asked = background(0);
    run(false);
    await settle();
    expect(asked).toEqual(['page/extracted']);
    expect(bars()).toEqual([]);
  });
});

describe('the page reader’s loop (runPageReader)', () => {
  it('reports the article, and not again when the page redraws the same article', async () => {
    const asked = background(0);
    document.head.innerHTML = '<meta name="citation_title" content="Stunting pada balita"><meta name="citation_author" content="Sari, Dewi">';
    const invalidated: (() => void)[] = [];
    const ctx = { addEventListener: () => undefined, onInvalidated: (fn: () => void) => invalidated.push(fn) } as unknown as ContentScriptContext;
    runPageReader(ctx, [generic]);
    stop = () => invalidated.forEach((fn) => fn());
    await settle();
    expect(asked).toEqual(['page/extracted']);
    // The same page read again (a redraw) is not reported twice.
    document.body.append(document.createElement('span'));
    await settle(250);
    expect(asked).toEqual(['page/extracted']);
  });
});
