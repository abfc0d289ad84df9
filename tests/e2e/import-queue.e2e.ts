import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launch, type Session } from './harness';

/** The queue position this profile has stored (read from the extension's database). */
function savedPosition(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('saring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('queuePosition');
          get.onsuccess = () => {
            open.result.close();
            resolve(Object.values((get.result?.value ?? {}) as Record<string, string>)[0]);
          };
        };
      }),
  );
}

const FIXTURES = `${__dirname}/fixtures/import`;

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('importing exports and screening them in the queue, in Chromium', () => {
  it('joins the article a MEDLINE file and a Scopus CSV share into one record with two sources, decided by keyboard', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.locator('input[type=file]').setInputFiles([`${FIXTURES}/pubmed-oxytocin.nbib`, `${FIXTURES}/scopus-oxytocin.csv`]);
    await dashboard.getByText('2 records read (PubMed (MEDLINE)', { exact: false }).waitFor();
    await dashboard.getByText('2 records read (CSV (scopus', { exact: false }).waitFor();
    expect(await dashboard.getByLabel('Database (for the search log and PRISMA)').nth(0).inputValue()).toBe('PubMed');
    expect(await dashboard.getByLabel('Database (for the search log and PRISMA)').nth(1).inputValue()).toBe('Scopus');
    await dashboard.getByRole('button', { name: 'Import 4 records' }).click();
    await dashboard.getByText('Imported: 2 records read, 2 new, 0 merged', { exact: false }).waitFor();
    await dashboard.getByText('Imported: 2 records read, 1 new, 1 merged', { exact: false }).waitFor();
    // Three records: the shared article once, with both sources.
    await dashboard.getByText('✓ Include: 0').waitFor();
    await dashboard.getByText('○ Undecided: 3').waitFor();
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    const shared = dashboard.locator('.records-table .tr', { hasText: 'Oxytocin massage and breast milk production' });
    expect(await shared.count()).toBe(1);
    expect(await shared.locator('.c-databases').innerText()).toMatch(/^(PubMed, Scopus|Scopus, PubMed)$/);

    // The queue, by keyboard, in the order of the files: the shared article first; I includes
    // it and moves on, K goes back to it.
    await dashboard.getByRole('button', { name: 'Screen', exact: true }).click();
    await dashboard.getByRole('heading', { name: /Oxytocin massage and breast milk production/ }).waitFor();
    await dashboard.getByText('Record 1 of 3 · 3 still undecided').waitFor();
    await dashboard.locator('body').press('i');
    await dashboard.getByText('Record 2 of 3 · 2 still undecided').waitFor();
    await dashboard.locator('body').press('k');
    await dashboard.getByText('Record 1 of 3 · 2 still undecided').waitFor();
    expect(await dashboard.getByRole('button', { name: 'Include', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await dashboard.getByText('✓ Include: 1').waitFor();

    // The queue remembers where the reviewer stopped: reopened, it starts at the record the
    // reviewer had moved to, and the other undecided record follows.
    const before = await savedPosition(dashboard);
    await dashboard.locator('body').press('j');
    await dashboard.locator('body').press('j');
    await dashboard.getByRole('heading', { name: /Pijat punggung dan kelancaran ASI/ }).waitFor();
    // The position is stored as the record is shown, without holding the view up: reload once it is.
    await eventually(async () => ((await savedPosition(dashboard)) !== before ? true : undefined), 'the new queue position stored');
    await dashboard.reload();
    await dashboard.getByText('Record 1 of 2 · 2 still undecided').waitFor();
    await dashboard.getByRole('heading', { name: /Pijat punggung dan kelancaran ASI/ }).waitFor();
    const searches = await (async () => {
      await dashboard.getByRole('button', { name: 'Searches', exact: true }).click();
      return dashboard.locator('table.searches-table tbody tr').allInnerTexts();
    })();
    expect(searches.join('\n')).toMatch(/PubMed \(imported file: pubmed-oxytocin\.nbib\)/);
    expect(searches.join('\n')).toMatch(/Scopus \(imported file: scopus-oxytocin\.csv\)/);
  });

  it('reads an EndNote XML library (Covidence, Rayyan, EndNote) and joins its record to the MEDLINE one with the same DOI', async () => {
    const style = (text: string) => `<style face="normal" font="default" size="100%">${text}</style>`;
    const record = (title: string, doi: string, n: number) =>
      `<record><rec-number>${n}</rec-number><ref-type name="Journal Article">17</ref-type><contributors><authors><author>${style('Sari, Dewi')}</author></authors></contributors>` +
      `<titles><title>${style(title)}</title><secondary-title>${style('Jurnal Ners dan Kebidanan Indonesia')}</secondary-title></titles>` +
      `<dates><year>${style('2021')}</year></dates><electronic-resource-num>${style(doi)}</electronic-resource-num></record>`;
    const xml = `<?xml version="1.0" encoding="UTF-8" ?><xml><records>${record('Oxytocin massage and breast milk production in postpartum mothers: a quasi-experimental study', '10.21927/jnki.2021.9(1).45-52', 1)}${record('Pijat laktasi &amp; produksi ASI ibu nifas', '10.21927/jnki.2021.9(2).88-95', 2)}</records></xml>`;
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard.locator('input[type=file]').setInputFiles({ name: 'covidence.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
    await dashboard.getByText('2 records read (EndNote XML', { exact: false }).waitFor();
    await dashboard.getByRole('button', { name: 'Import 2 records' }).click();
    await dashboard.getByText('Imported: 2 records read, 1 new, 1 merged', { exact: false }).waitFor();
    await dashboard.getByRole('button', { name: 'Records', exact: true }).click();
    await dashboard.locator('.records-table .tr', { hasText: 'Pijat laktasi & produksi ASI ibu nifas' }).waitFor();
    expect(await dashboard.locator('.records-table .tr', { hasText: 'Oxytocin massage and breast milk production' }).count()).toBe(1);
  });

  it('says why a file cannot be imported and leaves the review unchanged', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
    await dashboard
      .locator('input[type=file]')
      .setInputFiles({ name: 'photo.ris', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]) });
    await dashboard.getByRole('alert').waitFor();
    expect(await dashboard.getByRole('alert').innerText()).toMatch(/binary|not a text/i);
    expect(await dashboard.getByRole('button', { name: /^Import \d+ records$/ }).count()).toBe(0);
  });
});
