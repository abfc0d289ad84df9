import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session, rowControls } from './harness';

const SCHOLAR = 'https://scholar.google.com/scholar?hl=en&q=pijat+oksitosin+produksi+ASI';
const PUBMED = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const fixture = (name: string) => readFileSync(`${__dirname}/fixtures/${name}`, 'utf8');

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.serve(SCHOLAR, fixture('scholar-oxytocin.html'));
  s.serve(PUBMED, fixture('pubmed-oxytocin-results.html'));
});
afterAll(async () => s?.close());

describe('from searches to the PRISMA diagram and the export, in Chromium', () => {
  it('screens results of two databases and draws the right numbers, then exports only the included record', async () => {
    const scholar = await s.context.newPage();
    await scholar.goto(SCHOLAR);
    await rowControls(scholar, 3, 'Scholar controls');
    const pubmed = await s.context.newPage();
    await pubmed.goto(PUBMED);
    await rowControls(pubmed, 2, 'PubMed controls');

    // In the popup of the PubMed list: open the checklist of the study both databases found,
    // answer it, and include it.
    const popup = await s.openPopup(pubmed);
    const first = popup.locator('li.result').nth(0);
    await first.getByRole('button', { name: 'PICOS checklist…' }).click();
    for (const [criterion, answer] of [
      ['Population', 'met'],
      ['Intervention', 'met'],
      ['Comparison', 'unclear'],
      ['Outcome', 'met'],
      ['Study design', 'met'],
    ]) {
      await first.getByRole('radiogroup', { name: criterion }).getByRole('radio', { name: answer, exact: true }).check();
    }
    await first.getByRole('button', { name: 'Include', exact: true }).click();
    await first.getByText('Saved.').waitFor();
    await popup.close();
    // On Scholar the same study now shows as included; exclude one other row, "maybe" the third.
    await scholar.reload();
    await scholar.locator('saring-row').nth(0).getByText('✓ Include', { exact: false }).last().waitFor();
    await scholar.locator('saring-row').nth(1).getByRole('button', { name: 'Exclude' }).click();
    await scholar.locator('saring-row').nth(1).getByRole('combobox').selectOption('wrong population');
    await scholar.locator('saring-row').nth(1).getByText('— wrong population').waitFor();
    await scholar.locator('saring-row').nth(2).getByRole('button', { name: 'Maybe' }).click();
    await scholar.locator('saring-row').nth(2).getByText('? Maybe', { exact: false }).last().waitFor();

    const dashboard = await s.openDashboard();
    // Full text of the included study: retrieved and eligible.
    await dashboard.getByRole('button', { name: /^Oxytocin massage and breast milk production/ }).click();
    await dashboard.getByRole('button', { name: '✓ Eligible: include' }).click();
    await dashboard.getByRole('region', { name: 'Full-text assessment' }).getByText('Saved.').waitFor();
    await dashboard.getByRole('button', { name: 'Close' }).click();

    await dashboard.getByRole('button', { name: 'PRISMA', exact: true }).click();
    const diagram = dashboard.locator('.prisma-diagram svg');
    await diagram.waitFor();
    const text = await diagram.textContent();
    for (const expected of [
      'Databases (n = 5)',
      'Google Scholar (n = 3)',
      'PubMed (n = 2)',
      'Duplicate records removed (n = 1)',
      'Records screened (n = 4)',
      'Records excluded (n = 1)',
      'Reports sought for retrieval (n = 1)',
      'Reports assessed for eligibility (n = 1)',
      'Studies included in review (n = 1)',
      'title/abstract (n = 2)',
    ])
      expect(text).toContain(expected);
    // Every number traces to its records.
    await dashboard.locator('[data-box="excludedScreening"]').click();
    await dashboard.getByText('Records in this box (1)').waitFor();
    await dashboard.locator('.box-records li', { hasText: 'Pengaruh pijat oksitosin terhadap produksi ASI' }).waitFor();

    // Export the included set as CSV: exactly that one row, with its checklist answers.
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    await dashboard.getByRole('combobox', { name: 'Export' }).selectOption('include');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      decision: 'include',
      population: 'met',
      intervention: 'met',
      comparison: 'unclear',
      outcome: 'met',
      study_design: 'met',
      pmid: '33445566',
      databases: expect.stringMatching(/^(Google Scholar; PubMed|PubMed; Google Scholar)$/),
    });
    expect(rows[0].title).toMatch(/^Oxytocin massage and breast milk production in postpartum mothers/);

    // Semicolons chosen in the Settings of another dashboard page (Excel with Indonesian regional
    // settings): this page, open all along, writes the same row with ";" between cells.
    const other = await s.openDashboard();
    await other.getByRole('button', { name: 'Settings', exact: true }).click();
    await other.getByRole('combobox', { name: 'Separator in CSV files' }).selectOption('semicolon');
    await dashboard.getByRole('combobox', { name: 'Export' }).selectOption('include');
    const exported = async () => {
      const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    // (The other page saves, then tells the open ones: the first export may come before that.)
    const semicolonCsv =
      (await eventually(async () => {
        const text = await exported();
        return /^\ufeffkey;review;decision;/.test(text) ? text : undefined;
      }, 'an export with semicolons')) ?? '';
    const parsed = Papa.parse<Record<string, string>>(semicolonCsv.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed).toEqual(rows);
  });
});
