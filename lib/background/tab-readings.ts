import type { ResponseMap, TabState } from '../messaging/protocol';
import type { Platform } from './platform';

/**
 * Whether a tab's reading is of a page the tab has left. `page`: the tab's page as its Saring
 * script answered (`location.href`); undefined when none answered (none runs there, or not yet):
 * not the page read. A moved fragment (#results) is the same page.
 */
export function readingLeft(state: TabState, page: string | undefined): boolean {
  return page === undefined || page.split('#')[0] !== state.url.split('#')[0];
}

/**
 * Where tab readings are saved, and how the popup waits for the next one ("Read this page")
 * without asking again and again: it is answered when the reading arrives, or after 5 s.
 */
export function tabReadings(platform: Platform, waitMs = 5_000) {
  const waiting = new Map<number, Set<() => void>>();
  // The popup's answer for a tab, as computed when the tab was read, while nothing changed since.
  const answers = new Map<number, { at: number; changes: number; answer: ResponseMap['tab/state'] }>();
  return {
    async save(tabId: number, state: TabState, answer?: Omit<ResponseMap['tab/state'], 'state'>) {
      await platform.saveTabState(tabId, state);
      answers.delete(tabId);
      if (answer) this.remember(tabId, { ...answer, state });
      for (const wake of waiting.get(tabId) ?? []) wake();
    },
    remember(tabId: number, answer: ResponseMap['tab/state']) {
      if (answer.state && platform.changes) answers.set(tabId, { at: answer.state.at, changes: platform.changes(), answer });
    },
    remembered(tabId: number, state: TabState | null): ResponseMap['tab/state'] | undefined {
      const known = answers.get(tabId);
      return known && state && known.at === state.at && known.changes === platform.changes?.() ? known.answer : undefined;
    },
    async after(tabId: number, since: number): Promise<TabState | null> {
      const fresh = async () => {
        const state = await platform.loadTabState(tabId);
        return state && state.at >= since ? state : undefined;
      };
      const now = await fresh();
      if (now) return now;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.get(tabId)?.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        waiting.set(tabId, (waiting.get(tabId) ?? new Set()).add(wake));
      });
      return (await fresh()) ?? null;
    },
  };
}
