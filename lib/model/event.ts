import { z } from 'zod';
import { ARTICLE_LIMITS, DECISION_LIMITS, PAGE_LIMITS, RECORD_KEY_MAX } from './limits';
import { ArticleSchema } from './article';
import { AnswersSchema, StageSchema, VerdictSchema } from './decision';
import { EvidenceFieldsSchema, EvidenceSchema } from './record';
import { ProtocolSchema } from './review';
import { LIST_KINDS, SEARCH_METHODS, SEARCH_ORIGINS } from './search';

/**
 * Every change a person makes to a review is one immutable event: who (reviewer id and the
 * name they went by), when (`at`, a hybrid logical clock in ms: never earlier than an event
 * the author had already seen), what (`kind` + `payload`) and about what (`subject`: the
 * record key, `protocol`, `merge`, `delete` or `search:<id>`, so that one index finds a
 * record's or a search's history). Events are never edited, so two replicas can never
 * disagree about one; the current state is folded from them (lib/review/derive.ts).
 */
const recordKey = z.string().min(1).max(RECORD_KEY_MAX);
const reviewerId = z.string().min(1).max(100);
const keys = z.array(recordKey).min(1).max(10_000);
const note = z.string().max(DECISION_LIMITS.note).optional();
const searchId = z.string().min(1).max(200);

export const ReviewerRefSchema = z.object({ id: reviewerId, name: z.string().trim().max(200) });
export type ReviewerRef = z.infer<typeof ReviewerRefSchema>;

export const DecisionPayloadSchema = z
  .object({
    stage: StageSchema,
    decision: VerdictSchema,
    reason: z.string().trim().max(DECISION_LIMITS.reason).optional(),
    note,
    answers: AnswersSchema.default({}),
    /** Full-text stage: false when the report could not be retrieved. */
    retrieved: z.boolean().optional(),
    /** A rule (the publication window) decided, at this reviewer's request. */
    automatic: z.boolean().optional(),
  })
  .refine((d) => d.decision === 'exclude' || !d.reason, { message: 'only an exclusion has a reason', path: ['reason'] });

export const SearchPayloadSchema = z.object({
  searchId,
  database: z.string().trim().min(1, 'name the database').max(200),
  query: z.string().max(PAGE_LIMITS.query),
  url: z.string().max(ARTICLE_LIMITS.url).default(''),
  filters: z.record(z.string().max(PAGE_LIMITS.filterName), z.string().max(PAGE_LIMITS.filterValue)).default({}),
  totalResults: z.number().int().min(0).optional(),
  pages: z.array(z.number().int().min(1)).max(10_000).default([]),
  origin: z.enum(SEARCH_ORIGINS),
  counted: z.boolean().default(true),
  /** A list seen on a site that is no database search ("Cited by"): logged with counted false. */
  list: z.enum(LIST_KINDS).optional(),
  /** Absent: the method its list gives (defaultMethod). */
  method: z.enum(SEARCH_METHODS).optional(),
  fileName: z.string().max(500).optional(),
  recordCount: z.number().int().min(0).optional(),
  /** An imported file's records, hashed (lib/review/import-overlap.ts): the same file imported again is found by it. Absent before this release. */
  fingerprint: z.string().max(100).optional(),
  note: z.string().max(2_000).optional(),
  /** When the search was run, if not when it was logged (searches entered by hand). */
  ranAt: z.number().int().positive().optional(),
});

export const SearchPatchSchema = z.object({
  query: z.string().max(10_000).optional(),
  /** null clears a count entered earlier. */
  totalResults: z.number().int().min(0).nullable().optional(),
  note: z.string().max(2_000).optional(),
  counted: z.boolean().optional(),
  method: z.enum(SEARCH_METHODS).optional(),
  ranAt: z.number().int().positive().optional(),
});

/** The payload of each kind of event. */
export const EVENT_PAYLOADS = {
  /** One reviewer's decision on one record (subject: the record key). */
  decision: DecisionPayloadSchema,
  /**
   * Many decisions made at once (a bulk change, the window rule), subject `decisions`: stored
   * as one event because IndexedDB pays per object written; read as one `decision` event per
   * item (lib/db/events.ts unpacks them), so every fold sees plain decisions.
   */
  decisions: z.object({
    items: z
      .array(z.object({ subject: recordKey, payload: DecisionPayloadSchema }))
      .min(1)
      .max(5_000),
  }),
  /** The final decision on a record the reviewers disagreed on, and why (subject: the record key). */
  resolution: DecisionPayloadSchema.and(z.object({ why: z.string().trim().min(1, 'say why').max(2_000) })),
  /** The whole protocol as saved (subject `protocol`). */
  /**
   * `renamed`: the reasons this save renamed, [old, new], as the form saw them (lib/review/reason-names.ts);
   * absent from saves of earlier releases.
   */
  protocol: z.object({
    protocol: ProtocolSchema,
    renamed: z
      .array(z.tuple([z.string().trim().min(1).max(200), z.string().trim().min(1).max(200)]))
      .max(100)
      .optional(),
  }),
  /** Records found to be one study (subject `merge`). */
  merge: z.object({ target: recordKey, keys }),
  'merge-undo': z.object({ merge: z.string().min(8).max(64) }),
  'keep-apart': z.object({ a: recordKey, b: recordKey }),
  /**
   * Metadata corrected or evidence extracted (subject: the record key). `evidenceFields`: the
   * fields one save changed, each the latest of its own; `evidence` (saves before field-level
   * saves) replaces the whole evidence, and still reads so. `reportOf`: see below.
   */
  'record-edit': z.object({
    article: ArticleSchema.optional(),
    evidence: EvidenceSchema.optional(),
    evidenceFields: EvidenceFieldsSchema.optional(),
    /**
     * The record is another report of the study of this record (null: of no other). An older
     * Saring reads the edit without it (Zod drops the field) and sync sends on the server's copy.
     */
    reportOf: recordKey.nullable().optional(),
  }),
  /** Records removed from the review, or put back (subject `delete`). */
  'records-delete': z.object({ keys }),
  'records-restore': z.object({ keys }),
  /** A search seen on a site, an imported file or a search entered by hand (subject `search:<id>`). */
  search: SearchPayloadSchema,
  'search-edit': z.object({ searchId, patch: SearchPatchSchema }),
  'search-delete': z.object({ searchId }),
} as const;
export type EventKind = keyof typeof EVENT_PAYLOADS;
export const EVENT_KINDS = Object.keys(EVENT_PAYLOADS) as EventKind[];

const EventHeadSchema = z.object({
  id: z.string().min(8).max(64),
  reviewId: z.string().min(1).max(100),
  by: ReviewerRefSchema,
  at: z.number().int().positive(),
  subject: z.string().min(1).max(2_200),
});

const eventOf = <K extends EventKind>(kind: K) => EventHeadSchema.extend({ kind: z.literal(kind), payload: EVENT_PAYLOADS[kind] });

export const ReviewEventSchema = z.discriminatedUnion('kind', [
  eventOf('decision'),
  eventOf('decisions'),
  eventOf('resolution'),
  eventOf('protocol'),
  eventOf('merge'),
  eventOf('merge-undo'),
  eventOf('keep-apart'),
  eventOf('record-edit'),
  eventOf('records-delete'),
  eventOf('records-restore'),
  eventOf('search'),
  eventOf('search-edit'),
  eventOf('search-delete'),
]);
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;
export type EventOf<K extends EventKind> = Extract<ReviewEvent, { kind: K }>;
export type PayloadInput<K extends EventKind> = z.input<(typeof EVENT_PAYLOADS)[K]>;

/** What a caller asks to append: the store adds the id, the time and the reviewer. */
export type EventDraft = { [K in EventKind]: { kind: K; subject: string; payload: PayloadInput<K> } }[EventKind];

/** Subjects that are not record keys. */
export const SUBJECT = {
  protocol: 'protocol',
  merge: 'merge',
  delete: 'delete',
  decisions: 'decisions',
  search: (id: string) => `search:${id}`,
} as const;
