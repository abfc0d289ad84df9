import { CRITERIA, type Answers, type Criterion, type Verdict } from '../model';
import type { YearCheck } from './window';

/** The default exclusion reason for a criterion that is not met. */
export const REASON_FOR: Record<Criterion | 'window', string> = {
  population: 'wrong population',
  intervention: 'wrong intervention',
  comparison: 'wrong comparison',
  outcome: 'wrong outcome',
  studyDesign: 'wrong study design',
  window: 'outside publication window',
};
const KEYWORD: Record<Criterion | 'window', RegExp> = {
  population: /population|populasi|sampel|participant/i,
  intervention: /intervention|intervensi/i,
  comparison: /comparison|comparator|pembanding|kontrol/i,
  outcome: /outcome|luaran|hasil/i,
  studyDesign: /design|desain|rancangan/i,
  window: /window|year|date|tahun|rentang/i,
};

/** The review's own reason for a failed check: the default wording, else a reason naming it, else "other". */
export function reasonFor(check: Criterion | 'window', reasons: string[]): string | undefined {
  const exact = reasons.find((r) => r.toLowerCase() === REASON_FOR[check]);
  return exact ?? reasons.find((r) => KEYWORD[check].test(r)) ?? reasons.find((r) => /^(other|lainnya|lain-lain)$/i.test(r));
}

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
