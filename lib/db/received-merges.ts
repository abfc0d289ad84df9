import { SUBJECT, type Article, type EventOf } from '../model';
import { hash128 } from '../sync/docs';
import { foldGroups, groupMembers, pairOf, resolveKey, SAME_STUDY_AT, SAME_STUDY_BY_ID, type Groups } from '../review/groups';
import { deletionsOf, isDeleted, type Deletions } from '../review/records-view';
import { db, type StoredRecord } from './schema';
import { getRecords, recordsMatching } from './record-store';
import { eventsAbout } from './events';
import { lookupKeys } from './match';
import { sameStudy } from './records';

/**
 * Who merges the same study met by two teammates: no reviewer of the team, but Saring, the
 * same on every machine (see sameStudyMerges).
 */
export const SAME_STUDY_BY = { id: SAME_STUDY_BY_ID, name: 'Saring (same study, found by two reviewers)' } as const;

/** DOI and PMID keys first (they name the study), then the key's text: no machine's own state. */
const byKeyRank = (a: string, b: string) => Number(!/^(doi|pmid):/.test(a)) - Number(!/^(doi|pmid):/.test(b)) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merge events for records received from a team server that are one study with a record here
 * under another key — by the rule that joins a study one reviewer meets twice (lib/db/records.ts
 * sameStudy: a shared DOI or PMID, or title + year with the same first author). Ani saw PMID
 * 31978945 on PubMed without its DOI (record `pmid:31978945`), Budi the same paper on Europe PMC
 * with it (`doi:10.1/x`): after sync both machines hold both records, and both make this event.
 *
 * Everything in it comes from the record keys (target, id, keys; `at` is SAME_STUDY_AT), never
 * from this machine: both teammates' Saring make the very same event, so it is stored once on
 * the server (same id, same revision) and sync does not go back and forth. Records that match in
 * a chain are merged only when every two of them could be one study (mergeable): a Scholar row
 * without DOI that matches two letters with two DOIs merges with neither. A merge undone or a
 * pair kept apart is not made again, not even through a third record that matches both.
 */
export async function sameStudyMerges(reviewId: string, received: readonly StoredRecord[]): Promise<EventOf<'merge'>[]> {
  const mine = received.filter((r) => r.reviewId === reviewId);
  if (!mine.length) return [];
  const pairs = await sameStudyPairs(reviewId, mine);
  if (!pairs.length) return [];
  const events = await eventsAbout(reviewId, [SUBJECT.merge, SUBJECT.delete]);
  const groups = foldGroups(events);
  const together = (a: string, b: string) => resolveKey(groups, a) === resolveKey(groups, b);
  const clusters = cluster(
    groups,
    pairs.filter(([a, b]) => !together(a.key, b.key) && !groups.separations.has(pairOf(a.key, b.key))),
  );
  const known = await withGroupMembers(reviewId, groups, clusters, pairs.flat());
  const isMergeable = mergeable(groups, deletionsOf(events), known);
  return clusters.flatMap((members) => {
    const memberKeys = members.map((m) => m.key);
    if (!isMergeable(groupMembers(groups, memberKeys))) return [];
    const [target, ...keys] = memberKeys.sort(byKeyRank);
    const others = keys.filter((k) => !together(target, k));
    if (!others.length) return [];
    const event: EventOf<'merge'> = {
      id: `same-${hash128(`${reviewId}\n${target}\n${others.join('\n')}`).slice(0, 24)}`,
      reviewId,
      by: { ...SAME_STUDY_BY },
      at: SAME_STUDY_AT,
      subject: 'merge',
      kind: 'merge',
      payload: { target, keys: others },
    };
    return [event];
  });
}

/** Each received record with every record here it is the same study as (sameStudy, both ways). */
async function sameStudyPairs(reviewId: string, mine: StoredRecord[]): Promise<[StoredRecord, StoredRecord][]> {
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
  return pairs;
}

/** The records of the pairs and of every group they belong to already, by key (those stored here). */
async function withGroupMembers(reviewId: string, groups: Groups, clusters: StoredRecord[][], paired: StoredRecord[]): Promise<Map<string, StoredRecord>> {
  const known = new Map(paired.map((r) => [r.key, r]));
  const missing = groupMembers(
    groups,
    clusters.flatMap((c) => c.map((m) => m.key)),
  ).filter((k) => !known.has(k));
  const found = await getRecords(db(), reviewId, missing);
  for (const r of found) if (r) known.set(r.key, r);
  return known;
}

/**
 * Whether records may be one study, every two of them: no two DOIs or two PMIDs (sameStudy's
 * own check, which a chain skips: A matches C, C matches B, A and B never compared), no pair
 * a reviewer kept apart or whose merge was undone, and all deleted or none (isDeleted): Ani
 * deleted her record of the study, Budi's copy, found before, was never deleted — merged, one of
 * them would decide for both, so both stay as they are (her deletion in Deleted, his record shown).
 */
function mergeable(groups: Groups, deletion: Deletions, records: Map<string, StoredRecord>) {
  const clash = (a: Article, b: Article) => (!!a.doi && !!b.doi && a.doi !== b.doi) || (!!a.pmid && !!b.pmid && a.pmid !== b.pmid);
  return (keys: string[]): boolean => {
    const deleted = new Set(keys.map((k) => records.get(k)).flatMap((r) => (r ? [isDeleted(deletion, resolveKey(groups, r.key), r)] : [])));
    if (deleted.size > 1) return false;
    return keys.every((a, i) =>
      keys.slice(i + 1).every((b) => {
        if (groups.separations.has(pairOf(a, b))) return false;
        const [ra, rb] = [records.get(a), records.get(b)];
        return !ra || !rb || !clash(ra.article, rb.article);
      }),
    );
  };
}

/**
 * Records joined by any chain of pairs, or through a group they belong to already, each cluster
 * once (by key: one record may come twice). Pairs are taken in their order; the clusters are
 * sets, the same whatever that order.
 */
function cluster(groups: Groups, pairs: [StoredRecord, StoredRecord][]): StoredRecord[][] {
  const clusterOf = new Map<string, Map<string, StoredRecord>>();
  const at = (r: StoredRecord) => resolveKey(groups, r.key);
  for (const [a, b] of pairs) {
    const ca = clusterOf.get(at(a)) ?? new Map();
    const cb = clusterOf.get(at(b)) ?? new Map();
    const joined = ca === cb ? ca : new Map([...ca, ...cb]);
    joined.set(a.key, a);
    joined.set(b.key, b);
    for (const r of joined.values()) clusterOf.set(at(r), joined);
  }
  return [...new Set(clusterOf.values())].map((c) => [...c.values()]);
}
