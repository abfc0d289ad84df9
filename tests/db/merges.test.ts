import { beforeEach, describe, expect, it } from 'vitest';
import { db, decide, keepApart, listRecords, mergeCertainDuplicates, mergeRecords, recordSeen, setLocalReviewer, localReviewer, undoMerge, updateRecord } from '../../lib/db';
import { findMergeConflicts } from '../../lib/review/conflicts';
import { article, finalDecisions, freshDb, stateOf } from './helpers';

beforeEach(freshDb);

// The same study as a Scholar row (no identifiers) and an imported record with a DOI:
// their keys differ, so only duplicate detection can join them.
const scholarRow = article({ source: 'google-scholar', sourceId: 'cid9', pmid: undefined, url: 'https://example.org/a', authors: ['D Sari'] });
const imported = article({ source: 'import', sourceId: undefined, pmid: undefined, url: '', doi: '10.1016/j.midw.2021.1', year: 2022 });

async function twoSightings() {
  const [a] = await recordSeen('r1', [scholarRow], { database: 'google-scholar' });
  const [b] = await recordSeen('r1', [imported], { database: 'import', fileName: 'scopus.ris' });
  return { a, b };
}

async function as(name: string) {
  await setLocalReviewer({ ...(await localReviewer()), name });
}

describe('merging duplicates', () => {
  it('merges certain duplicates found after the fact into one record carrying both sources', async () => {
    const { a, b } = await twoSightings();
    expect(a).not.toBe(b);
    expect(await mergeCertainDuplicates('r1')).toBe(1);
    const { records } = await stateOf('r1');
    expect(records).toHaveLength(1);
    expect(records[0].sources.map((s) => s.database).sort()).toEqual(['google-scholar', 'import']);
    expect(records[0].article.doi).toBe('10.1016/j.midw.2021.1');
    // The stored records are untouched: a merge is an event.
    expect(await listRecords('r1')).toHaveLength(2);
  });

  it('counts the merged records’ decisions for the survivor, shows a conflict, and undoes exactly', async () => {
    const { a, b } = await twoSightings();
    await as('Ani');
    await decide('r1', a, { decision: 'include' }, 1_000);
    await as('Budi');
    await decide('r1', b, { decision: 'exclude', reason: 'wrong outcome' }, 2_000);
    const before = await stateOf('r1');

    const mergeId = await mergeRecords('r1', a, [b], 5_000);
    const merged = await stateOf('r1');
    expect(merged.records.map((r) => r.key)).toEqual([a]);
    expect(merged.records[0].aliases).toContain(b);
    expect(findMergeConflicts(merged.events, merged.groups)).toEqual([
      {
        key: a,
        verdicts: expect.arrayContaining([
          expect.objectContaining({ from: a, decision: 'include', reviewer: 'Ani' }),
          expect.objectContaining({ from: b, decision: 'exclude', reviewer: 'Budi' }),
        ]),
      },
    ]);
    // The later of the two is the merged record's decision until someone decides it again.
    expect(merged.decisions.get(a)).toMatchObject({ decision: 'exclude', mergedFrom: b });

    await undoMerge('r1', mergeId, 7_000);
    const after = await stateOf('r1');
    const plain = (s: typeof before) => ({
      records: s.records.map(({ updatedAt: _u, ...r }) => r).sort((x, y) => x.key.localeCompare(y.key)),
      decisions: [...s.decisions.entries()].sort(),
    });
    expect(plain(after)).toEqual(plain(before));
    expect(after.separations).toEqual(new Set([[a, b].sort().join('\n')]));
  });

  it('resolves a merge conflict with a decision made after the merge', async () => {
    const { a, b } = await twoSightings();
    await decide('r1', a, { decision: 'include' }, 1_000);
    await decide('r1', b, { decision: 'exclude', reason: 'other' }, 2_000);
    await mergeRecords('r1', a, [b], 5_000);
    await decide('r1', a, { decision: 'include' }, 6_000);
    const state = await stateOf('r1');
    expect(findMergeConflicts(state.events, state.groups)).toEqual([]);
    expect((await finalDecisions('r1')).get(a)?.decision).toBe('include');
  });

  it('keeps what the record gained after the merge when the merge is undone, and does not redo it', async () => {
    const { a, b } = await twoSightings();
    const mergeId = await mergeRecords('r1', a, [b], 5_000);
    // Seen again after the merge, on PubMed: that sighting belongs to the surviving record.
    await recordSeen('r1', [scholarRow], { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x' }, 6_000);
    await undoMerge('r1', mergeId, 7_000);
    const { records } = await stateOf('r1');
    expect(records).toHaveLength(2);
    const survivor = records.find((r) => r.key === a)!;
    expect(survivor.sources.map((s) => s.database).sort()).toEqual(['google-scholar', 'pubmed']);
    expect(survivor.article.doi).toBeUndefined();
    expect(records.find((r) => r.key === b)!.sources.map((s) => s.database)).toEqual(['import']);
    // Undone means kept apart: automatic merging leaves the pair alone from now on.
    expect(await mergeCertainDuplicates('r1')).toBe(0);
  });

  it('undoes an earlier merge even after the record was merged again: the later merge stays', async () => {
    const { a, b } = await twoSightings();
    const first = await mergeRecords('r1', a, [b], 5_000);
    const [c] = await recordSeen('r1', [article({ pmid: '777', sourceId: '777', title: 'Another study entirely, about lactation' })], { database: 'pubmed' });
    await mergeRecords('r1', c, [a], 6_000);
    await undoMerge('r1', first, 7_000);
    const { records } = await stateOf('r1');
    expect(records.map((r) => r.key).sort()).toEqual([b, c].sort());
    expect(records.find((r) => r.key === c)!.aliases).toEqual([a]);
  });

  it('gives the same groups whatever order two replicas learnt of crossing merges', async () => {
    const { a, b } = await twoSightings();
    // Two reviewers merged the pair at once, each into a different record.
    await mergeRecords('r1', a, [b], 5_000);
    await mergeRecords('r1', b, [a], 5_000);
    const state = await stateOf('r1');
    expect(state.records).toHaveLength(1);
    const events = [...state.events].reverse();
    const { foldGroups } = await import('../../lib/review/groups');
    expect(foldGroups(events).repOf).toEqual(state.groups.repOf);
  });

  it('remembers pairs kept apart', async () => {
    await keepApart('r1', 'pmid:2', 'pmid:1');
    expect((await stateOf('r1')).separations).toEqual(new Set(['pmid:1\npmid:2']));
    expect(await db().events.count()).toBe(1);
  });
});

describe('what was done on a record before it was merged into another', () => {
  it('keeps the evidence extracted and the metadata corrected on the record merged away, undone exactly', async () => {
    const { a, b } = await twoSightings();
    // The Scholar row was included and its evidence extracted; the imported copy came later.
    await updateRecord('r1', a, { evidence: { studyDesign: 'quasi-experimental', sampleSize: '60' } });
    await updateRecord('r1', a, { article: { ...scholarRow, journal: 'Jurnal Kebidanan' } });
    const mergeId = await mergeRecords('r1', b, [a]);
    let { records } = await stateOf('r1');
    expect(records).toHaveLength(1);
    expect(records[0].key).toBe(b);
    expect(records[0].evidence?.sampleSize).toBe('60');
    expect(records[0].article.journal).toBe('Jurnal Kebidanan');
    // An edit made on the merged record afterwards is the last word.
    await updateRecord('r1', b, { evidence: { studyDesign: 'pre-experimental', sampleSize: '62' } });
    ({ records } = await stateOf('r1'));
    expect(records[0].evidence?.sampleSize).toBe('62');
    await undoMerge('r1', mergeId);
    ({ records } = await stateOf('r1'));
    expect(records.find((r) => r.key === a)?.evidence?.sampleSize).toBe('60');
    expect(records.find((r) => r.key === b)?.evidence?.sampleSize).toBe('62');
  });
});
