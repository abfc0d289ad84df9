import { CRITERIA } from '../model/constants';
import type { Answers, Criterion, Verdict } from '../model';
import type { YearCheck } from './window';
import { reasonFor } from './reasons';

export { reasonFor, REASON_FOR } from './reasons';

export interface Suggestion {
  decision: Verdict;
  reason?: string;
  /** Why, as the criterion or check behind it. */
  because: Criterion | 'window' | 'all-met' | 'unclear';
}

/**
 * What the answers so far suggest. Any criterion not met, or a year outside the window,
 * suggests exclusion with the matching reason (criteria in PICOS order, then the window);
 * all five criteria met (and the year not outside) suggests inclusion; otherwise maybe.
 * Nothing answered and the year not failing: no suggestion.
 */
export function suggestDecision(answers: Answers, year: YearCheck, reasons: string[]): Suggestion | undefined {
  const notMet = CRITERIA.find((c) => answers[c] === 'not met');
  if (notMet) return { decision: 'exclude', reason: reasonFor(notMet, reasons), because: notMet };
  if (year === 'fail') return { decision: 'exclude', reason: reasonFor('window', reasons), because: 'window' };
  const answered = CRITERIA.filter((c) => answers[c]);
  if (answered.length === 0) return undefined;
  if (CRITERIA.every((c) => answers[c] === 'met')) return { decision: 'include', because: 'all-met' };
  return { decision: 'maybe', because: 'unclear' };
}
