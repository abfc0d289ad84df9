import { describe, expect, it } from 'vitest';
import { createRowControls, type ControlRow } from '../../components/page/row-controls';
import type { Article } from '../../lib/model';
import type { RowStatus } from '../../lib/messaging/protocol';

const review = { title: 'R', exclusionReasons: ['other'], window: { from: 2018, to: 2023 }, mode: 'single' as const };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(count: number): ControlRow[] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, (_, i) => {
    const element = document.createElement('div');
    document.body.append(element);
    return { element, article: { title: `Study ${i}` } as Article, status: { key: `k${i}`, window: 'pass' } as RowStatus };
  });
}

const barOf = (row: ControlRow) => row.element.querySelector('saring-row')!.shadowRoot!.lastElementChild as HTMLElement;

describe('in-page row controls', () => {
  it('redraws only the rows whose status changed when statuses arrive by key', async () => {
    const rows = page(3);
    const controls = createRowControls(document, async () => ({ window: 'pass' }));
    controls.update(rows, review);
    await tick();
    const before = rows.map((row) => barOf(row).firstElementChild);
    controls.patch(
      new Map([
        ['k1', { key: 'k1', window: 'pass', decision: 'include' }],
        ['k2', { key: 'k2', window: 'pass' }],
      ]),
      review,
    );
    await tick();
    expect(rows[1].status.decision).toBe('include');
    expect(barOf(rows[1]).textContent).not.toBe('');
    // Row 0 was not named, row 2 did not change: both keep their drawn element untouched.
    expect(barOf(rows[0]).firstElementChild).toBe(before[0]);
    expect(barOf(rows[2]).firstElementChild).toBe(before[2]);
    expect(rows[2].status).toEqual({ key: 'k2', window: 'pass' });
    controls.destroy();
  });
});
