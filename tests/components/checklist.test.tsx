import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ScreeningPanel } from '../../components/ScreeningPanel';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { oxytocinMassageTemplate } from '../../lib/screening/templates';
import { setLanguage } from '../../lib/i18n';
import { button, click, mount, settle } from './render';

const review = ReviewSchema.parse({
  ...oxytocinMassageTemplate('r1'),
  window: { mode: 'range', from: 2018, to: 2023 },
});
const article = (year: number) =>
  ArticleSchema.parse({
    title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas: kuasi eksperimen',
    abstract: 'Penelitian ini menggunakan desain kuasi eksperimen pada ibu nifas, bukan ibu hamil.',
    authors: ['Sari D'],
    year,
    url: 'https://garuda.kemdikbud.go.id/documents/detail/1',
    source: 'garuda',
    sourceId: '1',
  });

function radio(root: HTMLElement, criterion: string, answer: string): HTMLInputElement {
  const input = root.querySelector(`input[name$="-${criterion}"][value="${answer}"]`) as HTMLInputElement | null;
  if (!input) throw new Error(`no ${criterion} ${answer}`);
  return input;
}

async function answer(root: HTMLElement, criterion: string, value: string) {
  await act(async () => {
    const input = radio(root, criterion, value);
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('screening panel', () => {
  beforeEach(() => {
    setLanguage('en');
    localStorage.clear();
  });

  it('marks include and exclude terms in the abstract with two different styles', async () => {
    const root = await mount(<ScreeningPanel article={article(2021)} review={review} status={{ window: 'pass' }} onSave={async () => undefined} />);
    const marks = [...root.querySelectorAll('.abstract-text mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toContainEqual(['ibu nifas', 'hl hl-include']);
    expect(marks).toContainEqual(['ibu hamil', 'hl hl-exclude']);
  });

  it('shows the automatic checks with their reasons', async () => {
    const root = await mount(<ScreeningPanel article={article(2016)} review={review} status={{ window: 'fail' }} onSave={async () => undefined} />);
    const checks = root.querySelector('.auto-checks')!.textContent!;
    expect(checks).toContain('Publication year: fail 2016 is outside 2018–2023');
    expect(checks).toContain('quasi-experimental (“kuasi eksperimen”) is an accepted design');
    expect(checks).toContain('Language: pass');
    expect(root.textContent).toContain('Suggested: ✗ Exclude — outside publication window');
  });

  it('tells why an article dated the year after the search year is not failed, and suggests nothing from its year', async () => {
    const searched = ReviewSchema.parse({ ...review, window: { mode: 'last-n', years: 5, searchDate: '2023-12-03' } });
    const root = await mount(<ScreeningPanel article={article(2024)} review={searched} status={{ window: 'unknown' }} onSave={async () => undefined} />);
    expect(root.querySelector('.auto-checks')!.textContent).toContain('Publication year: unknown 2024 is after 2018–2023: probably online before its 2024 issue');
    expect(root.textContent).not.toContain('Suggested:');
  });

  it('suggests exclusion for a criterion not met, and saves the answers with the accepted suggestion', async () => {
    const onSave = vi.fn(async () => undefined);
    const root = await mount(<ScreeningPanel article={article(2021)} review={review} status={{ window: 'pass' }} onSave={onSave} />);
    expect(root.textContent).not.toContain('Suggested:');
    await answer(root, 'population', 'not met');
    expect(root.textContent).toContain('Suggested: ✗ Exclude — wrong population');
    await click(button(root, 'Accept suggestion'));
    expect(onSave).toHaveBeenCalledWith({ decision: 'exclude', reason: 'wrong population', note: undefined, answers: { population: 'not met' } }, 'verdict');
  });

  it('suggests inclusion when all five are met; the reviewer can override', async () => {
    const onSave = vi.fn(async () => undefined);
    const root = await mount(<ScreeningPanel article={article(2021)} review={review} status={{ window: 'pass' }} onSave={onSave} />);
    for (const c of ['population', 'intervention', 'comparison', 'outcome', 'studyDesign']) await answer(root, c, 'met');
    expect(root.textContent).toContain('Suggested: ✓ Include');
    await click(button(root, 'Maybe'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ decision: 'maybe' }), 'verdict');
  });

  it('keeps answers given before deciding when the panel is closed and opened again', async () => {
    const first = await mount(<ScreeningPanel article={article(2021)} review={review} status={{ window: 'pass' }} onSave={async () => undefined} />);
    await answer(first, 'outcome', 'unclear');
    const again = await mount(<ScreeningPanel article={article(2021)} review={review} status={{ window: 'pass' }} onSave={async () => undefined} />);
    expect(radio(again, 'outcome', 'unclear').checked).toBe(true);
  });

  it('re-saves a decision when its answers change', async () => {
    const onSave = vi.fn(async () => undefined);
    const status = { window: 'pass' as const, decision: 'include' as const, answers: { population: 'met' as const } };
    const root = await mount(<ScreeningPanel article={article(2021)} review={review} status={status} onSave={onSave} />);
    expect(radio(root, 'population', 'met').checked).toBe(true);
    await answer(root, 'outcome', 'met');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ decision: 'include', answers: { population: 'met', outcome: 'met' } }), 'answers');
  });
});
