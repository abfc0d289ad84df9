import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { EXTENSION_UUID, GECKO_ID, launchFirefox } from '../../../scripts/firefox.mjs';
import { tabIdsBy } from '../tab-ids';

/** The Firefox build the tests install (npm test builds it first). See README: why MV2. */
export const FIREFOX_EXTENSION_DIR = resolve(__dirname, '../../../.output/firefox-mv2');
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

// Extension pages see the WebExtension API as `browser`.
declare const browser: typeof import('wxt/browser').browser;

export interface FirefoxSession {
  browser: Browser;
  /** Serve `body` at this exact https URL (query included; the fragment ignored). */
  serve(url: string, body: string, contentType?: string): void;
  /** A new tab whose web requests are answered from `serve` and otherwise aborted. */
  newPage(): Promise<Page>;
  /** Open the popup as a page for the tab of `page`. */
  openPopup(page: Page): Promise<Page>;
  openDashboard(): Promise<Page>;
  /** Point an existing tab at an extension page again (a reload). */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  tabId(page: Page): Promise<number>;
  badge(page: Page): Promise<string>;
  /** The text of the next file that appears in the download folder. */
  nextDownload(timeoutMs?: number): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

/**
 * Puppeteer's `goto` waits for BiDi navigation events that Firefox does not send for
 * moz-extension:// documents, so extension pages are opened with the protocol's own
 * `browsingContext.navigate`, which returns once the page has loaded.
 */
async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext;
  if (!context) throw new Error("puppeteer-core no longer exposes the frame's BiDi browsing context; update navigate() in the Firefox harness");
  await context.navigate(url, 'complete');
}

/** A fixture page served at its URL; any other web request aborted (extension pages pass). */
function answer(served: Map<string, { body: string; contentType: string }>, request: HTTPRequest): void {
  const url = request.url().split('#')[0];
  if (!/^https?:\/\//.test(url)) return void request.continue();
  const page = served.get(url);
  if (page) void request.respond({ status: 200, contentType: page.contentType, body: page.body });
  else void request.abort('internetdisconnected');
}

/**
 * A copy of the Firefox build that holds these host permissions from the start: what the toolbar
 * click grants through activeTab, which nothing can do in a headless browser (MV2 lists hosts
 * among its permissions, granted at install).
 */
function withHosts(hosts: readonly string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'saring-ff-extension-')), 'extension');
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...(manifest.permissions ?? []), ...hosts];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * Headless Firefox ESR with Saring's Firefox build installed. Fixture pages are served at their
 * real https URLs by request interception; every other web request is aborted, so nothing
 * reaches the network.
 */
export async function launchFirefoxSession(hosts: readonly string[] = []): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const { browser: ff, id, downloadDir } = await launchFirefox(hosts.length ? withHosts(hosts) : FIREFOX_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  const served = new Map<string, { body: string; contentType: string }>();
  const newPage = async () => {
    const page = await ff.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => answer(served, request));
    return page;
  };
  // An extension page kept open to ask the WebExtension API about tabs and badges.
  const agent = await ff.newPage();
  await navigate(agent, `${ORIGIN}/dashboard.html`);
  const tabId = tabIdsBy<Page>(() => agent.evaluate(async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id));
  const seen = new Set<string>();

  return {
    browser: ff,
    serve: (url, body, contentType = 'text/html; charset=utf-8') => void served.set(url, { body, contentType }),
    newPage,
    async openPopup(forPage) {
      const tab = await tabId(forPage);
      const page = await ff.newPage();
      await navigate(page, `${ORIGIN}/popup.html?tab=${tab}`);
      return page;
    },
    async openDashboard() {
      const page = await ff.newPage();
      await navigate(page, `${ORIGIN}/dashboard.html`);
      return page;
    },
    gotoExtensionPage: (page, path) => navigate(page, `${ORIGIN}${path}`),
    tabId,
    async badge(page) {
      const tab = await tabId(page);
      // MV2: browserAction (MV3 would be action).
      return agent.evaluate((t) => (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction).getBadgeText({ tabId: t }), tab);
    },
    async nextDownload(timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        // Firefox writes `name.part` first and renames it when the download is complete.
        const files = readdirSync(downloadDir);
        const name = files.find((n) => !seen.has(n) && !n.endsWith('.part') && !files.includes(`${n}.part`));
        const text = name ? readFileSync(join(downloadDir, name), 'utf8') : '';
        if (name && text) {
          seen.add(name);
          return { name, text };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no download arrived in ${downloadDir}`);
    },
    async close() {
      await ff.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
