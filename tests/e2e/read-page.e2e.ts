// "Read this page": on a journal Saring has no adapter for, the reviewer asks, the generic
// reader is injected into the tab, and its reading shows in the popup like any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventually, launch, type Session } from './harness';

// ScienceDirect as a university's EZproxy serves it off campus: the site's host rewritten.
const PROXIED = 'www-sciencedirect-com.ezproxy.example.ac.id';

let s: Session;
beforeAll(async () => {
  // The access a toolbar click grants through activeTab, held from the start (see launch).
  s = await launch({ hosts: ['https://ejournal.example.ac.id/*', `https://${PROXIED}/*`] });
});
afterAll(async () => s?.close());

describe('reading a page Saring does not read by itself, in Chromium', () => {
  it('reads another journal\'s page when asked ("Read this page"), then decides it', async () => {
    const url = 'https://ejournal.example.ac.id/index.php/jkb/article/view/812';
    s.serve(
      url,
      `<!doctype html><html><head><title>Pijat oksitosin</title>
      <meta name="citation_title" content="Pijat oksitosin dan produksi ASI pada ibu nifas">
      <meta name="citation_author" content="Rahmawati, Dewi"><meta name="citation_author" content="Lestari, Sri">
      <meta name="citation_publication_date" content="2023/02/10"><meta name="citation_journal_title" content="Jurnal Kebidanan">
      <meta name="citation_doi" content="10.36911/jkb.v5i1.812"></head>
      <body><h1>Pijat oksitosin dan produksi ASI pada ibu nifas</h1><p>Desain quasi eksperimen.</p></body></html>`,
    );
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await s.openPopup(page);
    await popup.getByText('No article was recognised on this page.').waitFor();
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await popup.getByRole('heading', { name: /Pijat oksitosin dan produksi ASI pada ibu nifas/ }).waitFor();
    expect(await popup.getByText('2023 · Jurnal Kebidanan').isVisible()).toBe(true);
    // The reader answered that its reading arrived (scripting.executeScript hands main's answer back).
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.getByRole('button', { name: 'Include' }).click();
    await popup.getByText('Saved.').waitFor();
    expect(await eventually(() => s.badge(page).then((b) => b === '✓' && b), 'the done badge')).toBe('✓');
  });

  it("says what is wrong when the page has no citation data: it is not an article's page", async () => {
    const url = 'https://ejournal.example.ac.id/index.php/jkb/about';
    s.serve(url, '<!doctype html><title>About the journal</title><h1>About</h1><p>Focus and scope.</p>');
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await s.openPopup(page);
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await popup.getByRole('alert').filter({ hasText: "Saring cannot read this page: this is not an article's page" }).waitFor({ timeout: 15_000 });
    expect(await s.badge(page)).toBe('');
  });

  it("reads a database reached through a university proxy with that database's own reader", async () => {
    // ScienceDirect's article page names its authors only in the body, which the generic reader does not read.
    const html = readFileSync(new URL('../sites/fixtures/sciencedirect/article.html', import.meta.url), 'utf8');
    const url = `https://${PROXIED}/science/article/pii/S0140673621001234`;
    s.serve(url, html);
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await s.openPopup(page);
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await popup.getByRole('heading', { name: /Kangaroo mother care for preterm infants/ }).waitFor();
    expect(
      await popup
        .getByText(/Siti Nurhasanah/)
        .first()
        .isVisible(),
    ).toBe(true);
  });
});
