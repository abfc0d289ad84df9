import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';
import { tabIdsBy } from './tab-ids';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
export declare const chrome: typeof browser;

/** The built extension the tests load (npm test builds it first). */
export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serve `body` at this exact https URL (query included; the fragment ignored). */
  serve(url: string, body: string, contentType?: string): void;
  /** Open the popup as a page for the tab of `page`. */
  openPopup(page: Page): Promise<Page>;
  openDashboard(): Promise<Page>;
  tabId(page: Page): Promise<number>;
  badge(page: Page): Promise<string>;
  /**
   * Grant the optional host permission for an origin pattern, as the reviewer does by
   * accepting the browser's prompt (headless Chromium cannot show that prompt): through the
   * extensions page's own API, the one chrome://extensions uses for "site access".
   */
  grantOrigin(pattern: string): Promise<void>;
  /** Let requests to this origin through (a test server on 127.0.0.1); all else stays cut off. */
  allowLoopback(origin: string): void;
  /** The session's folder: browser profile (and extension copy). */
  profile: string;
  /** Close the browser; its profile is deleted unless kept (to launch again on it). */
  close(keepProfile?: boolean): Promise<void>;
}

/** Fixture pages answered at their URLs, 127.0.0.1 origins let through when asked, every other request aborted. */
async function routeFixtures(context: BrowserContext) {
  const pages = new Map<string, { body: string; contentType: string }>();
  const loopback = new Set<string>();
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url().split('#')[0];
    const page = pages.get(url);
    if (page) await route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    else if (loopback.has(new URL(url).origin)) await route.continue();
    else await route.abort('internetdisconnected');
  });
  return { pages, loopback };
}

/** Grant the extension a host permission as the reviewer would on chrome://extensions. */
async function grantOrigin(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  const error = await page.evaluate(
    ([id, host]) =>
      new Promise<string>((resolve) =>
        // @ts-expect-error chrome.developerPrivate exists on chrome://extensions only
        chrome.developerPrivate.addHostPermission(id, host, () => resolve(chrome.runtime.lastError?.message ?? '')),
      ),
    [extensionId, pattern],
  );
  await page.close();
  if (error) throw new Error(`could not grant ${pattern}: ${error}`);
}

export interface LaunchOptions {
  /** Host permissions the toolbar click would have granted (see withHosts). */
  hosts?: readonly string[];
  /** The folder of a closed session kept with `close(true)`: the browser starts again on its data. */
  profile?: string;
}

/**
 * A copy of the built extension that holds these host permissions from the start. Clicking the
 * toolbar button grants activeTab on the tab, which nothing can do in headless Chromium (and a
 * popup opened as a page lacks). grantOrigin does not stand in for it: chrome://extensions'
 * grant only lets a later permissions.request pass without a prompt, and activeTab asks none.
 */
function withHosts(profile: string, hosts: readonly string[]): string {
  const dir = join(profile, 'extension');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * Real Chromium with Saring loaded. Fixture pages are served at their real https URLs by
 * request routing; every other web request is aborted, so nothing reaches the network.
 */
export async function launch({ hosts = [], profile = mkdtempSync(join(tmpdir(), 'saring-e2e-')) }: LaunchOptions = {}): Promise<Session> {
  const context = await chromium.launchPersistentContext(join(profile, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: extensionArgs(hosts.length ? withHosts(profile, hosts) : EXTENSION_DIR),
  });
  const { pages, loopback } = await routeFixtures(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const tabId = tabIdsBy<Page>(() => worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id));

  return {
    context,
    extensionId,
    worker,
    serve: (url, body, contentType = 'text/html; charset=utf-8') => void pages.set(url, { body, contentType }),
    async openPopup(forPage) {
      const id = await tabId(forPage);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
      return page;
    },
    async openDashboard() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
      return page;
    },
    tabId,
    async badge(page) {
      const id = await tabId(page);
      return worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id);
    },
    allowLoopback(origin) {
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) throw new Error(`only 127.0.0.1 may be let through, not ${origin}`);
      loopback.add(origin);
    },
    grantOrigin: (pattern) => grantOrigin(context, extensionId, pattern),
    profile,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until `probe` returns a truthy value (polling; for state that settles asynchronously). */
export async function eventually<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Wait until a results page shows `n` of Saring's row controls. */
export async function rowControls(page: Page, n: number, what: string): Promise<void> {
  await eventually(
    () =>
      page
        .locator('saring-row')
        .count()
        .then((count) => count === n),
    what,
  );
}
