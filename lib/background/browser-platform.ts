import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';
import { DECISIONS_CHANGED } from '../messaging/broadcast';
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
    async notifyTabs() {
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: DECISIONS_CHANGED }).catch(() => undefined),
        ),
      );
    },
    now: () => Date.now(),
  };
}
