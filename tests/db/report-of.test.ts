// "Another report of": the one write path (updateRecord) stores the link as a record-edit event,
// so it syncs, backs up and undoes like every other edit.
import { beforeEach, expect, it } from 'vitest';
import { recordSeen, updateRecord } from '../../lib/db';
import { article, freshDb, stateOf } from './helpers';

beforeEach(freshDb);

async function twoReports() {
  const [trial] = await recordSeen('r1', [article()], { database: 'PubMed' });
  const [abstract] = await recordSeen(
    'r1',
    [article({ title: 'Oxytocin massage and milk volume: a conference abstract', pmid: undefined, sourceId: 'x1', url: 'https://example.org/a' })],
    { database: 'Garuda' },
  );
  return { trial, abstract };
}

it('links a record to the study of another, keeps its evidence, and unlinks it', async () => {
  const { trial, abstract } = await twoReports();
  await updateRecord('r1', abstract, { evidence: { sampleSize: '60' } });
  await updateRecord('r1', abstract, { reportOf: trial });
  let shown = (await stateOf('r1')).records.find((r) => r.key === abstract)!;
  expect(shown.reportOf).toBe(trial);
  expect(shown.evidence?.sampleSize).toBe('60');
  await updateRecord('r1', abstract, { reportOf: null });
  shown = (await stateOf('r1')).records.find((r) => r.key === abstract)!;
  expect(shown.reportOf).toBeUndefined();
});

it('refuses a record as a report of itself, and writes nothing', async () => {
  const { trial } = await twoReports();
  await expect(updateRecord('r1', trial, { reportOf: trial })).rejects.toThrow(/itself/);
  expect((await stateOf('r1')).records.every((r) => r.reportOf === undefined)).toBe(true);
});
