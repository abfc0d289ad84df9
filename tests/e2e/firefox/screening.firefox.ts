import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../harness';
import { launchFirefoxSession, type FirefoxSession } from './harness';

// The Firefox subset of the end-to-end suite: the loop a reviewer runs, in Firefox ESR with
// Saring's Firefox build. The Chromium suite covers the rest of the behaviour.
const PUBMED = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const fixture = (name: string) => readFileSync(`${__dirname}/../fixtures/${name}`, 'utf8');

let s: FirefoxSession;
beforeAll(async () => {
  // PubMed's host held from the start, as the toolbar click grants it ("Read this page" injects there).
  s = await launchFirefoxSession(['https://pubmed.ncbi.nlm.nih.gov/*']);
  s.serve(PUBMED, fixture('pubmed-oxytocin-results.html'));
});
afterAll(async () => s?.close());

describe('Saring in Firefox', () => {
  it('puts row controls on a PubMed result list, and a decision made in the page shows in the popup', async () => {
    const page = await s.newPage();
    await page.goto(PUBMED);
    await page.waitForFunction(() => document.querySelectorAll('saring-row').length === 2);
    expect(await eventually(() => s.badge(page).then((b) => b === '2' && b), 'badge 2')).toBe('2');

    // Puppeteer's `>>>` reaches into the controls' open shadow roots.
    await (await page.waitForSelector('saring-row >>> button.include'))!.click();
    await page.waitForFunction(() => document.querySelector('saring-row')?.shadowRoot?.querySelector('.status.decided')?.textContent?.includes('Include'));
    expect(await eventually(() => s.badge(page).then((b) => b === '1' && b), 'one undecided')).toBe('1');

    const popup = await s.openPopup(page);
    await popup.waitForSelector('li.result');
    expect(await popup.$eval('.results-heading', (h) => h.textContent)).toContain('2 results on this page');
    const statuses = await popup.$$eval('li.result .row-status .status', (els) => els.map((e) => e.textContent));
    expect(statuses[0]).toContain('Include');
    expect(statuses[1]).not.toContain('Include');

    // Deciding in the popup shows back in the page.
    await (await popup.waitForSelector('li.result:nth-of-type(2) button.verdict-maybe'))!.click();
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelectorAll('saring-row')[1]?.shadowRoot?.querySelector('.status.decided')?.textContent?.includes('Maybe'));
  });

  it('forgets a page’s reading once the tab has moved on to a page Saring does not read', async () => {
    const elsewhere = 'https://example.org/elsewhere';
    s.serve(elsewhere, '<!doctype html><title>Elsewhere</title><p>Not a database</p>');
    const page = await s.newPage();
    await page.goto(PUBMED);
    expect(await eventually(() => s.badge(page).then((b) => b !== '' && b), 'the list’s badge')).toBeTruthy();
    await page.goto(elsewhere);
    // The popup, opened on the tab now, offers to read the page instead of showing the old list.
    await eventually(async () => {
      const popup = await s.openPopup(page);
      const offered = await popup.waitForSelector('::-p-text(Read this page)', { timeout: 5_000 }).then(Boolean, () => false);
      const rows = await popup.$$('li.result');
      await popup.close();
      return offered && rows.length === 0;
    }, 'the popup without the old list');
  });

  it('hands "Read this page" the script’s answer: its reading reached the background', async () => {
    // What scripting.executeScript resolves with for a content script injected again, as the popup
    // injects a database's script on a copy of it behind a university's proxy.
    const page = await s.newPage();
    await page.goto(PUBMED);
    const tab = await s.tabId(page);
    const dashboard = await s.openDashboard();
    const results = await dashboard.evaluate((t) => browser.scripting.executeScript({ target: { tabId: t }, files: ['/content-scripts/pubmed.js'] }), tab);
    await dashboard.close();
    expect(results).toEqual([expect.objectContaining({ frameId: 0, result: true })]);
  });

  it('imports a RIS file and exports the screened set as CSV from the dashboard', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.locator('nav.tabs button::-p-text(Import)').click();
    const input = await dashboard.waitForSelector('input[type=file]');
    await input!.uploadFile(`${__dirname}/../fixtures/import/garuda-oxytocin.ris`);
    await dashboard.waitForFunction(() => document.body.innerText.includes('2 records read (RIS'));
    await dashboard.$eval('label.field input', (el) => el.value).then((db) => expect(db).not.toBe(''));
    await dashboard.locator('button.primary::-p-text(Import 2 records)').click();
    await dashboard.waitForFunction(() => document.body.innerText.includes('Imported: 2 records read, 2 new, 0 merged'));

    await dashboard.locator('nav.tabs button::-p-text(Records)').click();
    await dashboard.waitForSelector('.records-table');
    await dashboard.locator('button::-p-text(Export CSV)').click();
    const { name, text } = await s.nextDownload();
    expect(name).toMatch(/\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.title).sort()).toEqual(
      [
        'Back massage and breast milk flow among primiparous mothers',
        'Breast massage for engorgement in lactating women: a randomised trial.',
        'Oxytocin massage and breast milk production in postpartum mothers: a quasi-experimental study.',
        'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas',
      ].sort(),
    );
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get('Oxytocin massage and breast milk production in postpartum mothers: a quasi-experimental study.')?.decision).toBe('include');
    expect(byTitle.get('Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas')).toMatchObject({ decision: '', doi: '10.33024/jkm.v8i2.5521', year: '2022' });
  });
});
