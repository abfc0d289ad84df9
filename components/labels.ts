import type { Answer, Criterion } from '../lib/model';
import type { MessageKey } from '../lib/i18n';

/** Message keys for the model's enums, shared by every view. */
export const CRITERION_LABEL: Record<Criterion, MessageKey> = {
  population: 'criterionPopulation',
  intervention: 'criterionIntervention',
  comparison: 'criterionComparison',
  outcome: 'criterionOutcome',
  studyDesign: 'criterionStudyDesign',
};
export const CRITERION_LETTER: Record<Criterion, string> = {
  population: 'P', intervention: 'I', comparison: 'C', outcome: 'O', studyDesign: 'S',
};
export const ANSWER_LABEL: Record<Answer, MessageKey> = { met: 'answerMet', 'not met': 'answerNotMet', unclear: 'answerUnclear' };
export const ANSWER_MARK: Record<Answer, string> = { met: '✓', 'not met': '✗', unclear: '?' };
