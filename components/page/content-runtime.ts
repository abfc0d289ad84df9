import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageExtraction } from '../../lib/model';
import type { SiteAdapter } from '../../lib/sites/types';
import type { RowStatus } from '../../lib/messaging/protocol';
import { request } from '../../lib/messaging/client';
import { DECISIONS_CHANGED } from '../../lib/messaging/broadcast';

/** Run the adapters on the live page; the first that recognises it wins. Never throws. */
export function readPage(adapters: readonly SiteAdapter[], doc: Document, href: string): PageExtraction | null {
  const url = new URL(href);
  for (const adapter of adapters) {
    if (!adapter.accepts(url)) continue;
    try {
      const found = adapter.extract(doc, url);
      if (found) return found;
    } catch (error) {
      console.warn(`Saring: the ${adapter.name} reader failed`, error);
    }
  }
  return null;
}

/** What identifies a reading: a new URL or other rows means a new report. */
function signature(href: string, found: PageExtraction | null): string {
  if (!found) return `${href}|none`;
  return `${href}|${found.kind}|${found.articles.map((a) => a.sourceId ?? a.doi ?? a.title).join('|')}`;
}

export interface ContentHooks {
  /** Called with each new reading and its rows' statuses (in-page controls hook in here). */
  onStatuses?(found: PageExtraction, statuses: RowStatus[]): void;
}

/**
 * The content-script loop: read the page, report it to the background, and read again when
 * the site navigates without a reload (URL change) or draws rows late (DOM mutations).
 */
export function runContentScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[], hooks: ContentHooks = {}) {
  let last = '';
  let current: PageExtraction | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = async () => {
    const found = readPage(adapters, document, location.href);
    const sig = signature(location.href, found);
    if (sig === last) return;
    last = sig;
    current = found;
    try {
      const { statuses } = await request('page/extracted', { url: location.href, extraction: found });
      if (found && found === current) hooks.onStatuses?.(found, statuses);
    } catch (error) {
      console.warn('Saring: could not report this page', error);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void report(), 150);
  };

  void report();
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const observer = new MutationObserver((mutations) => {
    // Our own controls live in shadow roots under marked hosts: their changes are not the site's.
    if (mutations.every((m) => (m.target as Element).closest?.('[data-saring]'))) return;
    schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  const onMessage = (message: unknown) => {
    if ((message as { type?: string })?.type !== DECISIONS_CHANGED || !current) return;
    const found = current;
    request('status/get', { articles: found.articles })
      .then(({ statuses }) => found === current && hooks.onStatuses?.(found, statuses))
      .catch(() => undefined);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
