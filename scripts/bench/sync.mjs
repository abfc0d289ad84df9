// Team sync measured in real Chromium, against PouchDB Server on 127.0.0.1:
// - sync_push_5k_ms: 5,000 records with decisions sent to an empty database (bench page probe);
// - sync_visible_ms: a decision made on reviewer A's dashboard, until reviewer B's open
//   dashboard shows it (two browser profiles, the extension's own background doing the sync).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, extensionArgs, loopbackOnlyArgs } from '../chromium.mjs';
import { createServer } from 'node:http';
import { freePort, startCouch, teamDatabase } from '../couch-server.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function profile(extensionDir, couch) {
  const dir = mkdtempSync(join(tmpdir(), 'saring-bench-sync-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: extensionArgs(extensionDir) });
  // Only the team server on 127.0.0.1 is reachable; nothing else leaves the machine.
  await context.route(/^https?:\/\//, (route) => (new URL(route.request().url()).origin === couch.url ? route.continue() : route.abort()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const grant = await context.newPage();
  await grant.goto(`chrome://extensions/?id=${id}`);
  await grant.evaluate(([ext, host]) => new Promise((r) => chrome.developerPrivate.addHostPermission(ext, host, r)), [id, 'http://127.0.0.1/*']);
  await grant.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#settings`);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function connect(page, couch, user, password) {
  await page.getByLabel('Server address').fill(couch.url);
  await page.getByLabel('Database', { exact: true }).fill('bench-team');
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.locator('.sync-status.sync-synced').waitFor({ timeout: 30_000 });
}

/** Median time from A's click to B's dashboard showing the decision, over `runs` decisions. */
export async function syncVisibleMs(extensionDir, runs = 9) {
  const couch = await startCouch();
  await teamDatabase(couch, 'bench-team', [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
  const [a, b] = [await profile(extensionDir, couch), await profile(extensionDir, couch)];
  try {
    const ris = join(mkdtempSync(join(tmpdir(), 'saring-bench-ris-')), 'bench.ris');
    writeFileSync(
      ris,
      Array.from(
        { length: runs },
        (_, i) => `TY  - JOUR\r\nTI  - Benchmark study ${i + 1} of oxytocin massage\r\nAU  - Author${i}, A\r\nPY  - 2021\r\nDO  - 10.1000/bench.${i}\r\nER  - \r\n`,
      ).join('\r\n'),
    );
    await a.page.getByRole('button', { name: 'Import', exact: true }).click();
    await a.page.locator('input[type=file]').setInputFiles(ris);
    await a.page.getByRole('button', { name: `Import ${runs} records` }).click();
    await a.page.getByText(`Imported: ${runs} records read`, { exact: false }).waitFor();
    await a.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await connect(a.page, couch, 'ani', 'ani-pw');
    await connect(b.page, couch, 'budi', 'budi-pw');
    await b.page.getByText(`○ Undecided: ${runs}`).waitFor({ timeout: 30_000 });
    await a.page.getByRole('button', { name: 'Records', exact: true }).click();
    const samples = [];
    for (let i = 0; i < runs; i++) {
      await a.page
        .locator('.records-table .tbody .tr', { hasText: `Benchmark study ${i + 1} of` })
        .locator('input[type=checkbox]')
        .check();
      const start = Date.now();
      await a.page.getByRole('button', { name: 'Mark Include', exact: true }).click();
      await b.page.getByText(`✓ Include: ${i + 1}`).waitFor({ timeout: 30_000 });
      samples.push(Date.now() - start);
    }
    return { ms: median(samples), runs: samples.length, max: Math.max(...samples) };
  } finally {
    await a.close();
    await b.close();
    await couch.dispose();
  }
}

/**
 * sync_push_5k_ms: the probe runs in a page served from 127.0.0.1 (a loopback page may call
 * the loopback server directly, as the extension does with its host permission), against an
 * empty team database, in a browser of its own that reaches the loopback only — without
 * request interception, which would add a trip through Node to every request.
 */
export async function syncPushMs(benchJs) {
  const couch = await startCouch();
  await teamDatabase(couch, 'bench-push', [['ani', 'ani-pw']]);
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(benchJs);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>');
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', ...loopbackOnlyArgs()],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate((s) => globalThis.SaringBench.syncPush5kMs(s), { url: couch.url, database: 'bench-push', username: 'ani', password: 'ani-pw' });
  } finally {
    await browser.close();
    server.close();
    await couch.dispose();
  }
}
