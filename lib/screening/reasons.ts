// Zod-free (types only): content scripts use it too.
import type { Criterion } from '../model';

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
