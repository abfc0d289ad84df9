import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Session } from './harness';

// Our own committed fixture pages (tests/sites/fixtures), served at the URLs they were written for.
function sitePage(path: string): { url: string; html: string } {
  const html = readFileSync(`${__dirname}/../sites/fixtures/${path}`, 'utf8');
  const url = /<!-- url: (\S+) -->/.exec(html)![1];
  return { url, html };
}

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('result lists of the supported sites, in Chromium', () => {
  it.each([
    ['Google Scholar', 'google-scholar/results.html', 3],
    ['PubMed', 'pubmed/results.html', null],
    ['Garuda', 'garuda/search.html', null],
  ] as const)('%s: the badge counts the rows and the popup lists them', async (_, path, expected) => {
    const { url, html } = sitePage(path);
    const rows = expected ?? (html.match(/class="[^"]*\b(full-docsum|article-item)\b/g) ?? []).length;
    expect(rows).toBeGreaterThan(1);
    s.serve(url, html);
    const page = await s.context.newPage();
    await page.goto(url);
    expect(await eventually(() => s.badge(page).then((b) => b === String(rows) && b), `badge ${rows}`)).toBe(String(rows));
    // Every row got its in-page control.
    expect(await page.locator('saring-row').count()).toBe(rows);
    const popup = await s.openPopup(page);
    await popup.getByText(`${rows} results on this page`, { exact: false }).waitFor();
    expect(await popup.locator('li.result').count()).toBe(rows);
    await popup.close();
    await page.close();
  });

  it('says a Scholar robot check is blocked, and records no search', async () => {
    const { url, html } = sitePage('google-scholar/robot.html');
    s.serve(url, html, 'text/html; charset=iso-8859-1');
    const page = await s.context.newPage();
    await page.goto(url);
    expect(await eventually(() => s.badge(page).then((b) => b === '!' && b), 'blocked badge')).toBe('!');
    const popup = await s.openPopup(page);
    await popup.getByText("Google Scholar is asking you to show you're not a robot", { exact: false }).waitFor();
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Searches' }).click();
    await dashboard.locator('table.searches-table').waitFor();
    // Only the earlier Scholar list (with its year limits) logged this query; the robot page added none.
    const rows = dashboard
      .locator('table.searches-table tbody tr')
      .filter({ hasText: 'Google Scholar' })
      .filter({ has: dashboard.locator('td.query', { hasText: /^kangaroo mother care$/ }) });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('yearFrom=2018');
  });
});
