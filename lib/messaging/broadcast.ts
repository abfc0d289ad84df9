// Kept apart from protocol.ts (which holds the schemas of these messages, `BroadcastSchema`)
// so content scripts can import it without pulling in Zod.

import { PAGE_LIMITS, RECORD_KEY_MAX } from '../model/limits';

/** Background → tabs: decisions changed; content scripts ask again for their rows' statuses. */
export const DECISIONS_CHANGED = 'saring/decisions-changed';

/** Background → extension pages: a review's data changed (arrived from the team server). */
export const DATA_CHANGED = 'saring/data-changed';

/** Background → extension pages: where team sync of a review stands. */
export const TEAM_STATUS = 'saring/team-status';

/**
 * Background → extension pages: a tab's reading was saved or dropped (its page was read, or the
 * tab left that page). A popup showing that tab asks for it again: a popup opened while the page
 * was still loading shows the article once the page is read, without asking over and over.
 */
export const TAB_READ = 'saring/tab-read';

/**
 * Background → a tab's content script: "which page are you?", answered with its `location.href`.
 * Without the "tabs" permission the background never sees a tab's URL (not even on the sites
 * Saring reads), so when a tab finishes loading it asks the page itself: no answer means no page
 * Saring reads is there any more, and the tab's reading is dropped.
 */
export const WHERE = 'saring/where';

/** Most record keys one DECISIONS_CHANGED message names (team sync names what it pulled). */
export const BROADCAST_KEYS_MAX = 100_000;

/**
 * The changed records worth naming to the tabs: none (meaning "any") when there are more than a
 * page can show, since a tab then asks for all its rows at no greater cost than for those named.
 */
export function keysWorthNaming(keys: string[] | undefined): string[] | undefined {
  return keys && keys.length <= PAGE_LIMITS.rows ? keys : undefined;
}

/**
 * The content scripts' check of a DECISIONS_CHANGED message, without Zod: the same answers as
 * `BroadcastSchema` (tests/messaging/broadcast.test.ts holds them together).
 */
export function isDecisionsChanged(message: unknown): message is { type: typeof DECISIONS_CHANGED; keys?: string[] } {
  const m = message as { type?: unknown; keys?: unknown } | null;
  if (m?.type !== DECISIONS_CHANGED) return false;
  const keys = m.keys;
  return keys === undefined || (Array.isArray(keys) && keys.length <= BROADCAST_KEYS_MAX && keys.every((k) => typeof k === 'string' && k.length > 0 && k.length <= RECORD_KEY_MAX));
}

/** The popup's check of a TAB_READ message, without Zod: the same answers as `BroadcastSchema`. */
export function isTabRead(message: unknown): message is { type: typeof TAB_READ; tabId: number } {
  const m = message as { type?: unknown; tabId?: unknown } | null;
  return m?.type === TAB_READ && Number.isSafeInteger(m.tabId) && (m.tabId as number) >= 0;
}

/**
 * The content scripts' check of a WHERE question. `again`: asked by "Read this page" (the popup,
 * platform/read-page.ts), which asks the tab's own Saring script before it injects the generic
 * reader: the script that answers reads its page again and reports it.
 */
export function isWhere(message: unknown): message is { type: typeof WHERE; again?: boolean } {
  return (message as { type?: unknown } | null)?.type === WHERE;
}
