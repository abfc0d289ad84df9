import type { EventOf } from '../model';
import { hash128 } from '../sync/docs';
import { foldGroups, pairOf, resolveKey } from '../review/groups';
import { db, type StoredRecord } from './schema';
import { recordsMatching } from './record-store';
import { eventsAbout } from './events';
import { lookupKeys } from './match';
import { sameStudy } from './records';

/**
 * Who merges the same study met by two teammates: no reviewer of the team, but Saring, the
 * same on every machine (see sameStudyMerges).
 */
export const SAME_STUDY_BY = { id: 'saring:same-study', name: 'Saring (same study, found by two reviewers)' } as const;

/** DOI and PMID keys first (they name the study), then the key's text: no machine's own state. */
const byKeyRank = (a: string, b: string) => Number(!/^(doi|pmid):/.test(a)) - Number(!/^(doi|pmid):/.test(b)) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merge events for records received from a team server that are one study with a record here
 * under another key — by the rule that joins a study one reviewer meets twice (lib/db/records.ts
 * sameStudy: a shared DOI or PMID, or title + year with the same first author). Ani saw PMID
 * 31978945 on PubMed without its DOI (record `pmid:31978945`), Budi the same paper on Europe PMC
 * with it (`doi:10.1/x`): after sync both machines hold both records, and both make this event.
 *
 * Everything in it comes from the record keys (target, id) and the records' own content (time),
 * never from this machine: both teammates' Saring make the very same event, so it is stored once
 * on the server (same id, same revision) and sync does not go back and forth. A merge undone or
 * a pair kept apart is not made again (same id: the undo still applies).
 */
export async function sameStudyMerges(reviewId: string, received: readonly StoredRecord[]): Promise<EventOf<'merge'>[]> {
  const mine = received.filter((r) => r.reviewId === reviewId);
  if (!mine.length) return [];
  const lookups = mine.map((r) => lookupKeys(reviewId, r.key, r.article));
  const candidates = await recordsMatching(db(), [...new Set(lookups.flat())]);
  // Indexed by match key: a reviewer joining a team receives thousands of records, each its own candidate.
  const byMatch = new Map<string, StoredRecord[]>();
  for (const c of candidates) if (c.reviewId === reviewId) for (const k of c.matchKeys) byMatch.set(k, [...(byMatch.get(k) ?? []), c]);
  const pairs: [StoredRecord, StoredRecord][] = [];
  mine.forEach((record, i) => {
    const others = new Set(lookups[i].flatMap((k) => byMatch.get(k) ?? []).filter((o) => o.key !== record.key));
    for (const other of others) {
      const shared = lookups[i].filter((k) => other.matchKeys.includes(k));
      if (sameStudy(other, record.article, shared) || sameStudy(record, other.article, shared)) pairs.push([record, other]);
    }
  });
  if (!pairs.length) return [];
  const groups = foldGroups(await eventsAbout(reviewId, ['merge']));
  const apart = (a: string, b: string) => groups.separations.has(pairOf(a, b)) || resolveKey(groups, a) === resolveKey(groups, b);
  const clusters = cluster(pairs.filter(([a, b]) => !apart(a.key, b.key)));
  return clusters.flatMap((members) => {
    const [target, ...keys] = members.map((m) => m.key).sort(byKeyRank);
    const others = keys.filter((k) => !apart(target, k));
    if (!others.length) return [];
    const event: EventOf<'merge'> = {
      id: `same-${hash128(`${reviewId}\n${target}\n${others.join('\n')}`).slice(0, 24)}`,
      reviewId,
      by: { ...SAME_STUDY_BY },
      // The latest record's arrival in the review: the same on every machine (addedAt joins by minimum).
      at: Math.max(...members.map((m) => m.addedAt)),
      subject: 'merge',
      kind: 'merge',
      payload: { target, keys: others },
    };
    return [event];
  });
}

/** Records joined by any chain of pairs, each group once (by key: one record may come twice). */
function cluster(pairs: [StoredRecord, StoredRecord][]): StoredRecord[][] {
  const groupOf = new Map<string, Map<string, StoredRecord>>();
  for (const [a, b] of pairs) {
    const ga = groupOf.get(a.key) ?? new Map([[a.key, a]]);
    const gb = groupOf.get(b.key) ?? new Map([[b.key, b]]);
    const joined = ga === gb ? ga : new Map([...ga, ...gb]);
    for (const key of joined.keys()) groupOf.set(key, joined);
  }
  return [...new Set(groupOf.values())].map((g) => [...g.values()]);
}
