import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { getActiveReview, loadReviewData, recordSeen } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { mount } from './render';

const css = readFileSync(`${__dirname}/../../components/styles/ui.css`, 'utf8');

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const start = css.indexOf(`\n${selector} {`);
  expect(start, `no rule ${selector}`).toBeGreaterThan(-1);
  return css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
}

/** A length in px, through the table's width variable when the rule names it. */
function px(value: string): number {
  const variable = value.match(/var\((--[\w-]+)\)/);
  if (variable) return px(rule('.records-table').match(new RegExp(`${variable[1]}:\\s*([^;]+)`))![1]);
  return Number(value.match(/^\s*(\d+)px/)![1]);
}

/** The grid's tracks, `repeat(n, w)` written out and `minmax(min, …)` at its minimum. */
function tracks(template: string): number[] {
  const written = template.replace(/repeat\((\d+),\s*([^)]+)\)/g, (_, n: string, w: string) => Array(Number(n)).fill(w.trim()).join(' '));
  return (written.match(/minmax\([^)]*\)|\d+px/g) ?? []).map((t) => Number(t.match(/(\d+)px/)![1]));
}

describe('the records table is as wide as its columns', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('rows and their scrolling body are at least the sum of the columns, so the last columns (Relevance, the date) are not cut off', () => {
    const row = rule('.records-table .tr');
    const columns = tracks(row.match(/grid-template-columns:\s*([^;]+);/)![1]);
    const sum = columns.reduce((a, b) => a + b, 0);
    expect(px(row.match(/min-width:\s*([^;]+);/)![1])).toBeGreaterThanOrEqual(sum);
    expect(px(rule('.records-table .tbody').match(/min-width:\s*([^;]+);/)![1])).toBeGreaterThanOrEqual(sum);
  });

  it('has a track for every header cell', async () => {
    const review = await getActiveReview();
    await recordSeen(review.id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin', year: 2021 })], { database: 'pubmed' });
    const root = await mount(<RecordsView data={await loadReviewData(review.id)} reload={async () => {}} notifyChanged={() => {}} />);
    const headers = root.querySelectorAll('.records-table .th [role=columnheader]').length;
    expect(headers).toBeGreaterThan(10);
    expect(tracks(rule('.records-table .tr').match(/grid-template-columns:\s*([^;]+);/)![1])).toHaveLength(headers);
  });
});
