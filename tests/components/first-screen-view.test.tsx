import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstScreenView } from '../../components/dashboard/FirstScreenView';
import { setLanguage } from '../../lib/i18n';
import { firstScreenOf } from '../../lib/review/first-screen';
import type { Decision, ReviewRecord } from '../../lib/model';
import { mount } from './render';

const record = (key: string, title: string): ReviewRecord => ({
  reviewId: 'r',
  key,
  article: { title, authors: ['Sari, D.'], keywords: [], url: 'https://example.org', source: 'import', year: 2021 },
  sources: [{ database: 'pubmed', at: 1 }],
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
});

describe('the dashboard before the whole review is read', () => {
  beforeEach(() => {
    setLanguage('en');
    // happy-dom lays nothing out: give the table's scrolling body a window's height.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  });

  it('shows the saved first rows, says how many records are still being read, and offers nothing to act on yet', async () => {
    const records = Array.from({ length: 5 }, (_, i) => record(`k${i}`, `Study ${i}`));
    const decisions = new Map<string, Decision>([['k3', { decision: 'include', decidedAt: 5, answers: {} } as Decision]]);
    const screen = firstScreenOf({ reviewId: 'r', mark: 'm', reviewerId: 'me' }, records, decisions, 3);
    const root = await mount(<FirstScreenView screen={{ ...screen, total: 50_000 }} />);
    const section = root.querySelector('.records-view')!;
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(section.hasAttribute('inert')).toBe(true);
    expect(section.textContent).toContain('The first 3 of 50,000 records');
    expect([...root.querySelectorAll('.title-link')].map((b) => b.textContent)).toEqual(['Study 3', 'Study 0', 'Study 1']);
    expect(root.querySelector('[role=search]')).toBeNull();
  });
});
