import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session, rowControls } from './harness';
import type { chrome as Chrome } from './harness';

declare const chrome: typeof Chrome;

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

function sitePage(path: string): { url: string; html: string } {
  const html = readFileSync(`${__dirname}/../sites/fixtures/${path}`, 'utf8');
  return { url: /<!-- url: (\S+) -->/.exec(html)![1], html };
}

describe('pages that change without a reload, in Chromium', () => {
  it('ScienceDirect: rows drawn by script after load are found and get their controls', async () => {
    const { url, html } = sitePage('sciencedirect/search.html');
    // Serve the list the way the site does: an empty shell, the rows drawn 600 ms after load.
    const list = /<div id="srp-results-list"[\s\S]*?<\/ol><\/div>/.exec(html)![0];
    const shell = html
      .replace(list, '<div id="srp-results-list" class="ResultList"></div>')
      .replace('</body>', `<script>setTimeout(() => { document.getElementById('srp-results-list').outerHTML = ${JSON.stringify(list)}; }, 600);</script></body>`);
    s.serve(url, shell);
    const page = await s.context.newPage();
    await page.goto(url);
    const rows = (list.match(/<li class="ResultItem /g) ?? []).length;
    expect(rows).toBeGreaterThan(1);
    expect(await eventually(() => s.badge(page).then((b) => b === String(rows) && b), 'badge after late rows')).toBe(String(rows));
    expect(await page.locator('saring-row').count()).toBe(rows);
  });

  it('PubMed: the next page shown by history.pushState is read again, and logged as the same search', async () => {
    const { url, html } = sitePage('pubmed/results.html');
    const next = new URL(url);
    next.searchParams.set('page', '3');
    // A button that swaps the rows and the URL, as PubMed's own pager does.
    const swap = `<button id="next-page">Next</button><script>
      document.getElementById('next-page').onclick = () => {
        const chunk = document.querySelector('.search-results-chunk');
        const first = chunk.querySelector('article.full-docsum');
        chunk.replaceChildren(first.cloneNode(true));
        const a = chunk.querySelector('a.docsum-title');
        a.textContent = 'A different study on page three.';
        a.setAttribute('data-article-id', '37000009');
        a.setAttribute('href', '/37000009/');
        chunk.querySelector('.docsum-pmid').textContent = '37000009';
        history.pushState({}, '', ${JSON.stringify(next.pathname + next.search)});
      };</script>`;
    s.serve(url, html.replace('</body>', `${swap}</body>`));
    const page = await s.context.newPage();
    await page.goto(url);
    await rowControls(page, 3, 'three controls');
    await page.click('#next-page');
    expect(await eventually(() => s.badge(page).then((b) => b === '1' && b), 'badge of the new page')).toBe('1');
    await rowControls(page, 1, 'one control on the new page');
    const popup = await s.openPopup(page);
    await popup.getByRole('heading', { name: 'A different study on page three.' }).waitFor();
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Searches', exact: true }).click();
    const row = dashboard.locator('table.searches-table tbody tr', { has: dashboard.locator('td.query', { hasText: /^kangaroo mother care$/ }) }).filter({ hasText: 'PubMed' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(8).innerText()).toBe('2, 3');
  });

  it('a popup opened before its tab reached an article shows it once read, and lets it go when the tab moves on', async () => {
    const start = 'https://example.org/before';
    const article = 'https://pubmed.ncbi.nlm.nih.gov/33445599/';
    s.serve(start, '<!doctype html><title>Before</title><p>Not an article</p>');
    s.serve(article, readFileSync(`${__dirname}/fixtures/pubmed-article.html`, 'utf8'));
    const page = await s.context.newPage();
    await page.goto(start);
    const popup = await s.openPopup(page);
    await popup.getByRole('button', { name: 'Read this page' }).waitFor();
    // The tab goes on to the article while the popup stays open (as a keyboard user's popup tab does).
    await page.goto(article);
    await popup.getByRole('heading', { name: /^Oxytocin massage and breast milk production/ }).waitFor({ timeout: 10_000 });
    await page.goto(start);
    await popup.getByRole('button', { name: 'Read this page' }).waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('heading', { name: /^Oxytocin massage/ }).count()).toBe(0);
  });

  it('injects nothing into a page of a site Saring does not support', async () => {
    const url = 'https://example.org/some/article';
    s.serve(url, '<!doctype html><title>Elsewhere</title><meta name="citation_title" content="A paper elsewhere"><p>Text</p>');
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await page.locator('saring-row, [data-saring]').count()).toBe(0);
    const tab = await s.tabId(page);
    expect(await s.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tab)).toEqual({});
    expect(await s.badge(page)).toBe('');
  });
});
