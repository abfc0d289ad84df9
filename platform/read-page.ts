import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { unproxied } from '../lib/sites/proxied';
import { SITE_HOST } from './site-host';
import { WHERE } from '../lib/messaging/broadcast';
import { t } from '../lib/i18n';
import { injectionFailure, scriptFailure, type ReadFailure } from '../lib/sites/read-failure';

// "Read this page": the tab's own Saring script when one runs there (it reads the page again),
// else the generic reader, or a database's own content script when the tab shows
// that database through a university's proxy ("www-sciencedirect-com.ezproxy.ugm.ac.id"), where
// the manifest's match patterns (made from the registry) do not let it run by itself. That script
// is told the database's own host first, and reads the page as at the database itself.

const READER: ScriptPublicPath = '/content-scripts/reader.js';

/**
 * Inject into the tab what reads it. The browser refuses to run an extension's script in its own
 * pages, the extension store, a PDF it shows or a page that has not finished loading ("Cannot
 * access contents of the page…", in English whatever the reviewer reads): the reviewer hears why in
 * their language, and what to do instead. A reader that ran and failed on the page (Firefox hands
 * back what it threw; any other rejection) is said to have failed, with its reason — never that
 * the browser kept the page (lib/sites/read-failure.ts tells the two apart).
 */
export async function readTab(tabId: number): Promise<void> {
  if (await ownScriptReadsAgain(tabId)) return;
  const { file, host } = await readerFor(tabId);
  let results: unknown;
  try {
    if (host) {
      await browser.scripting.executeScript({
        target: { tabId },
        func: (key: string, value: string) => {
          (globalThis as Record<string, unknown>)[key] = value;
        },
        args: [SITE_HOST, host],
      });
    }
    results = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } catch (error) {
    throw new Error(failureText(injectionFailure(error)));
  }
  const failed = scriptFailure(results);
  if (failed) throw new Error(failureText(failed));
}

/**
 * True when a Saring script already runs in the tab (a database's own, run by the manifest on
 * Google Scholar, PubMed, ScienceDirect or Garuda, or one injected by an earlier press) and was
 * asked to read the page again. The generic reader injected beside a database's script reported
 * too, and the last report won: the popup showed the generic reading of a Scholar result list
 * (no rows) or of a ScienceDirect article (no abstract sections) instead of the database's own.
 * No answer (the browser rejects: no script listens there): the reader is injected.
 */
async function ownScriptReadsAgain(tabId: number): Promise<boolean> {
  try {
    return typeof (await browser.tabs.sendMessage(tabId, { type: WHERE, again: true }, { frameId: 0 })) === 'string';
  } catch {
    return false;
  }
}

/** A failure in the reviewer's language (the popup puts "Saring cannot read this page:" before it). */
export const failureText = (failure: ReadFailure) =>
  failure.kind === 'refused' ? t('popupReadBlocked') : failure.kind === 'unfinished' ? t('popupReaderUnfinished') : t('popupReaderFailed', failure.reason);

/** The script to inject, and the database's own host when the tab shows it through a proxy. */
async function readerFor(tabId: number): Promise<{ file: ScriptPublicPath; host?: string }> {
  const { url } = await browser.tabs.get(tabId);
  if (!url) return { file: READER };
  for (const entry of browser.runtime.getManifest().content_scripts ?? []) {
    const patterns = (entry.matches ?? []).map(matchPattern);
    const script = entry.js?.[0];
    const real = script ? unproxied(url, (candidate) => patterns.some((p) => p.test(candidate.href))) : undefined;
    // A path of this extension's own manifest: one of its content scripts.
    if (real) return { file: `/${script}` as ScriptPublicPath, host: real.host };
  }
  return { file: READER };
}

const literal = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A match pattern ("*://*.example.org/*") as a regular expression over URLs. */
export function matchPattern(pattern: string): RegExp {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return /$^/;
  const [, scheme, host, path] = parts;
  const hosts = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${literal(host.slice(2))}` : literal(host);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hosts}${literal(path).replace(/\*/g, '.*')}$`);
}
