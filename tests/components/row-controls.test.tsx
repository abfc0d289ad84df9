import { describe, expect, it } from 'vitest';
import { createRowControls, type ControlRow } from '../../components/page/row-controls';
import type { Article } from '../../lib/model';
import type { RowStatus } from '../../lib/messaging/protocol';
import { setLanguage } from '../../lib/i18n/page';
import { asTrusted } from './render';

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

  // A site's own script can dispatch keys and click into the controls (their shadow root is
  // open): none of that may decide a record in the reviewer's name.
  const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true });
  const click = () => new MouseEvent('click', { bubbles: true, composed: true });
  const button = (row: ControlRow, name: string) => barOf(row).querySelector<HTMLButtonElement>(`button.${name}`)!;
  /** Controls over these rows that note each decision as "<title> <verdict>". */
  async function recording(rows: ControlRow[]) {
    const decided: string[] = [];
    const controls = createRowControls(document, async (article, decision) => {
      decided.push(`${article.title} ${decision}`);
      return { window: 'pass', decision };
    });
    controls.update(rows, review);
    await tick();
    return { decided, controls };
  }

  it("decides only on the reviewer's keys, not on keys the page's script dispatches", async () => {
    const rows = page(2);
    const { decided, controls } = await recording(rows);
    for (const k of ['j', 'i', 'e', 'm']) document.dispatchEvent(key(k));
    await tick();
    expect(decided).toEqual([]);
    expect(barOf(rows[0]).querySelector('select')).toBeNull();
    for (const k of ['j', 'i', 'j', 'e']) document.dispatchEvent(asTrusted(key(k)));
    await tick();
    expect(decided).toEqual(['Study 0 include']);
    // E opens the current row's reason picker (Saring's own click on its Exclude button).
    expect(barOf(rows[1]).querySelector('select')).not.toBeNull();
    controls.destroy();
  });

  it("decides only on the reviewer's clicks, not on clicks the page's script makes in the controls", async () => {
    const rows = page(1);
    const decided: string[] = [];
    const controls = createRowControls(document, async (_, decision) => {
      decided.push(decision);
      return { window: 'pass', decision };
    });
    controls.update(rows, review);
    await tick();
    button(rows[0], 'include').click();
    button(rows[0], 'maybe').dispatchEvent(click());
    button(rows[0], 'exclude').click();
    await tick();
    expect(decided).toEqual([]);
    expect(barOf(rows[0]).querySelector('select')).toBeNull();
    button(rows[0], 'maybe').dispatchEvent(asTrusted(click()));
    await tick();
    expect(decided).toEqual(['maybe']);
    controls.destroy();
  });

  it("puts a table row's control in its first cell (a Scholar profile's rows), not in a column of its own", async () => {
    document.body.innerHTML =
      '<table><tbody><tr class="gsc_a_tr"><td class="gsc_a_t"><a>Pijat oksitosin</a></td><td class="gsc_a_c">12</td><td class="gsc_a_y">2021</td></tr></tbody></table>';
    const element = document.querySelector('tr')!;
    const row = { element, article: { title: 'Pijat oksitosin' } as Article, status: { key: 'k0', window: 'pass' } as RowStatus };
    const controls = createRowControls(document, async () => ({ window: 'pass' }));
    controls.update([row], review);
    await tick();
    expect([...element.children].map((cell) => cell.tagName)).toEqual(['TD', 'TD', 'TD']);
    expect(element.querySelector('td.gsc_a_t > saring-row')).not.toBeNull();
    // Drawn again (the page redrew nothing): still one control.
    controls.update([row], review);
    await tick();
    expect(element.querySelectorAll('saring-row')).toHaveLength(1);
    controls.destroy();
    expect(element.querySelectorAll('saring-row')).toHaveLength(0);
  });

  it('I / E / M decide the row whose control the reviewer reached with Tab, not the row J left the cursor on', async () => {
    const rows = page(4);
    const { decided, controls } = await recording(rows);
    document.dispatchEvent(asTrusted(key('j')));
    await tick();
    const include = button(rows[3], 'include');
    include.focus();
    await tick();
    include.dispatchEvent(asTrusted(key('m')));
    await tick();
    expect(decided).toEqual(['Study 3 maybe']);
    expect(barOf(rows[3]).firstElementChild?.classList.contains('current')).toBe(true);
    controls.destroy();
  });

  it("marks each control with the reviewer's language, not the site's", async () => {
    setLanguage('id');
    const rows = page(1);
    const controls = createRowControls(document, async () => ({ window: 'pass' }));
    controls.update(rows, review);
    await tick();
    expect(rows[0].element.querySelector('saring-row')?.getAttribute('lang')).toBe('id');
    controls.destroy();
    setLanguage('en');
  });

  it('stores a reason stepped to with the arrow keys only on Enter; one clicked with the mouse at once', async () => {
    const rows = page(1);
    const decided: string[] = [];
    const controls = createRowControls(document, async (_, decision, reason) => {
      decided.push(`${decision} ${reason}`);
      return { window: 'pass', decision, reason };
    });
    controls.update(rows, { ...review, exclusionReasons: ['wrong population', 'other'] });
    await tick();
    button(rows[0], 'exclude').dispatchEvent(asTrusted(click()));
    await tick();
    const select = barOf(rows[0]).querySelector('select')!;
    const choose = (value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    // Chrome on Windows / Linux: ArrowDown in a closed list fires change at once.
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    choose('wrong population');
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    choose('other');
    await tick();
    expect(decided).toEqual([]);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await tick();
    expect(decided).toEqual(['exclude other']);
    button(rows[0], 'exclude').dispatchEvent(asTrusted(click()));
    await tick();
    const again = barOf(rows[0]).querySelector('select')!;
    again.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    again.value = 'wrong population';
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(decided).toEqual(['exclude other', 'exclude wrong population']);
    controls.destroy();
  });
});
