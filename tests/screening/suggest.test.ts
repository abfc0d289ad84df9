import { describe, expect, it } from 'vitest';
import { reasonFor, suggestDecision } from '../../lib/screening/suggest';
import { windowReason } from '../../lib/screening/reasons';
import { DEFAULT_EXCLUSION_REASONS } from '../../lib/model';

const reasons = [...DEFAULT_EXCLUSION_REASONS];
const allMet = { population: 'met', intervention: 'met', comparison: 'met', outcome: 'met', studyDesign: 'met' } as const;

describe('suggested decision', () => {
  it('suggests exclusion with the reason of the first criterion not met', () => {
    expect(suggestDecision({ ...allMet, comparison: 'not met', outcome: 'not met' }, 'pass', reasons)).toEqual({
      decision: 'exclude',
      reason: 'wrong comparison',
      because: 'comparison',
    });
  });
  it('suggests exclusion for a year outside the window, even with nothing answered', () => {
    expect(suggestDecision({}, 'fail', reasons)).toEqual({ decision: 'exclude', reason: 'outside publication window', because: 'window' });
    expect(suggestDecision(allMet, 'fail', reasons)?.decision).toBe('exclude');
  });
  it('suggests inclusion when all five are met and maybe when some are unclear or unanswered', () => {
    expect(suggestDecision(allMet, 'pass', reasons)).toEqual({ decision: 'include', because: 'all-met' });
    expect(suggestDecision(allMet, 'unknown', reasons)?.decision).toBe('include');
    expect(suggestDecision({ ...allMet, outcome: 'unclear' }, 'pass', reasons)?.decision).toBe('maybe');
    expect(suggestDecision({ population: 'met' }, 'pass', reasons)?.decision).toBe('maybe');
  });
  it('makes no suggestion before anything is answered', () => {
    expect(suggestDecision({}, 'pass', reasons)).toBeUndefined();
    expect(suggestDecision({}, 'unknown', reasons)).toBeUndefined();
  });
  it('finds the review\'s own wording of a reason, or falls back to "other"', () => {
    expect(reasonFor('population', ['Populasi tidak sesuai', 'Lainnya'])).toBe('Populasi tidak sesuai');
    expect(reasonFor('outcome', ['Populasi tidak sesuai', 'Lainnya'])).toBe('Lainnya');
    expect(reasonFor('outcome', ['x'])).toBeUndefined();
  });
  it('gives the in-page bars the same window reason as reasonFor', () => {
    for (const list of [reasons, ['Di luar rentang tahun', 'Lainnya'], ['Lainnya'], ['x'], ['OUTSIDE PUBLICATION WINDOW']]) {
      expect(windowReason(list)).toBe(reasonFor('window', list));
    }
  });
});
