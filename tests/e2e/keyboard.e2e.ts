import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

// Every action in the popup and the screening queue can be reached with Tab alone, and whatever
// has focus shows a visible focus ring.
const PUBMED_LIST = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage+breast+milk';
const fixture = (name: string) => readFileSync(`${__dirname}/fixtures/${name}`, 'utf8');

interface Stop {
  key: string;
  label: string;
  ring: boolean;
}

/**
 * Marks every enabled, visible control in `scope` (a radio group counts once: arrow keys move
 * inside it), then presses Tab from the top of the page until focus comes back round. Returns the
 * controls there are and the stops Tab made, each with whether a focus ring was drawn.
 */
async function tabThrough(page: Page, scope: string): Promise<{ controls: Map<string, string>; stops: Stop[] }> {
  const controls = new Map(
    await page.evaluate((root) => {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      let n = 0;
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.closest(root) && el.getClientRects().length > 0 && el.tabIndex >= 0)
        .map((el) => {
          const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : `c${n++}`;
          el.dataset.kbd = key;
          return [key, `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`] as [string, string];
        });
    }, scope),
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none');
      return {
        key: el.dataset.kbd ?? `unmarked ${el.tagName}`,
        label: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        ring,
      };
    });
    if (!stop) continue; // focus left the page for the browser's own UI; the next Tab comes back
    if (stops.some((s) => s.key === stop.key && !stop.key.startsWith('radio:'))) break;
    stops.push(stop);
  }
  return { controls, stops };
}

function expectAllReachedWithRing({ controls, stops }: { controls: Map<string, string>; stops: Stop[] }) {
  const reached = new Set(stops.map((s) => s.key));
  const missed = [...controls].filter(([key]) => !reached.has(key)).map(([, label]) => label);
  expect(missed, 'controls Tab never reaches').toEqual([]);
  expect(
    stops.filter((s) => !s.ring).map((s) => s.label),
    'focused without a visible focus ring',
  ).toEqual([]);
  expect(controls.size).toBeGreaterThan(5);
}

let s: Session;
beforeAll(async () => {
  s = await launch();
  s.serve(PUBMED_LIST, fixture('pubmed-oxytocin-results.html'));
});
afterAll(async () => s?.close());

describe('keyboard, in Chromium', () => {
  it('the popup: Tab reaches every control with a focus ring, and Enter on Include decides the row', async () => {
    const page = await s.context.newPage();
    await page.goto(PUBMED_LIST);
    await page.locator('saring-row').nth(1).waitFor();
    const popup = await s.openPopup(page);
    await popup.locator('li.result').nth(1).waitFor();
    expectAllReachedWithRing(await tabThrough(popup, 'main'));

    // Deciding by keyboard alone: Tab to the second row's Include and press Enter.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const include = popup.locator('li.result').nth(1).getByRole('button', { name: 'Include' });
    for (let i = 0; i < 40 && !(await include.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.locator('li.result').nth(1).getByText('Saved.').waitFor();
    expect(await include.getAttribute('aria-pressed')).toBe('true');
  });

  it('the screening queue: Tab reaches every control with a focus ring, and Space on Exclude asks for a reason', async () => {
    const dashboard = await s.openDashboard();
    await dashboard.getByRole('button', { name: 'Screen', exact: true }).click();
    await dashboard.getByText('Record 1 of', { exact: false }).waitFor();
    // Any folded part (the abstract) opened, so that its contents count too.
    await dashboard.evaluate(() => document.querySelectorAll('.dash-main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expectAllReachedWithRing(await tabThrough(dashboard, 'body'));

    await dashboard.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const exclude = dashboard.locator('.dash-main').getByRole('button', { name: 'Exclude', exact: true });
    for (let i = 0; i < 80 && !(await exclude.evaluate((el) => el === document.activeElement)); i++) await dashboard.keyboard.press('Tab');
    await dashboard.keyboard.press('Space');
    await dashboard.locator('.dash-main').getByRole('combobox', { name: 'Exclusion reason' }).waitFor();
  });
});
