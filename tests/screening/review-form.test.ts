import { describe, expect, it } from 'vitest';
import { formFromReview, reviewFromForm, splitTerms, windowOfForm } from '../../lib/screening/review-form';
import { oxytocinMassageTemplate } from '../../lib/screening/templates';

const today = new Date('2026-11-28T10:00:00');
const base = { id: 'r1', createdAt: 1, archived: false };
const form = () => formFromReview(oxytocinMassageTemplate('r1', today.getTime()));

describe('review protocol form', () => {
  it('round-trips the template through the form', () => {
    const { review, errors } = reviewFromForm(form(), base, today);
    expect(errors).toEqual({});
    expect(review!.criteria.intervention.include).toContain('pijat oksitosin');
    expect(review!.window).toEqual({ mode: 'last-n', years: 5, searchDate: '2026-11-28', countCurrentYear: false });
  });

  it('splits terms on semicolons and lines, without duplicates', () => {
    expect(splitTerms('oxytocin massage; pijat oksitosin\n pijat oksitosin ;')).toEqual(['oxytocin massage', 'pijat oksitosin']);
  });

  it.each([
    ['a review without a title', { title: '  ' }, 'title', 'errorTitleRequired'],
    ['an empty window', { windowMode: 'range', from: '', to: '' }, 'from', 'errorWindowEmpty'],
    ['an inverted window', { windowMode: 'range', from: '2023', to: '2018' }, 'to', 'errorWindowInverted'],
    ['a year in the future', { windowMode: 'range', from: '2020', to: '2031' }, 'to', 'errorYearFuture'],
    ['a search date in the future', { searchDate: '2027-01-05' }, 'searchDate', 'errorSearchDateFuture'],
    ['zero years', { years: '0' }, 'years', 'errorYearsRange'],
    ['no exclusion reasons', { exclusionReasons: ' \n ' }, 'exclusionReasons', 'errorReasonsRequired'],
  ] as const)('refuses %s with a message at the field', (_, change, field, key) => {
    const { review, errors } = reviewFromForm({ ...form(), ...change }, base, today);
    expect(review).toBeUndefined();
    expect(errors[field]?.key).toBe(key);
  });

  it('has a window to preview only when none of its fields is wrong', () => {
    expect(windowOfForm(form(), today)).toEqual({ mode: 'last-n', years: 5, searchDate: '2026-11-28', countCurrentYear: false });
    expect(windowOfForm({ ...form(), windowMode: 'range', from: '2018', to: '2023' }, today)).toEqual({ mode: 'range', from: 2018, to: 2023 });
    for (const change of [
      { years: '0' },
      { years: '5.5' },
      { searchDate: '2027-01-05' },
      { windowMode: 'range', from: '2023', to: '2018' },
      { windowMode: 'range', from: '', to: '' },
    ] as const) {
      expect(windowOfForm({ ...form(), ...change }, today), JSON.stringify(change)).toBeUndefined();
    }
    // A field outside the window that is wrong does not hide it.
    expect(windowOfForm({ ...form(), title: '' }, today)).toBeDefined();
  });
});
