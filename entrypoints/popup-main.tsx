import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Popup, type PopupApi } from '../components/popup/Popup';
import { request } from '../platform/messaging';
import { takeEarly } from '../platform/popup-early';
import { initLanguage } from '../platform/language';
import { requestPersistentStorage } from '../platform/persist';
import { readPage } from '../platform/nothing-read';

// The popup's code: a classic script at the end of popup.html, run as soon as it arrives
// (modules start later, after the page's other files), with the stylesheet inlined in the page
// (a linked one would hold the script back). Thin wiring: take the answers the early script
// asked for, give the view its API, render.
// `?tab=<id>` lets the popup be opened as a page for a given tab (tests, keyboard users).
async function main() {
  // Asked by popup-early.js before this script arrived: the background holds the reading in
  // memory, but the browser is busy opening this page, so the answers take ~10 ms to come back.
  const early = takeEarly();
  let first: ReturnType<PopupApi['loadState']> | undefined = early.state;
  const tabId = await early.tabId;
  await initLanguage(early.language);
  const api: PopupApi = {
    loadState: () => {
      const answer = first ?? request('tab/state', { tabId: Math.max(tabId, 0) });
      first = undefined;
      return answer;
    },
    decide: async (target, value) => (await request('decide', { ...target, ...value })).status,
    // Answered by the background when the reader's report arrives (or after 5 s): no polling.
    readPage: () => readPage(tabId, async (after) => (await request('tab/state', { tabId, after })).state?.extraction),
    openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
    // The tab's reading changed since it was asked for: the early answer is out of date too.
    onTabRead: (listener) =>
      early.onTabRead(() => {
        first = undefined;
        listener();
      }),
  };
  // Rendered with the reading when it is already here (the usual case), else it loads.
  const initial = await Promise.race([first.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, 50))]);
  if (initial) first = undefined;
  render(<Popup api={api} initial={initial} />, document.getElementById('app')!);
  // Not before the first render: asking costs a few milliseconds, and the dashboard asks too.
  setTimeout(() => void requestPersistentStorage(), 500);
}

export default defineUnlistedScript(() => void main());
