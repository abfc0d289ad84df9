import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { unproxied } from '../lib/sites/proxied';

// "Read this page": the generic reader, or a database's own content script when the tab shows
// that database through a university's proxy ("www-sciencedirect-com.ezproxy.ugm.ac.id"), where
// the manifest's match patterns (made from the registry) do not let it run by itself.

const READER: ScriptPublicPath = '/content-scripts/reader.js';

/** The script to inject into the tab to read it. */
export async function readerFor(tabId: number): Promise<ScriptPublicPath> {
  const { url } = await browser.tabs.get(tabId);
  if (!url) return READER;
  for (const entry of browser.runtime.getManifest().content_scripts ?? []) {
    const patterns = (entry.matches ?? []).map(matchPattern);
    const script = entry.js?.[0];
    // A path of this extension's own manifest: one of its content scripts.
    if (script && unproxied(url, (real) => patterns.some((p) => p.test(real.href)))) return `/${script}` as ScriptPublicPath;
  }
  return READER;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A match pattern ("*://*.example.org/*") as a regular expression over URLs. */
function matchPattern(pattern: string): RegExp {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return /$^/;
  const [, scheme, host, path] = parts;
  const hosts = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hosts}${escape(path).replace(/\*/g, '.*')}$`);
}
