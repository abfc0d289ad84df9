import type { EventOf, ReviewEvent } from '../model';
import { compareEvents } from './order';

/** Two record keys as one unordered pair. */
export const pairOf = (a: string, b: string) => [a, b].sort().join('\n');

/** One merge as the duplicates view lists it. */
export interface MergeInfo {
  id: string;
  at: number;
  by: string;
  target: string;
  keys: string[];
  undoneAt?: number;
  undoneBy?: string;
}

/** Which records are one study, folded from merge, undo and keep-apart events. */
export interface Groups {
  /** The surviving key of each key merged into another (keys not merged are absent). */
  repOf: Map<string, string>;
  /** Every member key of each merged group, by its surviving key (that key first). */
  members: Map<string, string[]>;
  /** When each surviving key last absorbed another record. */
  mergedAt: Map<string, number>;
  /** Every merge, the newest first, with its undo. */
  merges: MergeInfo[];
  /** Pairs the reviewers said are different studies (and pairs of undone merges). */
  separations: Set<string>;
}

export const resolveKey = (groups: Pick<Groups, 'repOf'>, key: string) => groups.repOf.get(key) ?? key;

/** Every key of these keys' merge groups, each once (a key merged with none stands for itself). */
export const groupMembers = (groups: Pick<Groups, 'repOf' | 'members'>, keys: Iterable<string>): string[] => [
  ...new Set([...keys].flatMap((key) => groups.members.get(resolveKey(groups, key)) ?? [key])),
];

/** Disjoint sets of keys (merged records; lib/prisma/studies.ts: reports of one study). */
export class UnionFind {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.parent.has(ra)) this.parent.set(ra, ra);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Who makes the merges of a study two teammates met under two keys (lib/db/received-merges.ts). */
export const SAME_STUDY_BY_ID = 'saring:same-study';

/**
 * The time of every merge Saring makes for a study two teammates met: the first millisecond, the
 * same on every machine. Nothing about the records is the same everywhere when the merge is made
 * (a record's first arrival and its sightings settle only once every teammate's version of it
 * has arrived: Ani's Saring saw `doi:10.1234/oxy.2021` arrive at 200, Budi's, holding Citra's
 * copy too, at 150), and two times under one id made two versions of one event on the server and
 * two different views. So the merge is dated by nothing: it says what the records are, not when.
 */
export const SAME_STUDY_AT = 1;

/** The pairs that must not be one study: every keep-apart, and each key of an undone merge with its target. */
function separatedPairs(events: readonly ReviewEvent[], merges: readonly EventOf<'merge'>[], undos: Map<string, unknown>): Set<string> {
  const separations = new Set<string>();
  for (const e of events) if (e.kind === 'keep-apart') separations.add(pairOf(e.payload.a, e.payload.b));
  for (const m of merges) {
    if (undos.has(m.id)) for (const key of m.payload.keys) separations.add(pairOf(m.payload.target, key));
  }
  return separations;
}

/** True when joining the sets of `a` and `b` would put a separated pair in one set. */
function joinsSeparated(sets: UnionFind, a: string, b: string, separations: Set<string>): boolean {
  const ra = sets.find(a);
  const rb = sets.find(b);
  if (ra === rb) return false;
  for (const pair of separations) {
    const [x, y] = pair.split('\n');
    const [rx, ry] = [sets.find(x), sets.find(y)];
    if ((rx === ra && ry === rb) || (rx === rb && ry === ra)) return true;
  }
  return false;
}

/**
 * Joins the records of every merge not undone. A reviewer's own merge joins all its keys, as
 * they asked. Saring's merge of a study two teammates met joins its keys one by one, after every
 * reviewer's merge, skipping a key that would put in one study two records a reviewer kept apart
 * or unmerged: Ani undid Saring's merge of pmid:1 into doi:X, and Citra's machine, which also
 * held scholar:z, made another merge of all three (another id): only scholar:z joins doi:X. A
 * whole-merge check would miss a pair split over two merges (doi:X ← pmid:1 and pmid:1 ←
 * scholar:z while doi:X and scholar:z were kept apart). The merges are taken in the one event
 * order, so every machine gets the same groups whatever order they arrived in.
 * Returns the sets and the merges that joined at least one key.
 */
function joinMerges(merges: readonly EventOf<'merge'>[], undos: Map<string, unknown>, separations: Set<string>) {
  const sets = new UnionFind();
  const joined = new Set<EventOf<'merge'>>();
  const live = merges.filter((m) => !undos.has(m.id));
  for (const m of live) {
    if (m.by.id === SAME_STUDY_BY_ID) continue;
    for (const key of m.payload.keys) sets.union(m.payload.target, key);
    joined.add(m);
  }
  for (const m of live) {
    if (m.by.id !== SAME_STUDY_BY_ID) continue;
    for (const key of m.payload.keys) {
      if (joinsSeparated(sets, m.payload.target, key, separations)) continue;
      sets.union(m.payload.target, key);
      joined.add(m);
    }
  }
  return { sets, active: live.filter((m) => joined.has(m)) };
}

/**
 * Groups are a function of the SET of events, not of their arrival: every active merge joins
 * its records, and a group's surviving key is the target of its earliest merge. Two replicas
 * that merged the same records differently (at once, before syncing) end with one group and
 * the same surviving key.
 */
export function foldGroups(events: readonly ReviewEvent[]): Groups {
  const merges = events.filter((e): e is EventOf<'merge'> => e.kind === 'merge').sort(compareEvents);
  const undos = new Map<string, EventOf<'merge-undo'>>();
  for (const e of events) if (e.kind === 'merge-undo' && !undos.has(e.payload.merge)) undos.set(e.payload.merge, e);
  const separations = separatedPairs(events, merges, undos);
  const { sets, active } = joinMerges(merges, undos, separations);
  const repOfRoot = new Map<string, string>();
  const mergedAt = new Map<string, number>();
  for (const m of active) {
    const root = sets.find(m.payload.target);
    if (!repOfRoot.has(root)) repOfRoot.set(root, m.payload.target);
  }
  const repOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const m of active) {
    const rep = repOfRoot.get(sets.find(m.payload.target))!;
    mergedAt.set(rep, Math.max(mergedAt.get(rep) ?? 0, m.at));
    for (const key of [m.payload.target, ...m.payload.keys]) {
      // A key Saring's merge did not join (kept apart) stays out of the group.
      if (key === rep || repOf.has(key) || repOfRoot.get(sets.find(key)) !== rep) continue;
      repOf.set(key, rep);
      members.set(rep, [...(members.get(rep) ?? [rep]), key]);
    }
  }
  const info = merges
    .map((m): MergeInfo => {
      const undo = undos.get(m.id);
      return { id: m.id, at: m.at, by: m.by.name, target: m.payload.target, keys: m.payload.keys, undoneAt: undo?.at, undoneBy: undo?.by.name };
    })
    .reverse();
  return { repOf, members, mergedAt, merges: info, separations };
}
