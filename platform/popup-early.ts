import { browser } from 'wxt/browser';
import type { ResponseMap } from '../lib/messaging/protocol';
import { openDrafts } from '../components/drafts';
import { LANGUAGE_KEY } from './language';
import { request } from './messaging';
import { isTabRead } from '../lib/messaging/broadcast';

// The popup's first questions, asked before anything else it does: the tab's reading (which
// the background holds in memory) and the language setting. Every answer needs a round trip
// through the browser, which is busy opening the page (7–10 ms here, 1 ms once it has loaded),
// so they are all asked at once and the popup's own start-up runs while they travel.

export interface EarlyAnswers {
  tabId: Promise<number>;
  /** The background's answer to `tab/state`. */
  state: Promise<ResponseMap['tab/state']>;
  /** What storage.local holds for the language. */
  language: Promise<Record<string, unknown>>;
  /**
   * Call `listener` whenever the background says the tab's reading changed (TAB_READ); returns
   * the way to stop. Heard from the moment the reading was asked for, so a reading that arrived
   * before the popup listened is not missed: the first listener is called for it at once.
   */
  onTabRead(listener: () => void): () => void;
}

/** The tab the popup is about: `?tab=<id>` (tests, keyboard users) or the active tab. */
export async function targetTab(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? -1;
}

/** Ask now, answer later: also opens the drafts' storage, whose first use blocks the page. */
export function askEarly(): EarlyAnswers {
  const tabId = targetTab();
  const state = tabId.then((id) => request('tab/state', { tabId: Math.max(id, 0) }));
  const language = browser.storage.local.get(LANGUAGE_KEY) as Promise<Record<string, unknown>>;
  // Failures are the popup's to report when it reads the answers; nothing is left unhandled here.
  for (const answer of [tabId, state, language]) answer.catch(() => undefined);
  openDrafts();
  return { tabId, state, language, onTabRead: tabReadEvents(tabId) };
}

/** TAB_READ messages about this tab, kept for the first listener if they come before it. */
function tabReadEvents(tabId: Promise<number>): EarlyAnswers['onTabRead'] {
  let id: number | undefined; // unknown until asked for; the reading is asked for after that
  tabId.then((known) => (id = known)).catch(() => undefined);
  const listeners = new Set<() => void>();
  let unheard = false;
  // Returns nothing and answers nothing: no answer of the popup's may stand in for the background's.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isTabRead(message) || message.tabId !== id) return;
    unheard = listeners.size === 0;
    for (const listener of listeners) listener();
  });
  return (listener) => {
    listeners.add(listener);
    if (unheard) listener();
    unheard = false;
    return () => void listeners.delete(listener);
  };
}

// The popup page loads a tiny classic script (entrypoints/popup-early.ts) before its main one.
// It arrives and runs while the main script is still streaming in (7–10 ms here), so the
// questions leave that much earlier; the answers are parked on a global for the main script.
const PARKED = '__saringEarly';
type Parking = Record<typeof PARKED, EarlyAnswers | undefined>;

/** Ask now and park the answers for the main script: the early script's whole job. */
export function parkEarly(): void {
  (globalThis as unknown as Parking)[PARKED] = askEarly();
}

/** The answers the early script asked for, taken once; else asked now (a page without it). */
export function takeEarly(): EarlyAnswers {
  const parking = globalThis as unknown as Parking;
  const parked = parking[PARKED];
  parking[PARKED] = undefined;
  return parked ?? askEarly();
}
