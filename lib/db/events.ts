import {
  EVENT_PAYLOADS,
  ReviewEventSchema,
  ReviewerSchema,
  ReviewSchema,
  SUBJECT,
  type EventDraft,
  type PayloadInput,
  type Review,
  type ReviewEvent,
  type Reviewer,
} from '../model';
import { latest } from '../review/order';
import { foldGroups, groupMembers, type Groups } from '../review/groups';
import { db, eventsOf, REVIEWER_SETTING, type AsReceived, type StoredEvent } from './schema';
import { validate, ValidationError } from './errors';

/** A new random id (events, reviews, reviewers). */
export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** Tables every write of events touches; a caller's own transaction must include them. */
export const EVENT_TABLES = ['events', 'settings', 'reviews'] as const;
const tables = () => EVENT_TABLES.map((name) => db().table(name));

/** The reviewer of this browser profile, created (with no name yet) the first time it is asked for. */
export async function localReviewer(): Promise<Reviewer> {
  return db().transaction('rw', db().settings, async () => {
    const stored = ReviewerSchema.safeParse((await db().settings.get(REVIEWER_SETTING))?.value);
    if (stored.success) return stored.data;
    const created: Reviewer = { id: newId(), name: '' };
    await db().settings.put({ key: REVIEWER_SETTING, value: created });
    return created;
  });
}

/** Change this profile's reviewer: a new name, or the identity the reviewer used on another machine. */
export async function setLocalReviewer(reviewer: Reviewer): Promise<Reviewer> {
  const valid = validate(ReviewerSchema, reviewer, 'Reviewer not saved');
  await db().settings.put({ key: REVIEWER_SETTING, value: valid });
  return valid;
}

/**
 * The time of a new event: now, but never before an event this replica already holds (a
 * hybrid logical clock), so an event made after seeing another is always ordered after it,
 * even when the two machines' clocks disagree.
 */
async function tick(now: number): Promise<number> {
  const clock = Number((await db().settings.get('clock'))?.value ?? 0);
  const at = Math.max(now, clock + 1);
  await db().settings.put({ key: 'clock', value: at });
  return at;
}

async function nextSeq(): Promise<number> {
  return ((await db().events.orderBy('seq').last())?.seq ?? 0) + 1;
}

const WHAT: Record<string, string> = {
  decision: 'Decision not saved',
  resolution: 'Resolution not saved',
  protocol: 'Review not saved',
  merge: 'Merge not saved',
  'record-edit': 'Record not saved',
  search: 'Search not logged',
  'search-edit': 'Search not saved',
};

/**
 * THE write path of a review: validate each change, stamp it with an id, this profile's
 * reviewer and the time, and append it — all of them or none. Views, the background and
 * imports change a review only through here (and lib/db/records.ts for what pages and files
 * show of articles). Returns the stored events.
 */
export async function appendEvents(reviewId: string, drafts: EventDraft[], now = Date.now()): Promise<StoredEvent[]> {
  if (!drafts.length) return [];
  const payloads = drafts.map((d, i) => {
    const schema = EVENT_PAYLOADS[d.kind] as (typeof EVENT_PAYLOADS)[keyof typeof EVENT_PAYLOADS];
    if (!schema) throw new ValidationError('Change not saved', [{ path: 'kind', message: `unknown kind "${d.kind}"` }]);
    return validate(schema, d.payload, drafts.length > 1 ? `${WHAT[d.kind] ?? 'Change not saved'} (${i + 1} of ${drafts.length})` : (WHAT[d.kind] ?? 'Change not saved'));
  });
  const valid = packDecisions(drafts.map((d, i) => ({ kind: d.kind, subject: d.subject, payload: payloads[i] }) as EventDraft));
  const stored = await db().transaction('rw', tables(), async () => {
    const by = await localReviewer();
    const at = await tick(now);
    const seq = await nextSeq();
    const events = valid.map((d, i) => ({ id: newId(), reviewId, by, at, subject: d.subject, kind: d.kind, payload: d.payload, seq: seq + i }) as StoredEvent);
    await db().events.bulkAdd(events);
    if (events.some((e) => e.kind === 'protocol')) await materializeReview(reviewId);
    return events;
  });
  return unpackEvents(stored);
}

/** From this many decisions in one change on, they are stored packed (see the `decisions` event). */
const PACK_FROM = 20;
const PACK_SIZE = 5_000;

/**
 * A bulk change of decisions as `decisions` events of up to 5,000 items each: one IndexedDB
 * object per 5,000 decisions instead of one per decision (10,000 objects take about a second
 * to write, one object of 10,000 items under a tenth of that). Anything else stays as it is.
 */
function packDecisions(drafts: EventDraft[]): EventDraft[] {
  if (drafts.length < PACK_FROM || drafts.some((d) => d.kind !== 'decision')) return drafts;
  const packed: EventDraft[] = [];
  for (let from = 0; from < drafts.length; from += PACK_SIZE) {
    const items = drafts.slice(from, from + PACK_SIZE).map((d) => ({ subject: d.subject, payload: d.payload as PayloadInput<'decision'> }));
    packed.push({ kind: 'decisions', subject: SUBJECT.decisions, payload: { items } });
  }
  return packed;
}

/**
 * Events as the folds read them: a packed `decisions` event becomes one `decision` event per
 * item, with the pack's author, time and sequence and an id of its own (`<pack id>/<item>`).
 */
export function unpackEvents<E extends ReviewEvent>(events: readonly E[]): E[] {
  if (!events.some((e) => e.kind === 'decisions')) return events as E[];
  return events.flatMap((e) =>
    e.kind !== 'decisions' ? [e] : e.payload.items.map((item, i) => ({ ...e, id: `${e.id}/${i}`, kind: 'decision', subject: item.subject, payload: item.payload }) as unknown as E),
  );
}

/**
 * Store events made elsewhere (a team member's, through sync or a shared file; a backup):
 * each is checked on its own and an invalid one is reported, never half stored; events
 * already here are skipped, so receiving the same event twice changes nothing. `asReceived`:
 * the server's copy of events this Saring reads otherwise (lib/sync/receive.ts), kept with them.
 */
export async function storeEvents(
  incoming: readonly unknown[],
  asReceived?: ReadonlyMap<string, AsReceived>,
): Promise<{ added: StoredEvent[]; present: number; invalid: { index: number; message: string }[] }> {
  const invalid: { index: number; message: string }[] = [];
  const valid: ReviewEvent[] = [];
  incoming.forEach((item, index) => {
    const parsed = ReviewEventSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else
      invalid.push({
        index,
        message: parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`)
          .join('; '),
      });
  });
  return db().transaction('rw', tables(), async () => {
    const existing = await db().events.bulkGet(valid.map((e) => e.id));
    const unique = new Map<string, ReviewEvent>();
    valid.forEach((e, i) => !existing[i] && unique.set(e.id, e));
    const seq = await nextSeq();
    const added = [...unique.values()].map((e, i) => {
      const received = asReceived?.get(e.id);
      return { ...e, seq: seq + i, ...(received ? { asReceived: received } : {}) } as StoredEvent;
    });
    if (added.length) {
      await db().events.bulkAdd(added);
      const clock = Number((await db().settings.get('clock'))?.value ?? 0);
      const newest = Math.max(...added.map((e) => e.at));
      if (newest > clock) await db().settings.put({ key: 'clock', value: newest });
      for (const reviewId of new Set(added.filter((e) => e.kind === 'protocol').map((e) => e.reviewId))) await materializeReview(reviewId);
    }
    return { added, present: valid.length - added.length, invalid };
  });
}

/** Every event of a review as stored (decisions packed), in the order this replica received them. */
export async function storedEvents(reviewId: string): Promise<StoredEvent[]> {
  return (await eventsOf(db(), reviewId).toArray()).sort((a, b) => a.seq - b.seq);
}

/** Every event of a review as the folds read it (packed decisions unpacked), in order received. */
export async function listEvents(reviewId: string): Promise<StoredEvent[]> {
  return unpackEvents(await storedEvents(reviewId));
}

const NOT_RECORDS = new Set<string>([SUBJECT.protocol, SUBJECT.merge, SUBJECT.delete, SUBJECT.decisions]);

/** The events about some subjects (records' keys, `protocol`, …) of a review, packed decisions unpacked. */
export async function eventsAbout(reviewId: string, subjects: string[]): Promise<StoredEvent[]> {
  if (!subjects.length) return [];
  const about = (list: string[]) =>
    db()
      .events.where('[reviewId+subject]')
      .anyOf(list.map((s) => [reviewId, s]))
      .toArray();
  // Records' decisions may also sit in packed events.
  const wanted = new Set(subjects.filter((s) => !NOT_RECORDS.has(s) && !s.startsWith('search:')));
  if (!wanted.size) return about(subjects);
  const [direct, packs] = await Promise.all([about(subjects), about([SUBJECT.decisions])]);
  return [...direct, ...unpackEvents(packs).filter((e) => wanted.has(e.subject))];
}

/**
 * What the folds need to tell some records' decisions without the whole review: the merges
 * (folded into `groups`) and every event about every member of each key's group (a decision
 * on a merged-away key counts for its group).
 */
export async function eventsOfRecords(reviewId: string, keys: string[]): Promise<{ groups: Groups; merges: StoredEvent[]; events: StoredEvent[] }> {
  const merges = await eventsAbout(reviewId, [SUBJECT.merge]);
  const groups = foldGroups(merges);
  return { groups, merges, events: await eventsAbout(reviewId, groupMembers(groups, keys)) };
}

/**
 * The records whose decision shows a change of these records: the keys and every record merged
 * with one of them (a merged group shares one decision, so a page showing any member must redraw).
 */
export async function groupMembersOf(reviewId: string, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  return groupMembers(foldGroups(await eventsAbout(reviewId, [SUBJECT.merge])), keys);
}

/**
 * The review row is a cache of its latest protocol event (so the background finds the active
 * review in one read); `archived` and `createdAt` are this profile's own.
 */
export async function materializeReview(reviewId: string): Promise<Review | undefined> {
  const versions = await eventsAbout(reviewId, ['protocol']);
  const last = latest(versions);
  if (last?.kind !== 'protocol') return undefined;
  const local = await db().reviews.get(reviewId);
  const createdAt = Math.min(...versions.map((v) => v.at));
  const review = ReviewSchema.parse({ ...last.payload.protocol, id: reviewId, archived: local?.archived ?? false, createdAt: local?.createdAt ?? createdAt, updatedAt: last.at });
  await db().reviews.put(review);
  return review;
}
