import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../components/popup/Popup';
import { request } from '../../platform/messaging';
import { initLanguage } from '../../platform/language';
import { requestPersistentStorage } from '../../platform/persist';

// Thin wiring: find the tab, give the view its API, render.
// `?tab=<id>` lets the popup be opened as a page for a given tab (tests, keyboard users).
async function targetTab(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? -1;
}

async function waitForState(tabId: number, since: number): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const { state } = await request('tab/state', { tabId });
    if (state && state.at >= since) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the page gave no citation data');
}

async function main() {
  await initLanguage();
  void requestPersistentStorage();
  const tabId = await targetTab();
  const api: PopupApi = {
    loadState: () => request('tab/state', { tabId: Math.max(tabId, 0) }),
    decide: async (target, value) => (await request('decide', { ...target, ...value })).status,
    async readPage() {
      const since = Date.now();
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/reader.js'] });
      await waitForState(tabId, since);
    },
    openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  };
  render(<Popup api={api} />, document.getElementById('app')!);
}

void main();
