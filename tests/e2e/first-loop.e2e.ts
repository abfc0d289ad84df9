import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session } from './harness';

const ARTICLE_URL = 'https://pubmed.ncbi.nlm.nih.gov/33445566/';
const fixture = (name: string) => readFileSync(`${__dirname}/fixtures/${name}`, 'utf8');

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('the first screening loop, in Chromium', () => {
  it('reads a PubMed article, decides it in the popup, and exports it from the dashboard as CSV', async () => {
    s.serve(ARTICLE_URL, fixture('pubmed-article.html'));
    const article = await s.context.newPage();
    await article.goto(ARTICLE_URL);
    expect(await eventually(() => s.badge(article), 'the badge')).toBe('1');

    const popup = await s.openPopup(article);
    await popup.getByRole('heading', { name: /Oxytocin massage and breast milk production/ }).waitFor();
    expect(await popup.getByText('Sari D, Putri AN, Wijaya B').isVisible()).toBe(true);
    expect(await popup.getByText('2021 · Jurnal Ners dan Kebidanan Indonesia').isVisible()).toBe(true);
    await popup.getByLabel('Note').fill('clear pre/post design');
    await popup.getByRole('button', { name: 'Include' }).click();
    await popup.getByText('Saved.').waitFor();
    expect(await eventually(() => s.badge(article).then((b) => b === '✓' && b), 'the done badge')).toBe('✓');

    // Reopening the popup shows the stored decision.
    await popup.reload();
    await popup.getByRole('button', { name: 'Include' }).and(popup.locator('[aria-pressed="true"]')).waitFor();
    expect(await popup.getByLabel('Note').inputValue()).toBe('clear pre/post design');

    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: /Oxytocin massage and breast milk/ }).waitFor();
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'key,review,decision,exclusion_reason,note,population,intervention,comparison,outcome,study_design,year_window,reviewer,decided_at,title,authors,year,journal,volume,issue,pages,doi,pmid,url,databases,search_queries,abstract,keywords,relevance,full_text_decision,full_text_reason,report_retrieved,prisma_box,type,report_of',
    );
    // Included at title/abstract, its full text not yet assessed: the diagram's box says so.
    // Then the type (a page's record names none) and another report of no study: both empty.
    expect(lines[1].endsWith(',,,,awaiting full text,,')).toBe(true);
    expect(lines[1]).toContain('doi:10.21927/jnki.2021.9(1).45-52,My review,include,,clear pre/post design,');
    expect(lines[1]).toContain(
      'Oxytocin massage and breast milk production in postpartum mothers: a quasi-experimental study,Sari D; Putri AN; Wijaya B,2021,Jurnal Ners dan Kebidanan Indonesia,9,1,,10.21927/jnki.2021.9(1).45-52,33445566,https://pubmed.ncbi.nlm.nih.gov/33445566/,PubMed',
    );
    expect(lines).toHaveLength(3); // header, one row, and the final CRLF
  });

  it('says no article was recognised on a page whose metadata is missing, and saves nothing', async () => {
    const url = 'https://pubmed.ncbi.nlm.nih.gov/99999999/';
    s.serve(url, '<!doctype html><title>Broken</title><meta name="citation_title" content=""><p>Nothing here</p>');
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await s.openPopup(page);
    await popup.getByText('No article was recognised on this page.').waitFor();
    expect(await s.badge(page)).toBe('');
  });
});
