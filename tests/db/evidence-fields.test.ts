import { beforeEach, expect, it } from 'vitest';
import { EvidenceSchema, evidenceChanges, type Evidence } from '../../lib/model';
import { recordSeen, setLocalReviewer, storeEvents, updateRecord } from '../../lib/db';
import { article, freshDb, stateOf } from './helpers';

beforeEach(freshDb);

const blank = EvidenceSchema.parse({});

/** A reviewer saves the evidence form opened on `before` with `after` in it, as RecordDetail does. */
async function save(who: { id: string; name: string }, key: string, before: Evidence, after: Partial<Evidence>) {
  await setLocalReviewer(who);
  await updateRecord('r1', key, { evidence: evidenceChanges(before, { ...before, ...after }) });
}

it('keeps both reviewers’ evidence fields when they filled different ones before syncing', async () => {
  const [key] = await recordSeen('r1', [article()], { database: 'PubMed' });
  // Both opened the form on an empty evidence; Ani filled the sample size, then Budi the setting.
  await save({ id: 'ani', name: 'Ani' }, key, blank, { sampleSize: '60 mothers' });
  await save({ id: 'budi', name: 'Budi' }, key, blank, { setting: 'Puskesmas Sleman' });
  const { records } = await stateOf('r1');
  expect(records[0].evidence).toMatchObject({ sampleSize: '60 mothers', setting: 'Puskesmas Sleman', studyDesign: '' });
  // The same field saved by both: the later save holds.
  await save({ id: 'ani', name: 'Ani' }, key, records[0].evidence!, { setting: 'RSUD Sleman' });
  expect((await stateOf('r1')).records[0].evidence).toMatchObject({ sampleSize: '60 mothers', setting: 'RSUD Sleman' });
});

it('reads an event of a whole evidence (saved before field-level saves) as before, with later field saves on top', async () => {
  const [key] = await recordSeen('r1', [article()], { database: 'PubMed' });
  // As an earlier Saring stored it: every field, the ones left empty too.
  const old = {
    id: 'old-edit-0001',
    reviewId: 'r1',
    by: { id: 'ani', name: 'Ani' },
    at: 1_700_000_000_000,
    subject: key,
    kind: 'record-edit',
    payload: { evidence: { ...blank, studyDesign: 'quasi-experimental', sampleSize: '60' } },
  };
  expect((await storeEvents([old])).added).toHaveLength(1);
  expect((await stateOf('r1')).records[0].evidence).toEqual({ ...blank, studyDesign: 'quasi-experimental', sampleSize: '60' });
  const later = { ...old, id: 'old-edit-0002', at: old.at + 1, payload: { evidence: { ...blank, notes: 'whole again' } } };
  await storeEvents([later]);
  // A whole evidence replaces the whole: the design and size it left empty are empty.
  expect((await stateOf('r1')).records[0].evidence).toEqual({ ...blank, notes: 'whole again' });
  await save({ id: 'budi', name: 'Budi' }, key, { ...blank, notes: 'whole again' }, { mainResult: 'More milk on day 3' });
  expect((await stateOf('r1')).records[0].evidence).toEqual({ ...blank, notes: 'whole again', mainResult: 'More milk on day 3' });
});

it('writes nothing for a save that changed nothing', async () => {
  const [key] = await recordSeen('r1', [article()], { database: 'PubMed' });
  await updateRecord('r1', key, { evidence: evidenceChanges(blank, blank) });
  expect((await stateOf('r1')).events).toHaveLength(0);
});
