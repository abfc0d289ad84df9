import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../platform/page-context';
import { createRowControls } from '../../components/page/row-controls';
import { runContentScript } from '../../platform/content-runtime';
import { generic } from '../../lib/sites/generic';
import type { SiteAdapter } from '../../lib/sites/types';
import { googleScholar } from '../../lib/sites/google-scholar';
import { DECISIONS_CHANGED, WHERE } from '../../lib/messaging/broadcast';
import { SITE_HOST } from '../../platform/site-host';
import { background, bars, LOCATION_CHANGED, onScholarPage, pageLang, run, settle, STYLE, URL_OF_PAGE } from './content-harness';

// The content script bundles no words: it asks the background. A background that cannot
// answer yet (still starting) must not leave rows with message keys for labels, and its words
// must be asked for again, not given up on.

onScholarPage();

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

describe('a content script stopped by a newer copy of itself', () => {
  it('draws nothing once stopped, also when its first report comes back afterwards', async () => {
    background(0);
    void runContentScript(new ContentScriptContext('google-scholar'), [googleScholar], createRowControls);
    // "Read this page" injects the same script again (a proxied copy of the site): the first stops.
    new ContentScriptContext('google-scholar');
    await settle(100);
    expect(bars()).toEqual([]);
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

// Both loops: a list script's and the page reader's ("Read this page").
describe.each([false, 'reader'] as const)('the background asking which page a tab shows (%s)', (loop) => {
  it('is answered with the page’s address, the one its reading was reported with', async () => {
    background(0);
    run(loop);
    await settle();
    const answers: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger({ type: WHERE }, {}, (answer: unknown) => void answers.push(answer));
    // (The fake background hears the message too, and refuses it: only the page's answer is a string.)
    expect(answers.filter((answer) => typeof answer === 'string')).toEqual([URL_OF_PAGE]);
  });

  it('is answered with the page last reported while the report of a page the site moved on to is on its way', async () => {
    const asked = background(0);
    run(loop);
    await settle();
    const where = async () => {
      const answers: unknown[] = [];
      await fakeBrowser.runtime.onMessage.trigger({ type: WHERE }, {}, (answer: unknown) => void answers.push(answer));
      return answers.filter((answer) => typeof answer === 'string');
    };
    // The site shows its next page by history.pushState: read again ~150 ms later. A late frame
    // makes the browser say the tab finished loading meanwhile, and the background asks.
    const next = `${URL_OF_PAGE}&start=10`;
    history.pushState(null, '', next);
    window.dispatchEvent(new Event(LOCATION_CHANGED));
    expect(await where()).toEqual([URL_OF_PAGE]);
    await settle(250);
    expect(asked.filter((type) => type === 'page/extracted')).toHaveLength(2);
    expect(await where()).toEqual([next]);
  });
});

describe.each([false, 'reader'] as const)('a page the browser brings back from its back-forward cache (%s)', (loop) => {
  it('is reported again: the background dropped its reading when the tab moved on', async () => {
    const asked = background(0);
    run(loop);
    await settle();
    expect(asked).toEqual(['page/extracted']);
    // Shown again as it was: the same page, the same rows, nothing run from the start.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await settle();
    expect(asked).toEqual(['page/extracted', 'page/extracted']);
    // A page shown for the first time (not from the cache) was reported when the script ran.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    await settle();
    expect(asked).toHaveLength(2);
  });
});

describe('the page reader’s loop (runPageReader)', () => {
  it('reports the article, and not again when the page redraws the same article', async () => {
    const asked = background(0);
    document.head.innerHTML = '<meta name="citation_title" content="Stunting pada balita"><meta name="citation_author" content="Sari, Dewi">';
    run('reader');
    await settle();
    expect(asked).toEqual(['page/extracted']);
    // The same page read again (a redraw) is not reported twice.
    document.body.append(document.createElement('span'));
    await settle(250);
    expect(asked).toEqual(['page/extracted']);
  });

  it('asks about its record when it was decided elsewhere (the background then sets the tab’s badge), not about others', async () => {
    const asked = background(0);
    document.head.innerHTML = '<meta name="citation_title" content="Stunting pada balita"><meta name="citation_author" content="Sari, Dewi">';
    run('reader');
    await settle();
    // (The fake background hears the broadcast too: only the page's requests count.)
    const requests = () => asked.filter((type) => type !== DECISIONS_CHANGED);
    await fakeBrowser.runtime.onMessage.trigger({ type: DECISIONS_CHANGED, keys: ['someone-else'] }, {}, () => undefined);
    await settle();
    expect(requests()).toEqual(['page/extracted']);
    await fakeBrowser.runtime.onMessage.trigger({ type: DECISIONS_CHANGED, keys: ['k0'] }, {}, () => undefined);
    await settle();
    expect(requests()).toEqual(['page/extracted', 'status/get']);
  });
});

// "Read this page" hears what main answers (scripting.executeScript): Chrome hands back nothing of
// a script that threw, so the loop answers its own failure, and the popup says it at once.
describe.each([true, 'reader'] as const)('what the script answers to "Read this page" (%s)', (loop) => {
  it('is true once the page’s reading has reached the background', async () => {
    background(0);
    expect(await run(loop)).toBe(true);
  });

  it('is the reason when the background did not take the report', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: false, error: 'the background is starting' });
      return true;
    });
    expect(await run(loop)).toEqual({ failed: expect.stringContaining('the background is starting') });
  });

  it('is what the reading threw, not a silent wait', async () => {
    const asked = background(0);
    const failing = (adapter: SiteAdapter): SiteAdapter => ({
      ...adapter,
      extract: () => {
        throw new TypeError('row is null');
      },
    });
    // A list script answers "Read this page" only on a proxied copy of its site, where it was told the site's host.
    const injected = globalThis as { [SITE_HOST]?: string };
    if (loop !== 'reader') injected[SITE_HOST] = new URL(URL_OF_PAGE).host;
    try {
      expect(await run(loop, failing(loop === 'reader' ? generic : googleScholar))).toEqual({ failed: 'row is null' });
    } finally {
      delete injected[SITE_HOST];
    }
    // Nothing reported: the popup says why instead of "no citation data".
    expect(asked.filter((type) => type === 'page/extracted')).toEqual([]);
  });
});

describe('a list script run by the manifest as its site loads', () => {
  it('reports a page its adapter failed on as holding nothing, as it always has', async () => {
    const asked = background(0);
    const failing: SiteAdapter = {
      ...googleScholar,
      extract: () => {
        throw new TypeError('row is null');
      },
    };
    expect(await run(true, failing)).toBe(true);
    expect(asked.filter((type) => type === 'page/extracted')).toEqual(['page/extracted']);
  });
});
