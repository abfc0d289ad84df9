import { browser } from 'wxt/browser';
import type { TeamEnv } from '../../components/dashboard/team-env';
import { request } from '../../platform/messaging';
import { DATA_CHANGED, TEAM_STATUS } from '../../lib/messaging/broadcast';
import { parseBroadcast, type Broadcast, type BroadcastOf } from '../../lib/messaging/protocol';
import { originPattern } from '../../lib/sync/server';

/** Listen to one kind of background message (parsed with its schema) while the listener is wanted. */
function listen<T extends Broadcast['type']>(type: T, handle: (message: BroadcastOf<T>) => void): () => void {
  const listener = (message: unknown) => {
    const parsed = parseBroadcast(type, message);
    if (parsed) handle(parsed);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Team sync as the dashboard sees it: the browser's permission prompt, and the background. */
export function teamEnv(): TeamEnv {
  return {
    async allowOrigin(url) {
      const origins = [originPattern(url)];
      // Firefox also asks the reviewer to agree that the review travels to that server.
      const dataCollection = import.meta.env.FIREFOX ? { data_collection: ['searchTerms', 'websiteContent'] } : {};
      try {
        return await browser.permissions.request({ origins, ...dataCollection } as Parameters<typeof browser.permissions.request>[0]);
      } catch {
        // An older Firefox without data-collection consent: ask for the origin alone.
        return browser.permissions.request({ origins });
      }
    },
    connect: (config) => request('team/connect', config),
    disconnect: async (reviewId) => void (await request('team/disconnect', { reviewId })),
    status: (reviewId) => request('team/status', { reviewId }),
    onStatus: (listener) => listen(TEAM_STATUS, (m) => listener(m.reviewId, m.status)),
    onDataChanged: (listener) => listen(DATA_CHANGED, (m) => listener(m.reviewId)),
  };
}
