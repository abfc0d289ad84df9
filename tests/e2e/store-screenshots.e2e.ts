import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

// The stores' screenshots (1280×800), taken from the real extension on every test run and written
// to store/screenshots/ (not committed: `npm test` makes them, in CI too).
const OUT = resolve(__dirname, '../../store/screenshots');
const SIZE = { width: 1280, height: 800 };
const PUBMED_LIST = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const PUBMED_ARTICLE = 'https://pubmed.ncbi.nlm.nih.gov/33445566/';
const SCHOLAR = 'https://scholar.google.com/scholar?hl=en&q=pijat+oksitosin+produksi+ASI';
const fixture = (name: string) => readFileSync(`${__dirname}/fixtures/${name}`, 'utf8');

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shoot(page: Page, name: string) {
  const path = `${OUT}/${name}.png`;
  await page.screenshot({ path });
  expect(pngSize(path)).toEqual(SIZE);
}

let s: Session;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  s.serve(PUBMED_LIST, fixture('pubmed-oxytocin-results.html'));
  s.serve(PUBMED_ARTICLE, fixture('pubmed-article.html'));
  s.serve(SCHOLAR, fixture('scholar-oxytocin.html'));
});
afterAll(async () => s?.close());

describe('store screenshots, in Chromium', () => {
  it('the in-page controls on a result list', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize(SIZE);
    await page.goto(SCHOLAR);
    await page.locator('saring-row').nth(2).waitFor();
    await page.locator('saring-row').nth(0).getByRole('button', { name: 'Include' }).click();
    await page.locator('saring-row').nth(0).getByText('✓ Include', { exact: false }).last().waitFor();
    await page.locator('saring-row').nth(1).getByRole('button', { name: 'Exclude' }).click();
    await page.locator('saring-row').nth(1).getByRole('combobox').selectOption('wrong population');
    await page.locator('saring-row').nth(1).getByText('— wrong population').waitFor();
    await shoot(page, 'in-page-controls');
  });

  it('the popup over the article page it reads', async () => {
    const article = await s.context.newPage();
    await article.setViewportSize(SIZE);
    await article.goto(PUBMED_ARTICLE);
    const behind = (await article.screenshot()).toString('base64');
    const popup = await s.openPopup(article);
    await popup.setViewportSize({ width: 440, height: 760 });
    await popup.getByRole('heading', { name: /Oxytocin massage and breast milk production/ }).waitFor();
    const panel = (await popup.locator('main.popup').screenshot()).toString('base64');
    // The toolbar panel as the browser shows it: over the top right of the page.
    const frame = await s.context.newPage();
    await frame.setViewportSize(SIZE);
    await frame.setContent(
      `<body style="margin:0;width:1280px;height:800px;overflow:hidden;background:url(data:image/png;base64,${behind}) no-repeat">` +
        `<img src="data:image/png;base64,${panel}" style="position:absolute;top:8px;right:16px;border:1px solid #cbd5e1;border-radius:8px;box-shadow:0 8px 28px rgba(15,23,42,.35)"></body>`,
    );
    await frame.locator('img').evaluate((img) => (img as HTMLImageElement).decode());
    await shoot(frame, 'popup');
  });

  it('the dashboard: records and the PRISMA diagram', async () => {
    const list = await s.context.newPage();
    await list.goto(PUBMED_LIST);
    await list.locator('saring-row').nth(1).waitFor();
    const dashboard = await s.openDashboard();
    await dashboard.setViewportSize(SIZE);
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.locator('input[type=file]').setInputFiles([`${__dirname}/fixtures/import/garuda-oxytocin.ris`]);
    await dashboard.getByRole('button', { name: /^Import \d+ records$/ }).click();
    await dashboard.getByText('Imported:', { exact: false }).waitFor();
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    await dashboard.locator('.records-table .tr').nth(3).waitFor();
    await shoot(dashboard, 'dashboard-records');
    await dashboard.getByRole('button', { name: 'PRISMA', exact: true }).click();
    await dashboard.locator('.prisma-diagram svg').waitFor();
    await shoot(dashboard, 'dashboard-prisma');
  });
});
