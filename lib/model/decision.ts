import { z } from 'zod';
import { ANSWERS, VERDICTS, STAGES } from './constants';

export { ANSWERS, VERDICTS, STAGES };
import { CriterionSchema } from './review';

export const AnswerSchema = z.enum(ANSWERS);
export type Answer = z.infer<typeof AnswerSchema>;

export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Title/abstract screening, then the full-text stage PRISMA reports separately. */
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const AnswersSchema = z.partialRecord(CriterionSchema, AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;

/**
 * A decision as the views show it: one decision (or resolution) event, placed on the record
 * it belongs to now. Decisions are folded from events (lib/review/derive.ts); the earlier
 * ones on a record are its history (who decided what, when).
 */
export interface Decision {
  /** The event's id. */
  id: string;
  reviewId: string;
  /** The record's key (the surviving record, when the one decided on was merged since). */
  key: string;
  stage: Stage;
  answers: Answers;
  decision: Verdict;
  reason?: string;
  note?: string;
  /** The reviewer's name, as they went by when deciding. */
  reviewer: string;
  reviewerId: string;
  decidedAt: number;
  /** Full-text stage: false when the report could not be retrieved. */
  retrieved?: boolean;
  /** Set when a rule (the publication window) decided, not a person. */
  automatic?: boolean;
  /** The key the decision was made on, when that record was later merged into this one. */
  mergedFrom?: string;
  /** Set on the final decision of a disagreement: why it was resolved so. */
  why?: string;
  /** Set on a final decision the reviewers agreed on: their names. */
  agreedBy?: string[];
}
