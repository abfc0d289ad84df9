import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { readWith, type Reading } from '../../lib/sites/read';
import type { ReviewInfo, RowStatus } from '../../lib/messaging/protocol';
import { request } from '../../lib/messaging/client';
import { DECISIONS_CHANGED } from '../../lib/messaging/broadcast';
import { initLanguage } from '../../lib/i18n/storage';
import { createRowControls, type ControlRow } from './row-controls';

const NO_REVIEW: ReviewInfo = { title: '', exclusionReasons: [], window: { from: 0, to: 0 }, mode: 'single' };

/** What identifies a reading: a new URL or other rows means a new report. */
function signature(href: string, reading: Reading | null): string {
  if (!reading) return `${href}|none`;
  const { found } = reading;
  return `${href}|${found.kind}|${found.articles.map((a) => a.sourceId ?? a.doi ?? a.title).join('|')}`;
}

/**
 * The content-script loop: read the page, report it to the background, put a control beside
 * every result row, and read again when the site navigates without a reload (URL change) or
 * draws rows late (DOM mutations).
 */
export function runContentScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[]) {
  let last = '';
  let current: Reading | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const controls = createRowControls(document, async (article, decision, reason) => {
    const { status } = await request('decide', { article, decision, reason });
    return status;
  });

  const show = (reading: Reading | null, statuses: RowStatus[], review: ReviewInfo | undefined) => {
    if (reading !== current) return;
    // A page without result rows (an article, another page after navigation) has no bars:
    // clear the old ones so that no shortcut can act on rows that are gone.
    if (!reading || !review || reading.found.kind !== 'results' || !reading.adapter.rows) {
      controls.update([], review ?? NO_REVIEW);
      return;
    }
    const rows = reading.adapter.rows(document, new URL(location.href));
    // Rows and articles come from the same reading of the page; pair them by position
    // only while the page still shows the same rows. Rows Saring could not read get no bar.
    const paired: ControlRow[] = [];
    rows.forEach((row, i) => {
      const article = reading.found.articles[i];
      const status = statuses[i];
      if (article && status && !status.rejected && row.article.title === article.title) paired.push({ element: row.element, article, status });
    });
    controls.update(paired, review);
  };

  const report = async () => {
    const reading = readWith(adapters, document, location.href);
    const sig = signature(location.href, reading);
    if (sig === last) {
      controls.ensure();
      return;
    }
    last = sig;
    current = reading;
    try {
      const { statuses, review } = await request('page/extracted', { url: location.href, extraction: reading?.found ?? null });
      show(reading, statuses, review);
    } catch (error) {
      // Not recorded: read the page again on its next change instead of taking it as done.
      if (last === sig) last = '';
      show(reading, [], undefined);
      console.warn('Saring: could not report this page', error);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void report(), 150);
  };

  void initLanguage().finally(() => void report());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Only changes in or around the result list mean new rows; a ticking widget elsewhere on
  // the page must not make the content script read the page again and again.
  const containers = adapters.map((a) => a.resultsContainer).filter(Boolean).join(', ');
  const ours = (m: MutationRecord) =>
    (m.target as Element).closest?.('[data-saring]') || [...m.addedNodes].every((n) => (n as Element).hasAttribute?.('data-saring'));
  const aboutResults = (m: MutationRecord) => {
    const target = m.target as Element;
    return !containers || !!target.closest?.(containers) || !!target.querySelector?.(containers);
  };
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !ours(m) && aboutResults(m))) schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });

  const onMessage = (message: unknown) => {
    if ((message as { type?: string })?.type !== DECISIONS_CHANGED || !current) return;
    const reading = current;
    request('status/get', { articles: reading.found.articles })
      .then(({ statuses, review }) => show(reading, statuses, review))
      .catch(() => undefined);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    controls.destroy();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
