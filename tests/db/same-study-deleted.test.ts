import { beforeEach, expect, it } from 'vitest';
import { deleteRecords, getRecord, recordSeen, storeEvents, storeRecordVersions } from '../../lib/db';
import { sameStudyMerges } from '../../lib/db/received-merges';
import type { ReviewEvent, ReviewRecord } from '../../lib/model';
import { foldGroups } from '../../lib/review/groups';
import { viewRecords } from '../../lib/review/records-view';
import { article, europePmc, freshDb, stateOf, teammatesCopy } from './helpers';

beforeEach(freshDb);

// Ani met the study on PubMed (no DOI: `pmid:31978945`), Budi on Europe PMC (with it). One of
// them deletes their record before the teammate's copy, found earlier, reaches their machine.
const pubmed = article({ doi: undefined });
const withDoi = europePmc();

async function receive(record: ReviewRecord) {
  await storeRecordVersions([record]);
  await storeEvents(await sameStudyMerges('r1', [(await getRecord('r1', record.key))!]));
}

it("keeps Ani's deletion when Budi's copy of the study, found before it, arrives", async () => {
  const budis = await teammatesCopy(withDoi, 'X', 1_000);
  const [anis] = await recordSeen('r1', [pubmed], { database: 'PubMed' }, 2_000);
  await deleteRecords('r1', [anis]);
  await receive(budis);
  const state = await stateOf('r1');
  expect(state.deleted.map((r) => r.key)).toEqual([anis]);
  expect(state.records.map((r) => r.key)).toEqual([budis.key]);
});

it("keeps Budi's included record when Ani deleted her copy of the study", async () => {
  const budis = await teammatesCopy(pubmed, 'X', 1_000);
  const [anis] = await recordSeen('r1', [withDoi], { database: 'Europe PMC' }, 2_000);
  await deleteRecords('r1', [anis]);
  await storeEvents([
    {
      id: 'budi-include-1',
      reviewId: 'r1',
      by: { id: 'budi', name: 'Budi' },
      at: 1_500,
      subject: budis.key,
      kind: 'decision',
      payload: { decision: 'include', stage: 'screening' },
    } as never,
  ]);
  await receive(budis);
  const state = await stateOf('r1');
  expect(state.deleted.map((r) => r.key)).toEqual([anis]);
  expect(state.records.map((r) => r.key)).toEqual([budis.key]);
  expect(state.screening.final.get(budis.key)?.decision).toBe('include');
});

it('shows a merged study while one of its records was never deleted, and hides it once all were', () => {
  const record = (key: string, at: number): ReviewRecord => ({
    reviewId: 'r1',
    key,
    article: { ...pubmed, authors: pubmed.authors ?? [] } as never,
    sources: [{ database: 'X', at }],
    aliases: [],
    addedAt: at,
    updatedAt: at,
  });
  const docs = [record('doi:10.1234/oxy.2021', 1_000), record('pmid:31978945', 1_100)];
  const by = { id: 'x', name: 'X' };
  const merge = { id: 'merge-1', reviewId: 'r1', by, at: 1_200, subject: 'merge', kind: 'merge', payload: { target: docs[0].key, keys: [docs[1].key] } } as ReviewEvent;
  const del = (id: string, at: number, keys: string[]) => ({ id, reviewId: 'r1', by, at, subject: 'delete', kind: 'records-delete', payload: { keys } }) as ReviewEvent;
  const view = (events: ReviewEvent[]) => {
    const v = viewRecords(docs, foldGroups(events), events);
    return { shown: v.shown.map((r) => r.key), deleted: v.deleted.map((r) => r.key) };
  };
  // Ani's deletion of her PubMed record (before the merge reached her) hides not Budi's copy.
  expect(view([merge, del('delete-1', 1_300, ['pmid:31978945'])])).toEqual({ shown: ['doi:10.1234/oxy.2021'], deleted: [] });
  expect(view([merge, del('delete-1', 1_300, ['pmid:31978945']), del('delete-2', 1_400, ['doi:10.1234/oxy.2021'])])).toEqual({ shown: [], deleted: ['doi:10.1234/oxy.2021'] });
  // The PubMed record seen again after the group was deleted, then deleted again by Ani on a
  // machine where it was not merged yet: every member's last sighting is deleted.
  const seenAgain = [docs[0], { ...docs[1], sources: [...docs[1].sources, { database: 'PubMed', at: 1_350 }] }];
  const events = [merge, del('delete-4', 1_300, ['doi:10.1234/oxy.2021']), del('delete-5', 1_400, ['pmid:31978945'])];
  expect(viewRecords(seenAgain, foldGroups(events), events).deleted.map((r) => r.key)).toEqual(['doi:10.1234/oxy.2021']);
  // Deleted in the Records view (by the key it shows under): the whole group, as before.
  expect(view([merge, del('delete-3', 1_300, ['doi:10.1234/oxy.2021'])])).toEqual({ shown: [], deleted: ['doi:10.1234/oxy.2021'] });
});
