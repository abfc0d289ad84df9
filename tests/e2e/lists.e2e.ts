import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/sites/registry';
import { eventually, launch, type Session } from './harness';

const FIXTURES = `${__dirname}/../sites/fixtures`;

// Our own committed fixture pages (tests/sites/fixtures), served at the URLs they were written for.
function sitePage(path: string): { url: string; html: string } {
  const html = readFileSync(`${FIXTURES}/${path}`, 'utf8');
  const url = /<!-- url: (\S+) -->/.exec(html)![1];
  return { url, html };
}

/** The rows a page's `.expected.json` pins (checked field by field outside the browser), when it is a result list. */
function pinnedRows(path: string): number {
  const file = `${FIXTURES}/${path.replace(/\.html$/, '.expected.json')}`;
  if (!existsSync(file)) return 0;
  const expected = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; articles?: unknown[] } | null;
  return expected?.kind === 'results' ? (expected.articles?.length ?? 0) : 0;
}

// Every pinned result list among the committed pages of every site whose adapter has result
// lists: the registry says which sites, the fixture folders (named by site id) hold the pages.
const LISTS = ADAPTERS.filter((adapter) => adapter.resultsContainer).flatMap((adapter) =>
  readdirSync(`${FIXTURES}/${adapter.id}`)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ adapter, path: `${adapter.id}/${file}`, rows: pinnedRows(`${adapter.id}/${file}`) }))
    .filter((list) => list.rows > 0)
    .map((list) => ({ ...list, page: sitePage(list.path) })),
);

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

describe('result lists of the supported sites, in Chromium', () => {
  it('has a result list page of every site with result lists', () => {
    const withLists = ADAPTERS.filter((adapter) => adapter.resultsContainer).map((adapter) => adapter.id);
    expect(new Set(LISTS.map((list) => list.adapter.id))).toEqual(new Set(withLists));
  });

  it.each(LISTS.map((list) => [list.path, list] as const))('%s: the badge counts the rows and the popup lists them', async (_, { page: { url, html }, rows }) => {
    s.serve(url, html);
    const page = await s.context.newPage();
    await page.goto(url);
    expect(await eventually(() => s.badge(page).then((b) => b === String(rows) && b), `badge ${rows}`)).toBe(String(rows));
    // Every row got its in-page control.
    expect(await page.locator('saring-row').count()).toBe(rows);
    const popup = await s.openPopup(page);
    await popup.getByText(`${rows} ${rows === 1 ? 'result' : 'results'} on this page`, { exact: false }).waitFor();
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
