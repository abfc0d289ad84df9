import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, rowControls, type Session } from './harness';

// What a reviewer with a small laptop (1280 × 720) sees of the dashboard in Indonesian: the
// words of every table fit their cells and no cell leaves its row.
const PUBMED_LIST = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';

let s: Session;
let dashboard: Page;
beforeAll(async () => {
  s = await launch();
  s.serve(PUBMED_LIST, readFileSync(`${__dirname}/fixtures/pubmed-oxytocin-results.html`, 'utf8'));
  const page = await s.context.newPage();
  await page.goto(PUBMED_LIST);
  await rowControls(page, 2, 'the PubMed rows');
  dashboard = await s.openDashboard();
  await dashboard.setViewportSize({ width: 1280, height: 720 });
  await dashboard.getByRole('button', { name: 'Settings', exact: true }).click();
  await dashboard.getByRole('combobox', { name: 'Language of Saring' }).selectOption('id');
  await dashboard.getByRole('button', { name: 'Rekaman', exact: true }).waitFor();
});
afterAll(async () => s?.close());

describe('the dashboard in Indonesian at 1280 × 720', () => {
  it("the records table shows every column's heading and each row's decision whole, and its rows reach the last column", async () => {
    await dashboard.getByRole('button', { name: 'Rekaman', exact: true }).click();
    await dashboard.locator('.records-table .tbody .tr').nth(1).waitFor();
    const seen = await dashboard.locator('.records-table').evaluate((table) => {
      const clipped = (cell: Element) => cell.scrollWidth > cell.clientWidth + 1;
      const headings = [...table.querySelectorAll('.th .td')].filter(clipped).map((c) => c.textContent);
      const decisions = [...table.querySelectorAll('.tbody .c-decision')].filter(clipped).map((c) => c.textContent);
      const body = table.querySelector('.tbody')!.getBoundingClientRect();
      const lastCell = table.querySelector('.tbody .tr > :last-child')!.getBoundingClientRect();
      return { headings, decisions, lastCellInside: lastCell.right <= body.right + 1 };
    });
    expect(seen).toEqual({ headings: [], decisions: [], lastCellInside: true });
  });

  it("the search log's Edit buttons sit in their rows", async () => {
    await dashboard.getByRole('button', { name: 'Pencarian', exact: true }).click();
    const edit = dashboard.getByRole('button', { name: 'Ubah', exact: true }).first();
    await edit.waitFor();
    const placed = await edit.evaluate((button) => {
      const cell = button.closest('td')!;
      const row = cell.closest('tr')!.getBoundingClientRect();
      const box = button.getBoundingClientRect();
      return { display: getComputedStyle(cell).display, inside: box.top >= row.top && box.bottom <= row.bottom + 1 };
    });
    expect(placed).toEqual({ display: 'table-cell', inside: true });
  });
});
