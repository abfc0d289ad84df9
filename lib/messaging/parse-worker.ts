// The dashboard ↔ import worker channel (platform/parse.worker.ts), typed and parsed like the
// rest of the protocol. The worker reads a file and keeps its records; the page sees how many
// there are and where they seem to come from, then asks the worker to store them. The records
// never cross to the page: copying 10,000 of them took ~200 ms of the import's ~900.
import { z } from 'zod';
import type { Mapping } from '../formats/csv-profiles';
import { CsvMappingRequiredError, FormatError } from '../formats/errors';
import { englishText, errorText, importMessage, type ImportMessage } from '../formats/messages';
import { isQuotaExceeded } from '../db/errors';

const MappingSchema = z.record(z.string().max(100), z.union([z.string().max(1_000), z.array(z.string().max(1_000)).max(100)])) as z.ZodType<Mapping>;
const FileName = z.string().max(1_000);

/**
 * An import message as a code and its values (lib/formats/messages.ts), which the dashboard says
 * in the reviewer's language. Any code is let through (a newer reader's): the page writes a code
 * it has no words for in the English text sent beside it.
 */
const FormatCode = z.string().max(40);
const MessageArgSchema = z.union([
  z.string().max(2_000),
  z.number(),
  z.strictObject({ format: FormatCode }),
  z.strictObject({ formats: z.array(FormatCode).min(1).max(20) }),
  z.strictObject({ field: z.string().max(100) }),
  z.strictObject({ file: FileName.optional() }),
]);
const Place = z.number().int().min(0).optional();
const PlainMessageSchema = z.object({
  code: z.string().regex(/^[A-Za-z]{1,40}$/),
  args: z.array(MessageArgSchema).max(8).optional(),
  line: Place,
  record: Place,
  item: Place,
});
export const ImportMessageSchema = PlainMessageSchema.extend({ parts: z.array(PlainMessageSchema).max(100).optional() });

/**
 * Dashboard → worker: a file's bytes (transferred), with a column mapping for a CSV the reviewer
 * mapped; then, once it is read, "store what you read in this review".
 */
export const ParseRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), bytes: z.instanceof(ArrayBuffer), fileName: FileName }),
  z.object({ kind: z.literal('mapped'), bytes: z.instanceof(ArrayBuffer), fileName: FileName, mapping: MappingSchema }),
  z.object({
    kind: z.literal('store'),
    reviewId: z.string().min(1).max(200),
    // What the search log records of the file: the database the reviewer confirmed, its name and format.
    database: z.string().min(1).max(200),
    fileName: FileName,
    format: z.string().max(40),
    /** A search entered by hand that the reviewer chose to log the file under (lib/review/import-overlap.ts attachableSearches). */
    attachTo: z.string().min(1).max(200).optional(),
  }),
]);
export type ParseRequest = z.infer<typeof ParseRequestSchema>;
export type StoreRequest = Extract<ParseRequest, { kind: 'store' }>;

/** Worker → dashboard, once a file is read: what it holds, or why it could not be read. */
export const ParseReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    format: z.string(),
    /** The export it came from, as the reviewer knows it ("Scopus"), or 'mapped' (the reviewer's own mapping). */
    dialect: z.string().optional(),
    encoding: z.string(),
    /** Records read (each a valid Article, kept in the worker). */
    count: z.number().int().min(0),
    /** The database the records most likely came from (lib/db guessDatabase), for the reviewer to confirm. */
    database: z.string(),
    /**
     * The file's record keys, each once, sorted, and their fingerprint (lib/review/import-overlap.ts):
     * the page tells from them whether the review holds this file's records from an earlier import.
     * Dropped when not as expected: the file is then imported without that check.
     */
    keys: z.array(z.string()).optional().catch(undefined),
    /** The other identifiers of some of its records (fileIdentifiers: a DOI record's PMID), which the overlap is counted by too. */
    ids: z.array(z.array(z.string()).min(1).max(8)).optional().catch(undefined),
    fingerprint: z.string().max(100).optional().catch(undefined),
    warnings: z.array(z.string()),
    /**
     * The same warnings, each as a code and its values, in the same order. Only a translation of
     * `warnings`: when it is not as expected (a value longer than a message takes) it is dropped
     * and the page shows the English text, never "an answer Saring does not understand".
     */
    messages: z.array(ImportMessageSchema).max(1_000).optional().catch(undefined),
  }),
  z.object({
    ok: z.literal(false),
    message: z.string(),
    /** The message as a code and its values (dropped like `messages` when it is not as expected). */
    detail: ImportMessageSchema.optional().catch(undefined),
    code: z.string(),
    line: z.number().optional(),
    headers: z.array(z.string()).optional(),
    suggestion: MappingSchema.optional(),
  }),
]);
export type ParseReply = z.infer<typeof ParseReplySchema>;

/** Worker → dashboard while and after it stores a file's records (lib/db importRecords). */
export const StoreReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({
    kind: z.literal('stored'),
    summary: z.object({ searchId: z.string(), read: z.number(), added: z.number(), merged: z.number() }),
  }),
  // The English text, and the message it is written from, which the page says in the reviewer's language.
  z.object({ kind: z.literal('failed'), message: z.string(), detail: ImportMessageSchema.optional().catch(undefined) }),
]);
export type StoreReply = z.infer<typeof StoreReplySchema>;

/** A read that failed for `detail`, as the worker answers it. */
const failedWith = (detail: ImportMessage): ParseReply => ({ ok: false, message: englishText(detail), detail, code: 'unreadable' });
/** A store that failed for `detail`, as the worker answers it. */
export const storeFailedWith = (detail: ImportMessage): StoreReply => ({ kind: 'failed', message: englishText(detail), detail });

/** Why the page could not store a file's records: thrown by ReadFile.store, said by the page from `detail`. */
export class StoreFailure extends Error {
  override readonly name = 'StoreFailure';
  constructor(
    readonly detail: ImportMessage | undefined,
    message = detail ? englishText(detail) : '',
  ) {
    super(message);
  }
}

/** What stopped a store inside the worker: a full disk, else an unexpected problem named by its text. */
export function storeFailed(error: unknown): StoreReply {
  if (isQuotaExceeded(error)) return storeFailedWith(importMessage('storageFull'));
  return storeFailedWith(importMessage('storeUnexpected', errorText(error)));
}

/** The worker died (worker.onerror: out of memory, a bug) while reading `fileName`, or while storing (no name). */
export const readerStopped = (fileName: string, why: string): ParseReply =>
  failedWith(why ? importMessage('unreadable', { file: fileName }, why) : importMessage('readerStopped', { file: fileName }));
export const storeStopped = (why: string): StoreFailure => new StoreFailure(why ? importMessage('storeUnexpected', why) : importMessage('storeStopped'));

/**
 * The worker's answer to a request it cannot parse, in the shape the page is waiting for (a store
 * request's failure, else a read's), naming the fields that are wrong.
 */
export function refusedRequest(data: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): ParseReply | StoreReply {
  const store = (data as { kind?: unknown } | null)?.kind === 'store';
  const why = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`)
    .join('; ');
  return store ? storeFailedWith(importMessage('storeRequestRefused', why)) : failedWith(importMessage('readRequestRefused', why));
}

/**
 * Why a file could not be read, as the worker answers it: a FormatError's message and its code
 * and values; any other error (a record the worker found invalid, a bug) as an unexpected problem
 * with `fileName`, its own text kept as the technical detail.
 */
export function failedRead(error: unknown, fileName?: string): ParseReply {
  if (error instanceof CsvMappingRequiredError)
    return { ok: false, message: error.message, detail: error.detail, code: error.code, line: error.line, headers: error.headers, suggestion: error.suggestion };
  if (error instanceof FormatError) return { ok: false, message: error.message, detail: error.detail, code: error.code, line: error.line };
  return failedWith(importMessage('unreadable', { file: fileName }, errorText(error)));
}

/** A worker's reply to a file, or the reason it is not one (never thrown). */
export function parseWorkerReply(data: unknown): ParseReply {
  const parsed = ParseReplySchema.safeParse(data);
  return parsed.success ? parsed.data : failedWith(importMessage('notUnderstood'));
}

/** A worker's message about storing, or a failure naming why it is not one (never thrown). */
export function storeWorkerReply(data: unknown): StoreReply {
  const parsed = StoreReplySchema.safeParse(data);
  return parsed.success ? parsed.data : storeFailedWith(importMessage('notUnderstood'));
}
