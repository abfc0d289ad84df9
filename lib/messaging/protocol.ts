import { z } from 'zod';
import { AnswersSchema, type Answers, PageExtractionSchema, StageSchema, VerdictSchema, type Review, type ScreeningMode, type ValidPageExtraction, type Verdict } from '../model';
import type { YearCheck } from '../screening/window';
import type { TeamState } from '../review/decisions';
import type { SyncStatus } from '../sync/engine';
import type { PublicConfig } from '../background/team';
import type { Relevance, ReviewRanking } from '../ranking/review';
import { BROADCAST_KEYS_MAX, DATA_CHANGED, DECISIONS_CHANGED, TAB_READ, TEAM_STATUS } from './broadcast';
import type { Catalog } from '../i18n/translate';
import { ARTICLE_LIMITS, DECISION_LIMITS, PAGE_LIMITS, RECORD_KEY_MAX } from '../model/limits';

/**
 * The one protocol between content scripts, the background and the extension pages.
 * Every request is parsed with these schemas in the background before anything is stored:
 * content scripts relay page content, which is untrusted. Articles travel as `unknown` and
 * are validated one by one, so a single garbled row cannot sink a whole page.
 */
export const ExtractionEnvelopeSchema = PageExtractionSchema.extend({ articles: z.array(z.unknown()).max(PAGE_LIMITS.rows) });

/** A record's key: once the background knows an article, messages name it by this. */
export const RecordKeySchema = z.string().min(1).max(RECORD_KEY_MAX);

export const RequestSchemas = {
  /** A content script read its page (null: nothing recognised). */
  'page/extracted': z.object({ url: z.string().max(ARTICLE_LIMITS.url), extraction: ExtractionEnvelopeSchema.nullable() }),
  /**
   * The popup asks what is on a tab. With `after` (epoch ms) the answer waits, up to 5 s, for a
   * reading of the tab made after that moment ("Read this page"). Extension pages only.
   */
  'tab/state': z.object({ tabId: z.number().int().min(0), after: z.number().int().min(0).optional() }),
  /**
   * A decision on one record, from the popup or an in-page control: by `key` when the background
   * already knows the article (it answered the page's report with its key), else by `article`.
   */
  decide: z
    .object({
      key: RecordKeySchema.optional(),
      article: z.unknown().optional(),
      decision: VerdictSchema,
      reason: z.string().max(DECISION_LIMITS.reason).optional(),
      note: z.string().max(DECISION_LIMITS.note).optional(),
      answers: AnswersSchema.optional(),
      stage: StageSchema.optional(),
    })
    .refine((d) => d.key !== undefined || d.article !== undefined, { message: 'a decision needs the record key or the article' }),
  /** A content script's in-page controls: their messages in the reviewer's language and their style (neither is in its bundle). */
  'page/controls': z.object({ language: z.enum(['en', 'id']) }),
  /** Current decisions of records on a page, by key (the rows the page reported earlier). */
  'status/get': z.object({ keys: z.array(RecordKeySchema).max(PAGE_LIMITS.rows) }),
  /**
   * An extension page changed a review: tell the tabs, send it to the team server. `keys`: the
   * records changed, when the page knows them (the tabs then redraw only those rows); absent: any.
   */
  'data/changed': z.object({ reviewId: z.string().max(100).optional(), keys: z.array(RecordKeySchema).max(PAGE_LIMITS.rows).optional() }),
  /** Connect the active review to a team's CouchDB database (checked first). Extension pages only. */
  'team/connect': z.object({ url: z.string().max(2_000), database: z.string().max(300), username: z.string().max(200), password: z.string().max(1_000) }),
  'team/disconnect': z.object({ reviewId: z.string().min(1).max(100) }),
  'team/status': z.object({ reviewId: z.string().min(1).max(100) }),
  /** The relevance ranking of a review's undecided records (retrained first if it changed). Extension pages only. */
  'rank/get': z.object({ reviewId: z.string().min(1).max(100) }),
} as const;

export type RequestType = keyof typeof RequestSchemas;
export type RequestOf<K extends RequestType> = z.input<(typeof RequestSchemas)[K]>;
export type ParsedRequest<K extends RequestType> = z.infer<(typeof RequestSchemas)[K]>;

/**
 * What one row of a page shows: its record, this reviewer's decision (the one their buttons
 * change), the year-window check and, in dual screening, where the record stands.
 */
export interface RowStatus {
  key?: string;
  /** This reviewer's decision (single mode: the record's current decision, whoever made it). */
  decision?: Verdict;
  reason?: string;
  note?: string;
  answers?: Answers;
  decidedAt?: number;
  window: YearCheck;
  /** The row's data could not be read (it is not stored and cannot be decided). */
  rejected?: boolean;
  /** Dual screening: the final decision, once there is one. */
  final?: { decision: Verdict; reason?: string };
  team?: TeamState;
  /** Dual screening: the other reviewers' decisions, when this reviewer may see them. */
  others?: { reviewer: string; decision: Verdict; reason?: string }[];
  /** True when this reviewer still has to decide the row. */
  todo?: boolean;
  /** How likely the row is relevant (undecided rows, once the review can be ranked). */
  relevance?: Relevance;
}

/** What in-page controls need of the active review. */
export interface ReviewInfo {
  title: string;
  exclusionReasons: string[];
  window: { from: number; to: number };
  mode: ScreeningMode;
}

export interface TabState {
  url: string;
  extraction: ValidPageExtraction | null;
  /** Why articles on the page were left out (invalid data), for the console and the popup. */
  rejected: number;
  at: number;
}

export interface ResponseMap {
  'page/extracted': { statuses: RowStatus[]; review?: ReviewInfo };
  'tab/state': { state: TabState | null; statuses: RowStatus[]; review: Review };
  decide: { status: RowStatus };
  /** One status per key asked for, in the same order. */
  'status/get': { statuses: RowStatus[]; review: ReviewInfo };
  'page/controls': { messages: Catalog; css: string };
  'data/changed': { ok: true };
  'team/connect': { reviewId: string; joined: boolean };
  'team/disconnect': { ok: true };
  'team/status': { status: SyncStatus; config?: PublicConfig };
  'rank/get': ReviewRanking;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** Who sent a message, reduced to what the handlers may rely on. */
export interface SenderInfo {
  /** Set for content scripts: the tab whose page they read. */
  tabId?: number;
  /** True for the extension's own pages (popup, dashboard). */
  fromExtensionPage: boolean;
}

/**
 * Background → tabs and extension pages. The background builds them typed (`Broadcast`); the
 * extension pages parse them with this schema. Content scripts check the one they listen to
 * with `isDecisionsChanged` (broadcast.ts), and the popup with `isTabRead`, which keeps Zod out
 * of their bundles; a test holds each to the schema's answers. `keys`: the records whose decisions changed (absent: any may have).
 */
export const BroadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(DECISIONS_CHANGED), keys: z.array(RecordKeySchema).max(BROADCAST_KEYS_MAX).optional() }),
  z.object({ type: z.literal(DATA_CHANGED), reviewId: z.string().min(1).max(100) }),
  z.object({ type: z.literal(TAB_READ), tabId: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  z.object({
    type: z.literal(TEAM_STATUS),
    reviewId: z.string().min(1).max(100),
    status: z.object({
      state: z.enum(['connecting', 'synced', 'waiting', 'offline', 'error', 'off']),
      waiting: z.number().int().min(0),
      message: z.string().max(2_000).optional(),
      lastSync: z.number().optional(),
      invalid: z.array(z.object({ id: z.string(), message: z.string() })),
    }),
  }),
]);
export type Broadcast = z.infer<typeof BroadcastSchema>;
export type BroadcastOf<T extends Broadcast['type']> = Extract<Broadcast, { type: T }>;

/** A broadcast of this type, or undefined when the message is something else or malformed. */
export function parseBroadcast<T extends Broadcast['type']>(type: T, message: unknown): BroadcastOf<T> | undefined {
  const parsed = BroadcastSchema.safeParse(message);
  return parsed.success && parsed.data.type === type ? (parsed.data as BroadcastOf<T>) : undefined;
}
