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
 * Tab readings, held in memory while the background runs (the popup gets them at once) and in
 * session storage for when the browser stopped and restarted the background. Each change tells
 * the extension pages (TAB_READ): a popup open on that tab asks again, the dashboard ignores it.
 */
function tabStates() {
  const keyOf = (tabId: number) => `tab:${tabId}`;
  const held = new Map<number, TabState>();
  const changes = new Map<number, number>(); // per tab: saves and drops so far
  const changed = (tabId: number) => {
    changes.set(tabId, (changes.get(tabId) ?? 0) + 1);
    const told: Broadcast = { type: TAB_READ, tabId };
    browser.runtime.sendMessage(told).catch(() => undefined);
  };
  return {
    async load(tabId: number): Promise<TabState | undefined> {
      if (held.has(tabId)) return held.get(tabId);
      const before = changes.get(tabId);
      const key = keyOf(tabId);
      const state = ((await browser.storage.session.get(key)) as Record<string, TabState | undefined>)[key];
      // Saved or dropped while storage was read (a restarted background): that is the newer one.
      if (changes.get(tabId) !== before) return held.get(tabId);
      if (state) held.set(tabId, state);
      return state;
    },
    async save(tabId: number, state: TabState | null): Promise<void> {
      if (state) held.set(tabId, state);
      else held.delete(tabId);
      changed(tabId);
      if (state) await browser.storage.session.set({ [keyOf(tabId)]: state });
      else await browser.storage.session.remove(keyOf(tabId));
    },
    /** Drop the reading made at `at`, unless another has replaced it; says whether it did. */
    async drop(tabId: number, at: number): Promise<boolean> {
      if (held.get(tabId)?.at !== at) return false;
      await this.save(tabId, null);
      return true;
    },
  };
}

/** The real browser behind the background handlers (thin wrapper over browser globals). */
export function browserPlatform(): Platform & { dropTabState(tabId: number, at: number): Promise<boolean> } {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const tabs = tabStates();
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
    // MV3 may stop the service worker at any time: readings outlive it in storage.session.
    loadTabState: (tabId) => tabs.load(tabId),
    saveTabState: (tabId, state) => tabs.save(tabId, state),
    dropTabState: (tabId, at) => tabs.drop(tabId, at),
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
 * (WHERE). No answer: no Saring script runs there, or not yet (Firefox may run it after the
 * load) — either way the reading is of another page; the page's own report, when it comes, stays.
 */
export function forgetLeftPages(platform: ReturnType<typeof browserPlatform>): void {
  browser.tabs.onRemoved.addListener((tabId) => void platform.saveTabState(tabId, null));
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'complete') return;
    const before = await platform.loadTabState(tabId);
    if (!before) return;
    const page = await browser.tabs.sendMessage(tabId, { type: WHERE }, { frameId: 0 }).then(
      (href: unknown) => (typeof href === 'string' ? href : undefined),
      () => undefined,
    );
    // Only the reading asked about: one the page reported meanwhile is of the page it shows.
    if (!readingLeft(before, page) || !(await platform.dropTabState(tabId, before.at))) return;
    // A report that came in meanwhile has set its own count.
    if (!(await platform.loadTabState(tabId))) await platform.setBadge(tabId, '', 'count');
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
