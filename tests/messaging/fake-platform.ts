import type { Platform } from '../../lib/background/platform';
import type { TabState } from '../../lib/messaging/protocol';

/** An in-memory Platform: badges and tab states kept in maps for assertions. */
export function fakePlatform(start = 1_700_000_000_000) {
  const badges = new Map<number, string>();
  const states = new Map<number, TabState>();
  let clock = start;
  let notified = 0;
  const notifiedKeys: (string[] | undefined)[] = [];
  const platform: Platform = {
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    loadTabState: async (tabId) => states.get(tabId),
    saveTabState: async (tabId, state) => void (state ? states.set(tabId, state) : states.delete(tabId)),
    notifyTabs: async (keys) => {
      notified++;
      notifiedKeys.push(keys);
    },
    changes: () => notified,
    now: () => (clock += 1_000),
  };
  return { platform, badges, states, notifications: () => notified, notifiedKeys };
}
