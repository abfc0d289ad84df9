import { z } from 'zod';
import { AnswersSchema, type Answers, PAGE_KINDS, StageSchema, VerdictSchema, type Review, type ScreeningMode, type ValidPageExtraction, type Verdict } from '../model';
import type { YearCheck } from '../screening/window';
import type { TeamState } from '../review/decisions';
import type { SyncStatus } from '../sync/engine';
import type { PublicConfig } from '../background/team';
import type { Relevance, ReviewRanking } from '../ranking/review';

/**
 * The one protocol between content scripts, the background and the extension pages.
 * Every request is parsed with these schemas in the background before anything is stored:
 * content scripts relay page content, which is untrusted. Articles travel as `unknown` and
 * are validated one by one, so a single garbled row cannot sink a whole page.
 */
export const ExtractionEnvelopeSchema = z.object({
  site: z.string().min(1).max(50),
  kind: z.enum(PAGE_KINDS),
  articles: z.array(z.unknown()).max(1_000),
  query: z.string().max(10_000).optional(),
  filters: z.record(z.string().max(100), z.string().max(1_000)).optional(),
  page: z.number().int().min(1).max(100_000).optional(),
  totalResults: z.number().int().min(0).optional(),
  message: z.string().max(1_000).optional(),
});

export const RequestSchemas = {
  /** A content script read its page (null: nothing recognised). */
  'page/extracted': z.object({ url: z.string().max(4_000), extraction: ExtractionEnvelopeSchema.nullable() }),
  /**
   * The popup asks what is on a tab. With `after` (epoch ms) the answer waits, up to 5 s, for a
   * reading of the tab made after that moment ("Read this page"). Extension pages only.
   */
  'tab/state': z.object({ tabId: z.number().int().min(0), after: z.number().int().min(0).optional() }),
  /** A decision on one article, from the popup or an in-page control. */
  decide: z.object({
    article: z.unknown(),
    decision: VerdictSchema,
    reason: z.string().max(200).optional(),
    note: z.string().max(5_000).optional(),
    answers: AnswersSchema.optional(),
    stage: StageSchema.optional(),
  }),
  /** Current decisions of the rows on a page. */
  'status/get': z.object({ articles: z.array(z.unknown()).max(1_000) }),
  /** An extension page changed a review: tell the tabs, send it to the team server. */
  'data/changed': z.object({ reviewId: z.string().max(100).optional() }),
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
  'status/get': { statuses: RowStatus[]; review: ReviewInfo };
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
