import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TABS } from '../../components/dashboard/Dashboard';
import { axePassedNodes, axeReport, axeViolations, describeViolations, saveAxeReport } from './axe';
import { launch, type Session } from './harness';

// axe-core on every view Saring shows: 0 violations of any impact. The dashboard's tabs come from
// the code (TABS), so a view added there is checked without touching this file.
const PUBMED_LIST = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const PUBMED_ARTICLE = 'https://pubmed.ncbi.nlm.nih.gov/33445566/';
const SCHOLAR = 'https://scholar.google.com/scholar?hl=en&q=pijat+oksitosin+produksi+ASI';
const fixture = (name: string) => readFileSync(`${__dirname}/fixtures/${name}`, 'utf8');

let s: Session;
let list: Page;
beforeAll(async () => {
  s = await launch();
  s.serve(PUBMED_LIST, fixture('pubmed-oxytocin-results.html'));
  s.serve(PUBMED_ARTICLE, fixture('pubmed-article.html'));
  s.serve(SCHOLAR, fixture('scholar-oxytocin.html'));
  // Data for every view: two searches, decisions, and two imported files (a duplicate pair).
  list = await s.context.newPage();
  await list.goto(PUBMED_LIST);
  await list.locator('saring-row').nth(1).waitFor();
  const scholar = await s.context.newPage();
  await scholar.goto(SCHOLAR);
  await scholar.locator('saring-row').nth(2).waitFor();
  await scholar.locator('saring-row').nth(0).getByRole('button', { name: 'Include' }).click();
  await scholar.locator('saring-row').nth(0).getByText('✓ Include', { exact: false }).last().waitFor();
  await scholar.close();
  const dashboard = await s.openDashboard();
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await dashboard.locator('input[type=file]').setInputFiles([`${__dirname}/fixtures/import/pubmed-oxytocin.nbib`, `${__dirname}/fixtures/import/garuda-oxytocin.ris`]);
  await dashboard.getByRole('button', { name: /^Import \d+ records$/ }).click();
  await dashboard.getByText('Imported:', { exact: false }).first().waitFor();
  await dashboard.close();
});
afterAll(async () => {
  saveAxeReport();
  await s?.close();
});

async function expectNoViolations(view: string, page: Page, include?: string) {
  const violations = await axeViolations(page, include);
  axeReport[view] = violations;
  console.log(`axe ${view}: ${violations.length} violations`);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('accessibility (axe-core), in Chromium', () => {
  it('the in-page controls on a result list, inside their shadow roots', async () => {
    await list.bringToFront();
    await expectNoViolations('in-page controls', list, 'saring-row');
    // axe looked inside the shadow roots: three named buttons on each of the two rows.
    expect(await axePassedNodes(list, 'saring-row', 'button-name')).toBe(6);
    // With the exclusion-reason picker open.
    await list.locator('saring-row').nth(1).getByRole('button', { name: 'Exclude' }).click();
    await list.locator('saring-row').nth(1).getByRole('combobox').waitFor();
    await expectNoViolations('in-page controls, reason picker open', list, 'saring-row');
  });

  it('the popup on a result list and on an article page', async () => {
    const popup = await s.openPopup(list);
    await popup.locator('li.result').nth(1).waitFor();
    await expectNoViolations('popup: result list', popup);
    await popup.getByRole('button', { name: 'PICOS checklist…' }).first().click();
    await popup.getByRole('radiogroup').first().waitFor();
    await expectNoViolations('popup: result list, checklist open', popup);

    const article = await s.context.newPage();
    await article.goto(PUBMED_ARTICLE);
    const popup2 = await s.openPopup(article);
    await popup2.getByRole('heading', { name: /Oxytocin massage and breast milk production/ }).waitFor();
    await expectNoViolations('popup: article page', popup2);

    const other = await s.context.newPage();
    s.serve('https://example.org/', '<!doctype html><title>Elsewhere</title><p>Nothing to read</p>');
    await other.goto('https://example.org/');
    const popup3 = await s.openPopup(other);
    await popup3.getByRole('button', { name: 'Read this page' }).waitFor();
    await expectNoViolations('popup: page without an article', popup3);
  });

  // One dashboard page, moved between tabs by its URL hash (as a bookmark would), each checked.
  let dashboard: Page | undefined;
  it.each(TABS.map((tab) => [tab]))('the dashboard tab "%s"', async (tab) => {
    dashboard ??= await s.openDashboard();
    await dashboard.evaluate((name) => (location.hash = name), tab);
    await dashboard.locator(`nav.tabs button:nth-child(${TABS.indexOf(tab) + 1})[aria-current="page"]`).waitFor();
    expect(await dashboard.locator('nav.tabs button').count()).toBe(TABS.length);
    await dashboard.locator('.dash-main > *').first().waitFor();
    await expectNoViolations(`dashboard: ${tab}`, dashboard);
  });

  it("the dashboard's record detail", async () => {
    const dashboard = await s.openDashboard();
    await dashboard
      .getByRole('button', { name: /^Oxytocin massage and breast milk production/ })
      .first()
      .click();
    await dashboard.getByRole('region', { name: 'Full-text assessment' }).waitFor();
    await expectNoViolations('dashboard: record detail', dashboard);
    await dashboard.close();
  });
});
