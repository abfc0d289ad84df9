import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { injectionFailure } from '../lib/sites/read-failure';
import { unproxied } from '../lib/sites/proxied';
import { failureText, matchPattern, readTab } from './read-page';

// "Read this page" read the tab, and the reading holds nothing: the popup says why, so that the
// reviewer knows what to do — wait for the page, open the article's own page, or search — instead
// of "no data". Looked at from here, by a function run once in the tab, not by the reader: the
// reader's content script has a size budget (15,000 B gzip), and every byte of it is reading.

/** What the tab shows, as far as the reason goes. */
export interface PageLook {
  /** Still loading (the reader read it before its head's tags or a single-page site's article were in). */
  loading: boolean;
  /** Any citation data at all: Highwire `citation_*` (and LWW's, Digital Commons' copies), Dublin Core, PRISM, EPrints, COinS, a JSON-LD article. */
  citation: boolean;
}

/**
 * Run in the tab by scripting.executeScript, which sends the function's text: it uses nothing
 * from outside itself (not even a bundler's helper: Array.from, not spread). The tags are those
 * the generic reader reads (lib/sites/generic.ts).
 */
export function lookAtPage(): PageLook {
  const named = Array.from(document.querySelectorAll('meta[name]')).some((meta) =>
    /^(?:citation_|dc\.|dcterms\.|prism\.|eprints\.|wkhealth_|bepress_citation_)/i.test(meta.getAttribute('name') ?? ''),
  );
  const ld = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).some((script) => /"@type"\s*:\s*\[?\s*"\w*Article"/.test(script.textContent ?? ''));
  return { loading: document.readyState !== 'complete', citation: named || ld || !!document.querySelector('span.Z3988') };
}

/**
 * Why a reading holds nothing, in the reviewer's language (after "Saring cannot read this page:").
 * `database`: the tab shows a database Saring reads by itself (Google Scholar, PubMed, ScienceDirect,
 * Garuda, or one through a proxy), whose reader read a page of it that is neither a result list nor
 * an article (PubMed's home, Scholar's settings). Else the generic reader found no article in a page
 * without citation data (a journal's home or an issue's contents), or in citation data it cannot use.
 */
export function nothingReadText(page: PageLook | undefined, database: boolean): string {
  if (page?.loading) return t('popupReadLoading');
  if (database) return t('popupReadNotListOrArticle');
  return page && !page.citation ? t('popupReadNotArticle') : t('popupReadNoData');
}

/** Whether the tab shows a database a content script of the manifest reads, at its own address or through a proxy. */
async function onDatabase(tabId: number): Promise<boolean> {
  const { url } = await browser.tabs.get(tabId);
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((entry) => entry.matches ?? []).map(matchPattern);
  const read = (at: URL) => patterns.some((pattern) => pattern.test(at.href));
  return !!url && (patterns.some((pattern) => pattern.test(url)) || !!unproxied(url, read));
}

/** Look at the tab; a tab the browser keeps from extensions (the page moved on to one) says so. */
async function whyNothingRead(tabId: number): Promise<string> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: lookAtPage });
    return nothingReadText(frame?.result as PageLook | undefined, await onDatabase(tabId));
  } catch (error) {
    return failureText(injectionFailure(error));
  }
}

/**
 * "Read this page": read the tab, wait for the reading made after the press (`readingAfter`, which
 * the background answers once the report arrives, or after 5 s) and, when the page was read as
 * nothing (the reader reports that too), fail with the reason. A page read as a list or an article
 * is shown as read: a search that found nothing, Google Scholar's robot check (the popup says so).
 */
export async function readPage(tabId: number, readingAfter: (since: number) => Promise<unknown>): Promise<void> {
  const since = Date.now();
  await readTab(tabId);
  if (await readingAfter(since)) return;
  throw new Error(await whyNothingRead(tabId));
}
