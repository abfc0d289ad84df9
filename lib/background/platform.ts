import type { TabState } from '../messaging/protocol';

/** What the background handlers need from the browser, so they can be tested without one. */
export interface Platform {
  setBadge(tabId: number, text: string, kind: 'count' | 'done' | 'blocked'): Promise<void>;
  loadTabState(tabId: number): Promise<TabState | undefined>;
  /** Save (null: drop) a tab's reading, and tell a popup open on that tab (TAB_READ). */
  saveTabState(tabId: number, state: TabState | null): Promise<void>;
  /** Tell content scripts that decisions of these records changed (absent: of any record). */
  notifyTabs(keys?: string[]): Promise<void>;
  /**
   * A count that grows with every notifyTabs (decisions, records, the active review or the
   * ranking changed): what the background remembers of a tab is good while it stays the same.
   * Absent: nothing is remembered.
   */
  changes?(): number;
  now(): number;
}
