import { browser } from 'wxt/browser';
import type { Broadcast, TabState } from '../lib/messaging/protocol';
import { broadcastDecisionsChanged } from './messaging';
import type { Platform } from '../lib/background/platform';
import type { TeamPlatform } from '../lib/background/team';
import type { ServerConfig } from '../lib/sync/server';
import { DATA_CHANGED, TAB_READ, TEAM_STATUS, WHERE } from '../lib/messaging/broadcast';
import { readingLeft } from '../lib/background/tab-readings';

const COLORS = { count: '#0f766e', done: '#166534', blocked: '#b45309' } as const;

/**
 * The real browser behind the background handlers (thin wrapper over browser globals).
 * Tab states live in `storage.session`: MV3 may stop the service worker at any time.
 */
export function browserPlatform(): Platform {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const keyOf = (tabId: number) => `tab:${tabId}`;
  const held = new Map<number, TabState>();
  let changes = 0;
  return {
    async setBadge(tabId, text, kind) {
      try {
        await action.setBadgeText({ tabId, text });
        if (text) await action.setBadgeBackgroundColor({ tabId, color: COLORS[kind] });
      } catch {
        // the tab closed meanwhile
      }
    },
    // Tab readings are held in memory while the background runs (the popup gets them at once)
    // and in session storage for when the browser stopped and restarted the background.
    async loadTabState(tabId) {
      if (held.has(tabId)) return held.get(tabId);
      const key = keyOf(tabId);
      const state = ((await browser.storage.session.get(key)) as Record<string, TabState | undefined>)[key];
      if (state) held.set(tabId, state);
      return state;
    },
    async saveTabState(tabId, state) {
      if (state) {
        held.set(tabId, state);
        await browser.storage.session.set({ [keyOf(tabId)]: state });
      } else {
        held.delete(tabId);
        await browser.storage.session.remove(keyOf(tabId));
      }
      // A popup open on this tab asks again (none open: the browser finds no receiver).
      const told: Broadcast = { type: TAB_READ, tabId };
      browser.runtime.sendMessage(told).catch(() => undefined);
    },
    notifyTabs: (keys) => {
      changes++;
      return broadcastDecisionsChanged(keys);
    },
    changes: () => changes,
    now: () => Date.now(),
  };
}

/**
 * A tab's reading belongs to the page it was read from: dropped when the tab closes, and when it
 * has loaded a page the reading is not of. Without the "tabs" permission the browser tells the
 * background no tab's URL (tests/e2e showed none, even on PubMed), so the loaded page is asked
 * (WHERE); no answer means it is a page Saring does not read.
 */
export function forgetLeftPages(platform: Platform): void {
  browser.tabs.onRemoved.addListener((tabId) => void platform.saveTabState(tabId, null));
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'complete' || !(await platform.loadTabState(tabId))) return;
    const page = await browser.tabs.sendMessage(tabId, { type: WHERE }, { frameId: 0 }).then(
      (href: unknown) => (typeof href === 'string' ? href : undefined),
      () => undefined,
    );
    // Read again: the new page may have reported while it was asked.
    const state = await platform.loadTabState(tabId);
    if (!state || !readingLeft(state, page)) return;
    await platform.saveTabState(tabId, null);
    await platform.setBadge(tabId, '', 'count');
  });
}

const TEAM_KEY = 'team-servers';

/**
 * Team sync's side of the browser. Server settings (with the password) live in the
 * extension's own storage — never in IndexedDB, so never in backups or exports.
 */
export function browserTeamPlatform(notifyTabs: (keys?: string[]) => Promise<void>): TeamPlatform {
  const toPages = (message: Broadcast) => browser.runtime.sendMessage(message).catch(() => undefined);
  return {
    async loadConfigs() {
      return (((await browser.storage.local.get(TEAM_KEY)) as Record<string, unknown>)[TEAM_KEY] ?? {}) as Record<string, ServerConfig>;
    },
    async saveConfig(reviewId, config) {
      const all = { ...(await this.loadConfigs()) };
      if (config) all[reviewId] = config;
      else delete all[reviewId];
      await browser.storage.local.set({ [TEAM_KEY]: all });
    },
    fetch: (input, init) => fetch(input, init),
    dataChanged(reviewId) {
      void toPages({ type: DATA_CHANGED, reviewId });
      void notifyTabs();
    },
    statusChanged(reviewId, status) {
      void toPages({ type: TEAM_STATUS, reviewId, status });
    },
    // Calling an extension API keeps an MV3 service worker alive while sync runs.
    keepAlive: () => browser.runtime.getPlatformInfo(),
  };
}
