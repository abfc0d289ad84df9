import { browser } from 'wxt/browser';
import { openDrafts } from '../components/drafts';

// The popup's first questions, asked while its code is still loading: the tab's reading (which
// the background holds in memory) and the language setting. A small classic script asks them
// as the page is parsed (entrypoints/popup-early.ts); the popup's module picks the answers up.
// Opening the popup costs ~70 ms of page start here before any module runs: these answers
// arrive within it instead of after it.

export interface EarlyAnswers {
  tabId: Promise<number>;
  /** The background's raw envelope for `tab/state`. */
  state: Promise<unknown>;
  /** What storage.local holds for the language. */
  language: Promise<Record<string, unknown>>;
}

const SLOT = '__saringPopupEarly';
type WithSlot = typeof globalThis & { [SLOT]?: EarlyAnswers };

/** The tab the popup is about: `?tab=<id>` (tests, keyboard users) or the active tab. */
export async function targetTab(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? -1;
}

/** Ask now; the answers wait in a slot on the page's global object. */
export function askEarly(languageKey: string): void {
  const tabId = targetTab();
  const state = tabId.then((id) => browser.runtime.sendMessage({ type: 'tab/state', payload: { tabId: Math.max(id, 0) } }));
  const language = browser.storage.local.get(languageKey) as Promise<Record<string, unknown>>;
  // Failures are the popup's to report when it asks again; nothing is left unhandled here.
  for (const answer of [tabId, state, language]) answer.catch(() => undefined);
  (globalThis as WithSlot)[SLOT] = { tabId, state, language };
  openDrafts();
}

/** The early answers, once (later loads ask afresh). */
export function takeEarly(): EarlyAnswers | undefined {
  const early = (globalThis as WithSlot)[SLOT];
  delete (globalThis as WithSlot)[SLOT];
  return early;
}
