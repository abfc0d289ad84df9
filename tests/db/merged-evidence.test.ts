import { beforeEach, expect, it } from 'vitest';
import { storeEvents, updateRecord } from '../../lib/db';
import { sameStudyMerges } from '../../lib/db/received-merges';
import type { EvidenceFields, ReviewEvent } from '../../lib/model';
import { article, europePmc, freshDb, receivedCopy as received, scholarRow, stateOf } from './helpers';

beforeEach(freshDb);

const edit = (id: string, at: number, key: string, evidenceFields: EvidenceFields, by = 'ani') =>
  ({ id, reviewId: 'r1', by: { id: by, name: by }, at, subject: key, kind: 'record-edit', payload: { evidenceFields } }) as ReviewEvent;

/** Ani's PubMed record and Budi's Scholar row, then Citra's DOI record of the same study: all three merged under the DOI. */
async function mergedUnderDoi(before: (keys: { pubmed: string; row: string }) => Promise<void>) {
  const pubmed = await received(article({ doi: undefined }));
  const row = await received(scholarRow());
  await before({ pubmed: pubmed.key, row: row.key });
  const doi = await received(europePmc());
  const merges = await sameStudyMerges('r1', [doi]);
  expect(merges.map((m) => m.payload)).toEqual([{ target: doi.key, keys: [pubmed.key, row.key] }]);
  await storeEvents(merges);
  const { records } = await stateOf('r1');
  expect(records).toHaveLength(1);
  return records[0].evidence;
}

it('shows the evidence two teammates extracted on their own copies of a study, once merged', async () => {
  const evidence = await mergedUnderDoi(async ({ pubmed, row }) => {
    await updateRecord('r1', pubmed, { evidence: { sampleSize: '120 mothers' } });
    await updateRecord('r1', row, { evidence: { setting: 'Puskesmas, Bantul' } });
  });
  expect(evidence).toMatchObject({ sampleSize: '120 mothers', setting: 'Puskesmas, Bantul', studyDesign: '' });
});

it('keeps the later edit of a field both filled, whichever record it was made on', async () => {
  const evidence = await mergedUnderDoi(async ({ pubmed, row }) => {
    await storeEvents([
      edit('edit-ani-1', 2_000, pubmed, { sampleSize: '120 mothers', studyDesign: 'Quasi-experiment' }),
      edit('edit-budi-1', 3_000, row, { sampleSize: '118 mothers (2 lost)' }, 'budi'),
      // Ani empties the design later: a save that empties a field counts.
      edit('edit-ani-2', 4_000, pubmed, { studyDesign: '' }),
    ]);
  });
  expect(evidence).toMatchObject({ sampleSize: '118 mothers (2 lost)', studyDesign: '' });
});
