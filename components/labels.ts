import type { Answer, Criterion, ScreeningMode, Verdict } from '../lib/model';
import { t, type MessageKey } from '../lib/i18n/translate';

/** Message keys for the model's enums, shared by every view. */
export const CRITERION_LABEL: Record<Criterion, MessageKey> = {
  population: 'criterionPopulation',
  intervention: 'criterionIntervention',
  comparison: 'criterionComparison',
  outcome: 'criterionOutcome',
  studyDesign: 'criterionStudyDesign',
};
export const CRITERION_LETTER: Record<Criterion, string> = {
  population: 'P',
  intervention: 'I',
  comparison: 'C',
  outcome: 'O',
  studyDesign: 'S',
};
export const ANSWER_LABEL: Record<Answer, MessageKey> = { met: 'answerMet', 'not met': 'answerNotMet', unclear: 'answerUnclear' };
export const ANSWER_MARK: Record<Answer, string> = { met: '✓', 'not met': '✗', unclear: '?' };

export const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  include: 'decisionInclude',
  exclude: 'decisionExclude',
  maybe: 'decisionMaybe',
};
export const MODE_LABEL: Record<ScreeningMode, MessageKey> = { single: 'modeSingle', 'dual-blind': 'modeDualBlind', 'dual-open': 'modeDualOpen' };

/** A mark for each verdict so that status never rests on colour alone. */
export const VERDICT_MARK: Record<Verdict, string> = { include: '✓', exclude: '✗', maybe: '?' };

/** A record's status in words with its mark: "✗ Exclude — wrong population", "○ Undecided". */
export function statusText(decision: Verdict | undefined, reason?: string): string {
  if (!decision) return `○ ${t('decisionNone')}`;
  return `${VERDICT_MARK[decision]} ${t(VERDICT_LABEL[decision])}${reason ? ` — ${reason}` : ''}`;
}
