import type { Transaction } from 'dexie';
import type { Review, Reviewer } from '../model';
import { legacyToEvents, ownAuthor, readLegacy } from './legacy';
import { recordMatchKeys } from './match';
import { REVIEWER_SETTING, type Setting } from './schema';

function newUuid(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Schema 4: decisions, protocol changes, merges and searches become events. The data of
 * schema 3 (state, with merges folded into records) is turned into events by the same code
 * that reads old backups (legacy.ts); the local reviewer is created and credited with it.
 */
export async function upgradeToEvents(tx: Transaction): Promise<void> {
  const settings = tx.table<Setting, string>('settings');
  const reviews = await tx.table<Review, string>('reviews').toArray();
  let me = (await settings.get(REVIEWER_SETTING))?.value as Reviewer | undefined;
  if (!me) {
    me = { id: newUuid(), name: reviews.find((r) => r.reviewer)?.reviewer ?? '' };
    await settings.put({ key: REVIEWER_SETTING, value: me });
  }
  const { data, unreadable } = readLegacy({
    reviews: reviews.map((r) => ({ ...r, mode: r.mode ?? 'single' })),
    records: await tx.table('records').toArray(),
    decisions: await tx.table('decisions').toArray(),
    searches: await tx.table('searches').toArray(),
    merges: await tx.table('merges').toArray(),
    separations: await tx.table('separations').toArray(),
  });
  // Rows no version of Saring could read are kept aside, never dropped.
  if (unreadable.length) await settings.put({ key: 'legacyUnreadable', value: unreadable });
  const { events, records } = legacyToEvents(data, ownAuthor(me));
  await tx.table('events').bulkPut(events.map((e, i) => ({ ...e, seq: i + 1 })));
  await tx.table('records').clear();
  await tx.table('records').bulkPut(records.map((r, i) => ({ ...r, matchKeys: recordMatchKeys(r.reviewId, r.key, r.aliases, r.article), seq: i + 1 })));
  await tx.table('reviews').bulkPut(reviews.map((r) => ({ ...r, mode: r.mode ?? 'single' })));
  const clock = events.reduce((m, e) => Math.max(m, e.at), 0);
  if (clock) await settings.put({ key: 'clock', value: clock });
}
