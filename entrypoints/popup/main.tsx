import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../components/popup/Popup';
import { answerOf, request } from '../../platform/messaging';
import { takeEarly, targetTab } from '../../platform/popup-early';
import { initLanguage } from '../../platform/language';
import { t } from '../../lib/i18n';
import { requestPersistentStorage } from '../../platform/persist';

// Thin wiring: find the tab, give the view its API, render.
// `?tab=<id>` lets the popup be opened as a page for a given tab (tests, keyboard users).
async function main() {
  // The tab's reading and the language were asked for by popup-early.js while this code loaded
  // (asked now when that script did not run): the background holds the reading in memory.
  const early = takeEarly();
  const tabId = await (early?.tabId ?? targetTab());
  let first: ReturnType<PopupApi['loadState']> | undefined = early ? answerOf<'tab/state'>(early.state) : request('tab/state', { tabId: Math.max(tabId, 0) });
  first.catch(() => undefined);
  await initLanguage(early?.language);
  const api: PopupApi = {
    loadState: () => {
      const answer = first ?? request('tab/state', { tabId: Math.max(tabId, 0) });
      first = undefined;
      return answer;
    },
    decide: async (target, value) => (await request('decide', { ...target, ...value })).status,
    async readPage() {
      const since = Date.now();
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/reader.js'] });
      // Answered by the background when the reader's report arrives (or after 5 s): no polling.
      const { state } = await request('tab/state', { tabId, after: since });
      // The reader reports a page it could not read too (no extraction): say so, not nothing.
      if (!state?.extraction) throw new Error(t('popupReadNoData'));
    },
    openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  };
  // Rendered with the reading when it is already here (the usual case), else it loads.
  const initial = await Promise.race([first.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, 50))]);
  if (initial) first = undefined;
  render(<Popup api={api} initial={initial} />, document.getElementById('app')!);
  // Not before the first render: asking costs a few milliseconds, and the dashboard asks too.
  setTimeout(() => void requestPersistentStorage(), 500);
}

void main();
