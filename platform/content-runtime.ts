import { SITE_HOST } from './site-host';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from './page-context';
import type { SiteAdapter } from '../lib/sites/types';
import type { Article, Verdict } from '../lib/model';
import { pageOf, readWith, type Reading } from '../lib/sites/read';
import type { ReviewInfo, RowStatus } from '../lib/messaging/protocol';
import { request } from './messaging';
import { isDecisionsChanged, isWhere } from '../lib/messaging/broadcast';
import { contentLanguage } from './language';
import { addMessages } from '../lib/i18n/page';
import type { ControlRow, createRowControls } from '../components/page/row-controls';
import { failedWith, type ReadOutcome } from '../lib/sites/read-failure';

/** Draws the controls beside result rows: left out by a script whose sites have no result lists
 * (the reader), which then carries none of the in-page UI (Preact, the controls, their words). */
export type MakeRowControls = typeof createRowControls;

const NO_REVIEW: ReviewInfo = { title: '', exclusionReasons: [], window: { from: 0, to: 0 }, mode: 'single' };

/** What identifies a reading: a new URL or other rows means a new report. */
function signature(href: string, reading: Reading | null): string {
  if (!reading) return `${href}|none`;
  const { found } = reading;
  return `${href}|${found.kind}|${found.articles.map((a) => a.sourceId ?? a.doi ?? a.title).join('|')}`;
}

/** True when two readings found the same row elements (the site did not redraw them). */
function sameRows(a: Reading | null, b: Reading | null): boolean {
  const x = a?.found.rows ?? [];
  const y = b?.found.rows ?? [];
  return x.length === y.length && x.every((row, i) => row.element === y[i].element);
}

interface Known {
  statuses: RowStatus[];
  review?: ReviewInfo;
}

/**
 * The rows that get a control: statuses answer the reading's articles one by one, in order; a
 * row the background rejected gets no bar, and a page without result rows none at all (so that
 * no shortcut can act on rows that are gone).
 */
function controlRows(reading: Reading | null, known: Known): ControlRow[] {
  const rows = reading?.found.kind === 'results' && known.review ? (reading.found.rows ?? []) : [];
  const paired: ControlRow[] = [];
  rows.forEach((row, i) => {
    const status = known.statuses[i];
    if (status && !status.rejected) paired.push({ element: row.element, article: row.article, status });
  });
  return paired;
}

/**
 * The controls' words and style: from the background, the words in the reviewer's language only
 * (none are bundled, nor is the stylesheet). Asked for once; after a failure (a background still
 * starting), asked again the next time controls are to be shown — no control is drawn without them.
 */
function pageResources(): { ready: () => Promise<boolean>; loaded: () => boolean; css: () => string } {
  let pending: Promise<boolean> | undefined;
  let loaded = false;
  let css = '';
  const load = async () => {
    const language = await contentLanguage();
    const controls = await request('page/controls', { language });
    addMessages({ en: {}, id: {}, [language]: controls.messages });
    css = controls.css;
    return (loaded = true);
  };
  const ready = () =>
    (pending ??= load().catch((error) => {
      console.warn('Saring: no page messages', error);
      pending = undefined;
      return false;
    }));
  return { ready, loaded: () => loaded, css: () => css };
}

/** A decision on a row's record: by its key once the background gave one, else by the article read. */
async function decideRow(key: string | undefined, article: Article, decision: Verdict, reason?: string): Promise<RowStatus> {
  const { status } = await request('decide', key ? { key, decision, reason } : { article, decision, reason });
  return status;
}

/** The record keys of the page's rows whose decisions changed (`changed`: of these records; absent: any). */
function keysToRefresh(known: Known, changed?: string[]): string[] {
  const ours = [...new Set(known.statuses.map((s) => s.key).filter((key): key is string => !!key))];
  if (!changed) return ours;
  const named = new Set(changed);
  return ours.filter((key) => named.has(key));
}

/**
 * The page's address as its adapter reads it: at the database itself when the popup injected this
 * script into the database reached through a university's proxy, and left the database's host
 * for it (platform/read-page.ts); the proxy keeps the path, so the rest of the address stands.
 */
function siteHref(): string {
  const host = injectedFor();
  return host ? location.href.replace(location.host, host) : location.href;
}

/** The database's own host when "Read this page" injected this script into a proxied copy of it. */
const injectedFor = () => (globalThis as { [SITE_HOST]?: string })[SITE_HOST];

/**
 * The content-script loop: read the page, report it to the background, put a control beside
 * every result row the reading found, and read again when the site navigates without a reload
 * (URL change) or draws rows late (DOM mutations). The controls go on the elements of the
 * latest reading: rows the site redrew with the same articles get them back without a report.
 */
export function runContentScript(ctx: ContentScriptContext, adapters: readonly SiteAdapter[], makeControls?: MakeRowControls) {
  let last = ''; // signature of the reading last reported
  let current: Reading | null = null; // the latest reading of the page
  let known: Known = { statuses: [] };
  // The background answered each row's report with its record key: a decision names it.
  const keyOf = (article: Article) => known.statuses[current?.found.articles.indexOf(article) ?? -1]?.key;
  const controls = makeControls?.(document, (article, decision, reason) => decideRow(keyOf(article), article, decision, reason));
  const resources = controls && pageResources();
  // Drawn with the latest reading and statuses once the words and style are here (at once after the first time).
  const show = () => void resources?.ready().then((ok) => ok && controls?.update(controlRows(current, known), known.review ?? NO_REVIEW, resources.css()));
  // `strict`: the reading "Read this page" asked for (an adapter's failure is said, not read as nothing).
  const report = async (again = false, strict = false): Promise<ReadOutcome> => {
    const reading = readWith(adapters, document, siteHref(), strict);
    const sig = signature(location.href, reading);
    const redrawn = !sameRows(reading, current);
    current = reading;
    if (sig === last && !again) {
      if (redrawn || !resources?.loaded()) show();
      else controls?.ensure();
      return true;
    }
    last = sig;
    known = { statuses: [] };
    let outcome: ReadOutcome = true;
    try {
      const { statuses, review } = await sendReading(reading);
      if (last !== sig) return true; // the page changed meanwhile: a newer report answers for it
      known = { statuses, review };
    } catch (error) {
      // Not recorded: read the page again on its next change instead of taking it as done.
      if (last === sig) last = '';
      console.warn('Saring: no report', error);
      outcome = failedWith(error);
    }
    show();
    return outcome;
  };
  /** Decisions changed elsewhere (of `changed` records, or of any): ask for those rows' statuses, redraw only rows that differ. */
  const refresh = (changed?: string[]) => {
    const sig = last;
    askStatuses(
      keysToRefresh(known, changed),
      () => last === sig,
      (byKey, review) => {
        known = { statuses: known.statuses.map((s) => (s.key && byKey.get(s.key)) || s), review };
        controls?.patch(byKey, review);
      },
    );
  };
  void resources?.ready(); // the words and style, asked for beside the page's report
  // Run by the manifest as a page loads, a failing adapter's page is reported as holding nothing, as ever.
  const first = report(false, !!injectedFor());
  const stop = watchPage(ctx, adapters, (again) => void report(again), refresh);
  ctx.onInvalidated(() => {
    stop();
    controls?.destroy();
  });
  return answered(first);
}

/**
 * What main answers to "Read this page" (scripting.executeScript): the first report's outcome, or
 * what the reading threw (a page the adapter could not read) — said, not left to a silent wait.
 */
const answered = (first: Promise<ReadOutcome>): Promise<ReadOutcome> => first.catch(failedWith);

/** Ask the background for these records' statuses, and `apply` them while the page's reading is still the one asked about. */
function askStatuses(keys: string[], current: () => boolean, apply: (byKey: Map<string, RowStatus>, review: ReviewInfo) => void) {
  if (!keys.length) return;
  request('status/get', { keys })
    .then(({ statuses, review }) => current() && apply(new Map(statuses.map((s) => [s.key as string, s])), review))
    .catch(() => undefined);
}

// The address of the page's last report. A site that moves on by history.pushState reports its
// new page ~150 ms later (watchPage): asked WHERE meanwhile, the script answers the page its
// reading is of, which the coming report replaces, so the tab's reading is not dropped and put back.
let reportedHref: string | undefined;

/** The reading sent to the background, which answers with each row's status and the review. */
const sendReading = (reading: Reading | null) => {
  reportedHref = location.href;
  return request('page/extracted', { url: reportedHref, extraction: reading ? pageOf(reading.found) : null });
};

/**
 * The loop of a script whose pages have no result rows (the page reader): read the page, report
 * it, and read again when the site navigates without a reload or redraws. Without controls it
 * needs none of runContentScript's words, style or decisions, and its bundle carries none
 * (the reader's content script has a size budget, as every one has).
 */
export function runPageReader(ctx: ContentScriptContext, adapters: readonly SiteAdapter[]) {
  let last = ''; // signature of the reading last reported
  let lastFound = ''; // the same without the page's address
  let held: ReturnType<typeof setTimeout> | undefined;
  let known: Known = { statuses: [] };
  const report = async (again = false, strict = false): Promise<ReadOutcome> => {
    const reading = readWith(adapters, document, siteHref(), strict);
    const sig = signature(location.href, reading);
    if (sig === last && !again) return true;
    // A single-page site (Europe PMC, Semantic Scholar) moved to another address before its head's
    // tags told of the new article: read again once they change, or in a second (the same article).
    const found = sig.slice(location.href.length);
    if (!again && !held && found === lastFound && reading) {
      held = setTimeout(report, 1000);
      return true;
    }
    clearTimeout(held);
    held = undefined;
    last = sig;
    lastFound = found;
    try {
      const answer = await sendReading(reading);
      if (last === sig) known = answer; // else the page changed meanwhile: a newer report answers for it
      return true;
    } catch (error) {
      // Not recorded: read the page again on its next change instead of taking it as done.
      if (last === sig) last = '';
      console.warn('Saring: no report', error);
      return failedWith(error);
    }
  };
  // Decided elsewhere (the popup, the dashboard, a teammate): the page's records are asked about,
  // which sets the tab's badge (the background counts what the page still has to decide).
  const refresh = (changed?: string[]) => {
    const keys = keysToRefresh(known, changed);
    if (keys.length) request('status/get', { keys }).catch(() => undefined);
  };
  const first = report(false, true);
  ctx.onInvalidated(watchPage(ctx, adapters, (again) => void report(again), refresh));
  ctx.onInvalidated(() => clearTimeout(held));
  return answered(first);
}

/**
 * Call `read` (debounced) when the URL changes or rows may have changed, and `refresh` when
 * decisions changed elsewhere. Only changes in or around the result list mean new rows: a ticking
 * widget elsewhere on the page must not make the content script read it again and again;
 * `read(true)`: report the page even if its reading is unchanged. Also answers the background's
 * WHERE with the address of the page last reported (see reportedHref). Returns what stops watching.
 */
function watchPage(ctx: ContentScriptContext, adapters: readonly SiteAdapter[], read: (again?: boolean) => void, refresh: (keys?: string[]) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(read, 150);
  };
  ctx.onLocationChange(schedule);
  // Back on this page from the browser's back-forward cache: its scripts were frozen, not run
  // again, and the background dropped its reading when the tab moved on. Reported again.
  ctx.addEventListener<PageTransitionEvent>(window, 'pageshow', (event) => event.persisted && read(true));
  const onMessage = (message: unknown, _sender: unknown, answer: (href: string) => void) => {
    if (isDecisionsChanged(message)) refresh(message.keys);
    else if (isWhere(message)) {
      // "Read this page" asks the tab's own script first (platform/read-page.ts): it reads again.
      if (message.again) read(true);
      answer(reportedHref ?? location.href);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  const containers = adapters
    .map((a) => a.resultsContainer)
    .filter(Boolean)
    .join(', ');
  const ours = (m: MutationRecord) =>
    (m.target as Element).closest?.('[data-saring]') || (m.type === 'childList' && [...m.addedNodes].every((n) => (n as Element).hasAttribute?.('data-saring')));
  const aboutResults = (m: MutationRecord) => {
    const target = m.target as Element;
    return !containers || !!target.closest?.(containers) || !!target.querySelector?.(containers);
  };
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !ours(m) && aboutResults(m))) schedule();
  });
  // A page read from its head (no result list): the head's tags change when a single-page site moves on.
  if (containers) observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  else observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['content'] });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    browser.runtime.onMessage.removeListener(onMessage);
  };
}
