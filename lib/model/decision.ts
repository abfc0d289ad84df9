import { z } from 'zod';
import { CriterionSchema } from './review';

export const ANSWERS = ['met', 'not met', 'unclear'] as const;
export const AnswerSchema = z.enum(ANSWERS);
export type Answer = z.infer<typeof AnswerSchema>;

export const VERDICTS = ['include', 'exclude', 'maybe'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Title/abstract screening, then the full-text stage PRISMA reports separately. */
export const STAGES = ['screening', 'full-text'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const AnswersSchema = z.partialRecord(CriterionSchema, AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;

/**
 * One decision event. Decisions are append-only: the current decision on a record is
 * the latest event for it, and the earlier ones are its history (who decided what, when).
 */
export const DecisionSchema = z
  .object({
    id: z.number().int().positive().optional(),
    reviewId: z.string().min(1).max(100),
    /** Record key (lib/model/key.ts) of the record in that review. */
    key: z.string().min(1).max(2_100),
    stage: StageSchema.default('screening'),
    answers: AnswersSchema.default({}),
    decision: VerdictSchema,
    reason: z.string().trim().max(200).optional(),
    note: z.string().max(5_000).optional(),
    reviewer: z.string().trim().max(200).default(''),
    decidedAt: z.number().int().positive(),
    /** Full-text stage: false when the report could not be retrieved. */
    retrieved: z.boolean().optional(),
    /** Set when a rule (the publication window) decided, not a person. */
    automatic: z.boolean().optional(),
    /** The key the decision was made on, when that record was later merged into this one. */
    mergedFrom: z.string().max(2_100).optional(),
  })
  .refine((d) => d.decision === 'exclude' || !d.reason, {
    message: 'only an exclusion has a reason',
    path: ['reason'],
  });
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionInput = z.input<typeof DecisionSchema>;
