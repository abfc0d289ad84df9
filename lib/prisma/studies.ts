import type { ReviewRecord } from '../model';
import { UnionFind } from '../review/groups';

/** Each record's key, and the keys merged into it (a record linked to may have been merged since), to the key it is shown under. */
export function currentKeys(records: readonly Pick<ReviewRecord, 'key' | 'aliases'>[]): Map<string, string> {
  const current = new Map<string, string>();
  for (const r of records) {
    current.set(r.key, r.key);
    for (const alias of r.aliases) current.set(alias, r.key);
  }
  return current;
}

/** The key of the record whose study this one is another report of, as it is shown now (`''`: none). */
export function reportOfKey(record: Pick<ReviewRecord, 'key' | 'reportOf'>, current: ReadonlyMap<string, string>): string {
  const study = record.reportOf === undefined ? '' : (current.get(record.reportOf) ?? record.reportOf);
  return study === record.key ? '' : study;
}

/**
 * How many studies the included records are. PRISMA 2020 counts "Studies included in review"
 * and "Reports of included studies" apart: one trial reported in a journal article and again as a
 * conference abstract (or a protocol and its results) is one study of two reports. The reviewer
 * says which record is another report of which (ReviewRecord.reportOf); every included record
 * joined to another included record that way is one study with it, however the links run (A→B
 * and C→B, or a chain A→B→C). Links are joined as sets, not followed, so two teammates who link
 * A→B and B→A at once still count one study. A link to a record that is not included (excluded,
 * deleted, unknown key) joins nothing: the report counts as its own study.
 */
export function studiesOf(records: readonly ReviewRecord[], includedKeys: readonly string[]): number {
  const included = new Set(includedKeys);
  const current = currentKeys(records.filter((r) => included.has(r.key)));
  const sets = new UnionFind();
  for (const r of records) {
    const target = r.reportOf === undefined ? undefined : current.get(r.reportOf);
    if (included.has(r.key) && target !== undefined) sets.union(target, r.key);
  }
  return new Set([...included].map((key) => sets.find(key))).size;
}
