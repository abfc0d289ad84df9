import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * axe-core's checks (every rule it runs by default, any impact) on `page`, or on the elements
 * `include` selects — shadow roots included: axe walks open shadow trees. axe's source is
 * evaluated in the page, so extension pages need no script-src exception.
 */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const api = (window as unknown as { axe: typeof axe }).axe;
    const result = await api.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
}

/** axe's findings per view, kept in .test-results/axe.json for the report. */
export const axeReport: Record<string, Violation[]> = {};

export function saveAxeReport(): void {
  const dir = resolve(__dirname, '../../.test-results');
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/axe.json`;
  let previous: Record<string, Violation[]> = {};
  try {
    previous = JSON.parse(readFileSync(path, 'utf8'));
  } catch {}
  writeFileSync(path, `${JSON.stringify({ ...previous, ...axeReport }, null, 2)}\n`);
}

/** A readable failure message: rule, impact, help and the elements. */
export const describeViolations = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).join(' | ')}`).join('\n');

/** How many elements axe checked for `rule` (passed ones): proof that it saw inside shadow roots. */
export async function axePassedNodes(page: Page, include: string, rule: string): Promise<number> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([selector, id]) => {
      const api = (window as unknown as { axe: typeof axe }).axe;
      const result = await api.run({ include: [[selector]] }, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['passes'] });
      return result.passes.reduce((n, r) => n + r.nodes.length, 0);
    },
    [include, rule] as const,
  );
}
