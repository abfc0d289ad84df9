import { ReviewEventSchema, ReviewRecordSchema, type ReviewEvent, type ReviewRecord } from '../model';
import type { AsReceived, StoredEvent } from '../db/schema';

// How Saring's data looks in a team's CouchDB database (one database per review): every event
// is one document `ev:<id>` that never changes; every record one document `rec:<key>` that
// replicas update and join (lib/review/join.ts), so a conflict is always resolvable.

export const EVENT_PREFIX = 'ev:';
export const RECORD_PREFIX = 'rec:';
/** Format of the documents, so a later Saring can tell its own older documents apart. */
export const DOC_FORMAT = 1;

/** A 128-bit hash of a text as 32 hex digits (four FNV-1a lanes): the revision of an event. */
export function hash128(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995, 0x27d4eb2f, 0x165667b1];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ (c + l * 131), 0x01000193 + l * 2);
  }
  return lanes.map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** JSON with object keys in order: the same event gives the same text on every machine. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An event never changes, so its revision is the same everywhere: 1-<hash of its content>. */
export function eventRev(event: ReviewEvent): string {
  return `1-${hash128(canonicalJson(event))}`;
}

export function eventDoc(event: ReviewEvent): Record<string, unknown> {
  return { _id: EVENT_PREFIX + event.id, _rev: eventRev(event), saring: DOC_FORMAT, type: 'event', event };
}

/**
 * A stored event as it goes to the server: a teammate's event this Saring reads otherwise goes
 * exactly as the server sent it (same revision, so the server keeps one version of it).
 */
export function storedEventDoc({ seq: _seq, asReceived, ...event }: StoredEvent): Record<string, unknown> {
  if (!asReceived) return eventDoc(event as ReviewEvent);
  return { _id: EVENT_PREFIX + event.id, _rev: asReceived.rev, saring: DOC_FORMAT, type: 'event', event: asReceived.event };
}

export function recordDoc(record: ReviewRecord, rev?: string): Record<string, unknown> {
  return { _id: RECORD_PREFIX + record.key, ...(rev ? { _rev: rev } : {}), saring: DOC_FORMAT, type: 'record', record };
}

export type Received =
  | { kind: 'event'; event: ReviewEvent; asReceived?: AsReceived }
  | { kind: 'record'; record: ReviewRecord; rev: string }
  | { kind: 'skip' }
  | { kind: 'invalid'; id: string; message: string };

/**
 * Check one document from the server before anything of it is stored: it must be an event or
 * a record of this review, whole and valid, under the id its content gives. Anything else is
 * reported (by id, with what is wrong) and skipped; the server's own documents are ignored.
 */
export function readDoc(doc: Record<string, unknown> | undefined, reviewId: string): Received {
  const id = String(doc?._id ?? '');
  if (!doc || id.startsWith('_design/') || id.startsWith('_local/') || doc._deleted) return { kind: 'skip' };
  // A document a later Saring wrote in a format of its own: what to do is update, not read a Zod path.
  const invalid = (message: string): Received => ({ kind: 'invalid', id: id.slice(0, 200), message });
  const newer = typeof doc.saring === 'number' && doc.saring > DOC_FORMAT;
  const unreadable = (message: string) => invalid(newer ? `it was made by a newer Saring (document format ${doc.saring}) — update Saring to read it` : message);
  if (doc.type === 'event') {
    const parsed = ReviewEventSchema.safeParse(doc.event);
    if (!parsed.success) return unreadable(issues(parsed.error.issues));
    if (parsed.data.reviewId !== reviewId) return invalid(`it belongs to another review (${parsed.data.reviewId.slice(0, 60)})`);
    if (id !== EVENT_PREFIX + parsed.data.id) return invalid('its id does not match the event it holds');
    // Read otherwise than written (a newer Saring's fields dropped): keep the server's copy to send on.
    const asRead = canonicalJson(parsed.data);
    if (asRead === canonicalJson(doc.event)) return { kind: 'event', event: parsed.data };
    return { kind: 'event', event: parsed.data, asReceived: { rev: String(doc._rev ?? `1-${hash128(canonicalJson(doc.event))}`), event: doc.event as Record<string, unknown> } };
  }
  if (doc.type === 'record') {
    const parsed = ReviewRecordSchema.safeParse(doc.record);
    if (!parsed.success) return unreadable(issues(parsed.error.issues));
    if (parsed.data.reviewId !== reviewId) return invalid(`it belongs to another review (${parsed.data.reviewId.slice(0, 60)})`);
    if (id !== RECORD_PREFIX + parsed.data.key) return invalid('its id does not match the record it holds');
    return { kind: 'record', record: parsed.data, rev: String(doc._rev ?? '') };
  }
  return unreadable('it is not a Saring event or record');
}

function issues(list: { path: PropertyKey[]; message: string }[]): string {
  return list
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(document)'}: ${i.message}`)
    .join('; ');
}
