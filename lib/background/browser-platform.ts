import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';
import { broadcastDecisionsChanged } from '../messaging/client';
import type { Platform } from './platform';

const COLORS = { count: '#0f766e', done: '#166534', blocked: '#b45309' } as const;

/**
 * The real browser behind the background handlers (thin wrapper over browser globals).
 * Tab states live in `storage.session`: MV3 may stop the service worker at any time.
 */
export function browserPlatform(): Platform {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const keyOf = (tabId: number) => `tab:${tabId}`;
  return {
    async setBadge(tabId, text, kind) {
      try {
        await action.setBadgeText({ tabId, text });
        if (text) await action.setBadgeBackgroundColor({ tabId, color: COLORS[kind] });
      } catch {
        // the tab closed meanwhile
      }
    },
    async loadTabState(tabId) {
      const key = keyOf(tabId);
      return ((await browser.storage.session.get(key)) as Record<string, TabState | undefined>)[key];
    },
    async saveTabState(tabId, state) {
      if (state) await browser.storage.session.set({ [keyOf(tabId)]: state });
      else await browser.storage.session.remove(keyOf(tabId));
    },
    notifyTabs: broadcastDecisionsChanged,
    now: () => Date.now(),
  };
}
