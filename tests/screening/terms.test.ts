import { describe, expect, it } from 'vitest';
import { reviewTerms, termMatcher } from '../../lib/screening/terms';
import { oxytocinMassageTemplate } from '../../lib/screening/templates';
import { ReviewSchema } from '../../lib/model';

const review = ReviewSchema.parse(oxytocinMassageTemplate('r1'));

describe('protocol terms', () => {
  const matcher = termMatcher(reviewTerms(review));

  it('marks include and exclude terms in a text, longest term first, whole words only', () => {
    const segments = matcher.segments('Pijat oksitosin meningkatkan produksi ASI pada ibu nifas, bukan ibu hamil.');
    const marked = segments.filter((s) => s.term).map((s) => [s.text, s.term!.kind, s.term!.criterion]);
    expect(marked).toEqual([
      ['Pijat oksitosin', 'include', 'intervention'],
      ['produksi ASI', 'include', 'outcome'],
      ['ibu nifas', 'include', 'population'],
      ['ibu hamil', 'exclude', 'population'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Pijat oksitosin meningkatkan produksi ASI pada ibu nifas, bukan ibu hamil.');
  });

  it('matches across hyphens and case, and not inside other words', () => {
    expect(matcher.found('POST-PARTUM women').map((t) => t.term)).toContain('post partum');
    expect(termMatcher([{ term: 'ASI', kind: 'include', criterion: 'outcome' }]).found('Asia and Basic')).toEqual([]);
  });

  it('treats a trailing * as any ending', () => {
    const m = termMatcher([{ term: 'breastfe*', kind: 'include', criterion: 'outcome' }]);
    expect(
      m
        .segments('Breastfeeding rates')
        .filter((s) => s.term)
        .map((s) => s.text),
    ).toEqual(['Breastfeeding']);
  });

  it('copes with no terms and with terms full of regex characters', () => {
    expect(termMatcher([]).segments('text')).toEqual([{ text: 'text' }]);
    expect(termMatcher([{ term: 'C++ (x)?', kind: 'include', criterion: 'outcome' }]).found('use C++ (x)? here')).toHaveLength(1);
  });
});
