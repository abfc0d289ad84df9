import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentDecisions,
  db,
  decide,
  findConflicts,
  keepApart,
  listMerges,
  listRecords,
  mergeCertainDuplicates,
  mergeRecords,
  recordSeen,
  separatedPairs,
  undoMerge,
} from '../../lib/db';
import { article, freshDb } from './helpers';

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

describe('merging duplicates', () => {
  it('merges certain duplicates found after the fact into one record carrying both sources', async () => {
    const { a, b } = await twoSightings();
    expect(a).not.toBe(b);
    expect(await mergeCertainDuplicates('r1')).toBe(1);
    const [record] = await listRecords('r1');
    expect(record.sources.map((s) => s.database).sort()).toEqual(['google-scholar', 'import']);
    expect(record.article.doi).toBe('10.1016/j.midw.2021.1');
  });

  it('moves decisions to the merged record, shows a conflict, and undoes exactly', async () => {
    const { a, b } = await twoSightings();
    await decide({ reviewId: 'r1', key: a, decision: 'include', decidedAt: 1_000, reviewer: 'Ani' });
    await decide({ reviewId: 'r1', key: b, decision: 'exclude', reason: 'wrong outcome', decidedAt: 2_000, reviewer: 'Budi' });
    const before = { records: await db().records.toArray(), decisions: await db().decisions.toArray() };

    const log = await mergeRecords('r1', a, [b], 5_000);
    expect(await listRecords('r1')).toHaveLength(1);
    const events = await db().decisions.toArray();
    expect(events.every((e) => e.key === a)).toBe(true);
    const conflicts = findConflicts(events, await listMerges('r1'));
    expect(conflicts).toEqual([
      {
        key: a,
        verdicts: expect.arrayContaining([
          expect.objectContaining({ from: a, decision: 'include', reviewer: 'Ani' }),
          expect.objectContaining({ from: b, decision: 'exclude', reviewer: 'Budi' }),
        ]),
      },
    ]);
    // A decision after the merge resolves the conflict.
    const resolution = await decide({ reviewId: 'r1', key: a, decision: 'include', decidedAt: 6_000, reviewer: 'Ani' });
    expect(findConflicts(await db().decisions.toArray(), await listMerges('r1'))).toEqual([]);
    await db().decisions.delete(resolution.id!); // back to the state the merge left, for the undo check

    await undoMerge(log.id!);
    const undated = (records: { updatedAt: number }[]) => records.map((r) => ({ ...r, updatedAt: 0 }));
    expect(undated(await db().records.toArray())).toEqual(undated(before.records));
    expect(await db().decisions.toArray()).toEqual(before.decisions);
    await expect(undoMerge(log.id!)).rejects.toThrow(/already undone/);
    expect((await currentDecisions('r1')).get(b)?.decision).toBe('exclude');
  });

  it('keeps what the record gained after the merge when the merge is undone, and does not redo it', async () => {
    const { a, b } = await twoSightings();
    const log = await mergeRecords('r1', a, [b], 5_000);
    // Seen again after the merge, on PubMed: that sighting belongs to the surviving record.
    await recordSeen('r1', [scholarRow], { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x' }, 6_000);
    await undoMerge(log.id!, 7_000);
    const records = await listRecords('r1');
    expect(records).toHaveLength(2);
    const survivor = records.find((r) => r.key === a)!;
    expect(survivor.sources.map((s) => s.database).sort()).toEqual(['google-scholar', 'pubmed']);
    expect(survivor.article.doi).toBeUndefined();
    expect(records.find((r) => r.key === b)!.sources.map((s) => s.database)).toEqual(['import']);
    // Undone means kept apart: automatic merging leaves the pair alone from now on.
    expect(await mergeCertainDuplicates('r1')).toBe(0);
    expect(await separatedPairs('r1')).toEqual(new Set([[a, b].sort().join('\n')]));
  });

  it('refuses to undo a merge whose record was merged again since', async () => {
    const { a, b } = await twoSightings();
    const first = await mergeRecords('r1', a, [b], 5_000);
    const [c] = await recordSeen('r1', [article({ pmid: '777', sourceId: '777', title: 'Another study entirely, about lactation' })], { database: 'pubmed' });
    await mergeRecords('r1', c, [a], 6_000);
    await expect(undoMerge(first.id!)).rejects.toThrow(/undo the later merge first/);
  });

  it('remembers pairs kept apart', async () => {
    await keepApart('r1', 'pmid:2', 'pmid:1');
    expect(await separatedPairs('r1')).toEqual(new Set(['pmid:1\npmid:2']));
  });
});
