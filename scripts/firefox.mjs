// The one place that says how Saring's tests and measurements start Firefox.
// Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox
// needs its own patched build, which cannot be had here).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Debian's Firefox ESR, or the one FIREFOX_PATH names. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'saring@saring.example';

/**
 * The moz-extension:// host Firefox gives Saring. Firefox picks a random one per profile
 * unless the profile already maps the add-on id to one, so the tests set it.
 */
export const EXTENSION_UUID = '5a71e0c4-2b1d-4c3e-9f0a-6d8b7c9e1f20';

/**
 * Headless Firefox ESR with the unpacked extension in `dir` installed (as a temporary add-on).
 * Downloads go to `downloadDir` without asking. Returns the browser and the installed add-on id.
 */
export async function launchFirefox(dir, downloadDir = mkdtempSync(join(tmpdir(), 'saring-ff-downloads-'))) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox's WebDriver BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Belt and braces: any request the tests do not intercept goes to a dead local proxy,
      // so nothing reaches the network even if Firefox itself dials out.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  const id = await browser.installExtension(dir);
  return { browser, id, downloadDir };
}
