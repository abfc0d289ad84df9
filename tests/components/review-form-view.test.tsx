import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewFormView } from '../../components/dashboard/ReviewFormView';
import type { Review } from '../../lib/model';
import { setLanguage } from '../../lib/i18n';
import { blankReview } from '../../lib/screening/templates';
import { mount, settle } from './render';

// The protocol's publication window: the years it covers are previewed beside the fields, and a
// field that is wrong shows its error — and then no years, which would contradict it.
const review = {
  ...blankReview('r1', 'Pijat oksitosin', Date.parse('2024-06-01T10:00:00'), 'en'),
  window: { mode: 'last-n', years: 5, searchDate: '2024-06-01', countCurrentYear: false },
} as Review;

async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
  });
}

async function save(root: HTMLElement): Promise<void> {
  await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
  await settle();
}

const preview = (root: HTMLElement) => root.querySelector('fieldset.window p.muted')?.textContent ?? '';
const alerts = (root: HTMLElement) => [...root.querySelectorAll('fieldset.window [role=alert]')].map((a) => a.textContent);

describe('the publication window of the protocol', () => {
  beforeEach(() => setLanguage('en'));

  it('previews the years of a valid window', async () => {
    const root = await mount(<ReviewFormView review={review} onSave={vi.fn(async () => undefined)} />);
    expect(preview(root)).toContain('Window: 2019–2024.');
  });

  it.each([
    ['0', 'Enter a number of years from 1 to 100.'],
    ['101', 'Enter a number of years from 1 to 100.'],
  ])('shows only the error for "Years (N)" = %s, no years beside it', async (text, error) => {
    const onSave = vi.fn(async () => undefined);
    const root = await mount(<ReviewFormView review={review} onSave={onSave} />);
    await type(root.querySelector<HTMLInputElement>('fieldset.window input[type=number]')!, text);
    await save(root);
    expect(alerts(root)).toEqual([error]);
    expect(preview(root)).not.toMatch(/Window:/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows only the error for explicit years the wrong way round', async () => {
    const root = await mount(<ReviewFormView review={review} onSave={vi.fn(async () => undefined)} />);
    await act(async () => void root.querySelectorAll<HTMLInputElement>('input[name=windowMode]')[1].dispatchEvent(new Event('change')));
    const [from, to] = [...root.querySelectorAll<HTMLInputElement>('fieldset.window input[inputmode=numeric]')];
    await type(from, '2023');
    await type(to, '2018');
    await save(root);
    expect(alerts(root)).toHaveLength(1);
    expect(preview(root)).not.toMatch(/Window:/);
  });
});

describe('exclusion reasons edited in the protocol', () => {
  beforeEach(() => setLanguage('en'));

  it('names a line edited in place as a rename when it saves, against the list it opened with', async () => {
    const onSave = vi.fn(async (_review: Review, _renamed: [string, string][]) => undefined);
    const root = await mount(<ReviewFormView review={review} onSave={onSave} />);
    const box = [...root.querySelectorAll('textarea')].find((t) => t.value.split('\n').includes(review.exclusionReasons[0]))!;
    const lines = box.value.split('\n');
    await type(box as unknown as HTMLInputElement, [`${lines[0]} (adults)`, ...lines.slice(1)].join('\n'));
    await save(root);
    expect(onSave.mock.calls[0][1]).toEqual([[lines[0], `${lines[0]} (adults)`]]);
    // Saved again unchanged: nothing more is renamed.
    await save(root);
    expect(onSave.mock.calls[1][1]).toEqual([]);
  });
});
