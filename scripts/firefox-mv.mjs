#!/usr/bin/env node
// Measures Saring's two possible Firefox builds, MV2 and MV3, in Firefox ESR: what works and how
// fast (the README's "Firefox: MV2 or MV3" rests on it). Prints one JSON line per build.
// Run: npm run measure:firefox-mv  (builds both; about two minutes: it waits out an idle period).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_UUID, launchFirefox } from './firefox.mjs';

const IDLE_MS = Number(process.env.IDLE_MS ?? 45_000); // Firefox stops an idle event page after 30 s
const PUBMED = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const html = readFileSync(resolve(import.meta.dirname, '../tests/e2e/fixtures/pubmed-oxytocin-results.html'), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Open an extension page (see tests/e2e/firefox/harness.ts for why not page.goto). */
const open = (page, path) => page.mainFrame().browsingContext.navigate(`moz-extension://${EXTENSION_UUID}${path}`, 'complete');

async function measure(build) {
  const out = { build };
  let t = Date.now();
  const { browser } = await launchFirefox(resolve(import.meta.dirname, `../.output/${build}`)).catch((e) => ({ error: e }));
  if (!browser) return { ...out, installed: false };
  out.launch_and_install_ms = Date.now() - t;
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) =>
      r.url().startsWith(PUBMED) ? r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : /^https?:/.test(r.url()) ? r.abort() : r.continue(),
    );
    t = Date.now();
    await page.goto(PUBMED);
    out.row_controls_ms = await page
      .waitForFunction(() => document.querySelectorAll('saring-row').length === 2, { timeout: 10_000 })
      .then(
        () => Date.now() - t,
        () => null,
      );
    const agent = await browser.newPage();
    await open(agent, '/dashboard.html');
    await agent.waitForSelector('nav.tabs');
    Object.assign(
      out,
      await agent.evaluate(async () => {
        const granted = await browser.permissions.getAll();
        let session = false;
        try {
          await browser.storage.session.set({ probe: 1 });
          session = (await browser.storage.session.get('probe')).probe === 1;
        } catch {}
        const background = await browser.runtime.getBackgroundPage();
        background.__saringProbe = 1;
        return { api_permissions: granted.permissions, host_origins_granted: granted.origins.length, storage_session: session };
      }),
    );
    await page.bringToFront();
    const tabId = await agent.evaluate(async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0].id);
    out.badge = await agent.evaluate((id) => (browser.action ?? browser.browserAction).getBadgeText({ tabId: id }), tabId);
    const popup = await browser.newPage();
    const popupMs = [];
    for (let i = 0; i < 5; i++) {
      t = Date.now();
      await open(popup, `/popup.html?tab=${tabId}`);
      await popup.waitForSelector('li.result', { timeout: 10_000 });
      popupMs.push(Date.now() - t);
    }
    out.popup_list_ms_median = median(popupMs);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    out.background_kept_after_idle = await agent.evaluate(async () => (await browser.runtime.getBackgroundPage()).__saringProbe === 1);
    t = Date.now();
    await open(popup, `/popup.html?tab=${tabId}`);
    out.popup_list_after_idle_ms = await popup.waitForSelector('li.result', { timeout: 10_000 }).then(
      () => Date.now() - t,
      () => null,
    );
  } finally {
    await browser.close();
  }
  return out;
}

for (const build of ['firefox-mv2', 'firefox-mv3']) console.log(JSON.stringify(await measure(build)));
