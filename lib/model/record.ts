import { z } from 'zod';
import { ArticleSchema } from './article';
import { ARTICLE_LIMITS, RECORD_KEY_MAX } from './limits';

/** One sighting of a record: a result row, an article page or an imported file. */
export const SourceHitSchema = z.object({
  database: z.string().min(1).max(200),
  url: z.string().max(ARTICLE_LIMITS.url).optional(),
  /** The logged search it came from (lib/review/searches.ts). */
  searchId: z.string().min(1).max(200).optional(),
  fileName: z.string().max(500).optional(),
  at: z.number().int().positive(),
});
export type SourceHit = z.infer<typeof SourceHitSchema>;

/** Data-extraction fields of an included study (the evidence table). */
export const EvidenceSchema = z.object({
  studyDesign: z.string().max(2_000).default(''),
  sampleSize: z.string().max(500).default(''),
  setting: z.string().max(2_000).default(''),
  intervention: z.string().max(5_000).default(''),
  comparison: z.string().max(5_000).default(''),
  outcomeMeasure: z.string().max(5_000).default(''),
  mainResult: z.string().max(10_000).default(''),
  notes: z.string().max(10_000).default(''),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * The evidence fields one save changed, the others left out: two reviewers who fill different
 * fields of one record before they sync (Ani the sample size, Budi the setting) both keep theirs.
 * No defaults here: a field left out is not a field emptied.
 */
export const EvidenceFieldsSchema = z.object(
  Object.fromEntries(Object.entries(EvidenceSchema.shape).map(([name, field]) => [name, field.unwrap().optional()])) as { [K in keyof Evidence]: z.ZodOptional<z.ZodString> },
);
export type EvidenceFields = z.infer<typeof EvidenceFieldsSchema>;

/** The fields of `after` that differ from `before` (what a save of the evidence form changed). */
export function evidenceChanges(before: Evidence, after: Evidence): EvidenceFields {
  return Object.fromEntries((Object.keys(after) as (keyof Evidence)[]).filter((k) => after[k] !== before[k]).map((k) => [k, after[k]]));
}

/** An article as a record of one review: what it is, where it was found, what was extracted. */
export const ReviewRecordSchema = z.object({
  reviewId: z.string().min(1).max(100),
  key: z.string().min(1).max(RECORD_KEY_MAX),
  article: ArticleSchema,
  sources: z.array(SourceHitSchema).max(10_000),
  /** Keys of records merged into this one as duplicates. */
  aliases: z.array(z.string().max(RECORD_KEY_MAX)).max(1_000).default([]),
  evidence: EvidenceSchema.optional(),
  /**
   * Another report of the study whose main report is the record under this key (a conference
   * abstract, a protocol, a second paper of one trial): PRISMA 2020 counts studies and their
   * reports apart (lib/prisma/studies.ts). Set by the reviewer, through a `record-edit` event.
   */
  reportOf: z.string().min(1).max(RECORD_KEY_MAX).optional(),
  addedAt: z.number().int().positive(),
  updatedAt: z.number().int().positive(),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
export type ReviewRecordInput = z.input<typeof ReviewRecordSchema>;
