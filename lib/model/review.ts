import { z } from 'zod';

export const CRITERIA = ['population', 'intervention', 'comparison', 'outcome', 'studyDesign'] as const;
export const CriterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof CriterionSchema>;

const term = z.string().trim().min(1).max(200);

export const CriterionSpecSchema = z.object({
  description: z.string().trim().max(2_000).default(''),
  /** Synonyms in any language: "oxytocin massage", "pijat oksitosin". */
  include: z.array(term).max(200).default([]),
  exclude: z.array(term).max(200).default([]),
});
export type CriterionSpec = z.infer<typeof CriterionSpecSchema>;

const yearField = z.number().int().min(1900, 'a year after 1900').max(2100, 'a year before 2100');

/**
 * The publication window.
 * `last-n`: the last N years counted back from the search date. With `countCurrentYear`
 * off (the default, the usual reading of "last 5 years" in review methods sections), a search
 * in 2023 covers 2018–2023; with it on, the search year is one of the N years: 2019–2023.
 * `range`: explicit from/to years, both inclusive.
 */
export const PublicationWindowSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('last-n'),
    years: z.number().int().min(1, 'at least 1 year').max(100, 'at most 100 years'),
    searchDate: z.iso.date('the search date must be a date (YYYY-MM-DD)'),
    countCurrentYear: z.boolean().default(false),
  }),
  z.object({ mode: z.literal('range'), from: yearField, to: yearField }).refine((w) => w.from <= w.to, { message: 'the window ends before it starts', path: ['to'] }),
]);
export type PublicationWindow = z.infer<typeof PublicationWindowSchema>;

export const DEFAULT_EXCLUSION_REASONS = [
  'wrong population',
  'wrong intervention',
  'wrong comparison',
  'wrong outcome',
  'wrong study design',
  'outside publication window',
  'not full text',
  'duplicate',
  'other',
] as const;

/**
 * How a review is screened. `single`: one reviewer, the latest decision counts.
 * `dual-blind`: two (or more) reviewers decide independently and see each other's decisions
 * on a record only once both have decided it; `dual-open`: the same, but decisions are
 * visible at once. In both dual modes a record's final decision is the reviewers' agreement
 * or, where they disagree, a resolution.
 */
export const SCREENING_MODES = ['single', 'dual-blind', 'dual-open'] as const;
export const ScreeningModeSchema = z.enum(SCREENING_MODES);
export type ScreeningMode = z.infer<typeof ScreeningModeSchema>;

/** What the team agrees on: everything of a review that a protocol change saves. */
export const ProtocolSchema = z.object({
  title: z.string().trim().min(1, 'the review needs a title').max(500),
  question: z.string().trim().max(5_000).default(''),
  criteria: z.object({
    population: CriterionSpecSchema,
    intervention: CriterionSpecSchema,
    comparison: CriterionSpecSchema,
    outcome: CriterionSpecSchema,
    studyDesign: CriterionSpecSchema,
  }),
  window: PublicationWindowSchema,
  designs: z.object({
    accepted: z.array(term).max(100).default([]),
    excluded: z.array(term).max(100).default([]),
  }),
  /** ISO 639-1 codes of accepted languages; empty = any. */
  languages: z.array(z.string().trim().min(2).max(10)).max(50).default([]),
  exclusionReasons: z.array(term).min(1, 'keep at least one exclusion reason').max(100),
  /** Before reviewer identities (schema 4) the protocol named its reviewer; kept for old data. */
  reviewer: z.string().trim().max(200).default(''),
  mode: ScreeningModeSchema.default('single'),
});
export type Protocol = z.infer<typeof ProtocolSchema>;

export const ReviewSchema = ProtocolSchema.extend({
  id: z.string().min(1).max(100),
  /** Archived in this browser only: it is not a change to the review. */
  archived: z.boolean().default(false),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Review = z.infer<typeof ReviewSchema>;
export type ReviewInput = z.input<typeof ReviewSchema>;

/** The protocol part of a review, as a protocol event carries it. */
export function protocolOf(review: Review): Protocol {
  const { id: _id, archived: _archived, createdAt: _created, updatedAt: _updated, ...protocol } = review;
  return protocol;
}
