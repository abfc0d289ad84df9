// Zod-free (types only): content scripts use it too.
import type { Criterion } from '../model';

// The window's wording and keywords stand alone: the bars beside result rows need only these.
const WINDOW_REASON = 'outside publication window';
const WINDOW_KEYWORD = /window|year|date|tahun|rentang/i;

/** The default exclusion reason for a criterion that is not met. */
export const REASON_FOR: Record<Criterion | 'window', string> = {
  population: 'wrong population',
  intervention: 'wrong intervention',
  comparison: 'wrong comparison',
  outcome: 'wrong outcome',
  studyDesign: 'wrong study design',
  window: WINDOW_REASON,
};
const KEYWORD: Record<Criterion | 'window', RegExp> = {
  population: /population|populasi|sampel|participant/i,
  intervention: /intervention|intervensi/i,
  comparison: /comparison|comparator|pembanding|kontrol/i,
  outcome: /outcome|luaran|hasil/i,
  studyDesign: /design|desain|rancangan/i,
  window: WINDOW_KEYWORD,
};

/** The review's own reason: the default wording, else a reason naming the check, else "other". */
function pick(reasons: string[], wording: string, keyword: RegExp): string | undefined {
  const exact = reasons.find((r) => r.toLowerCase() === wording);
  return exact ?? reasons.find((r) => keyword.test(r)) ?? reasons.find((r) => /^(other|lainnya|lain-lain)$/i.test(r));
}

/** The review's own reason for a failed check: the default wording, else a reason naming it, else "other". */
export function reasonFor(check: Criterion | 'window', reasons: string[]): string | undefined {
  return pick(reasons, REASON_FOR[check], KEYWORD[check]);
}

/** reasonFor('window', …) without the other checks' words (the in-page bars ship this). */
export function windowReason(reasons: string[]): string | undefined {
  return pick(reasons, WINDOW_REASON, WINDOW_KEYWORD);
}
