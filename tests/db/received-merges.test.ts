import { beforeEach, expect, it } from 'vitest';
import { getRecord, keepApart, recordSeen, storeEvents, storeRecordVersions } from '../../lib/db';
import { sameStudyMerges } from '../../lib/db/received-merges';
import { article, freshDb } from './helpers';

beforeEach(freshDb);

// The records two teammates met apart, as sync leaves them side by side on each machine: a
// Google Scholar row (no DOI, no PMID, "D Sari") and the PubMed record of the same paper.
const scholarRow = article({ source: 'google-scholar', sourceId: 'cid9', pmid: undefined, url: 'https://example.org/a', authors: ['D Sari', 'A Putri'] });
const pubmed = article();

async function both() {
  const [a] = await recordSeen('r1', [scholarRow], { database: 'google-scholar' });
  // Stored apart, as two replicas' records are: recordSeen would join them.
  const [b] = await recordSeen('r2', [pubmed], { database: 'PubMed' });
  const moved = { ...(await getRecord('r2', b))!, reviewId: 'r1' };
  return { a: (await getRecord('r1', a))!, b: moved };
}

it('makes the same merge whichever of the two records arrived last', async () => {
  const { a, b } = await both();
  await storeRecordVersions([b]);
  const stored = { a: (await getRecord('r1', a.key))!, b: (await getRecord('r1', b.key))! };
  const onAnis = await sameStudyMerges('r1', [stored.b]);
  const onBudis = await sameStudyMerges('r1', [stored.a]);
  expect(onAnis).toHaveLength(1);
  expect(onAnis).toEqual(onBudis);
  expect(onAnis[0].payload).toEqual({ target: 'pmid:31978945', keys: [a.key] });
  // Stored once: receiving the teammate's copy of it adds nothing.
  expect((await storeEvents(onAnis)).added).toHaveLength(1);
  expect((await storeEvents(onBudis)).added).toHaveLength(0);
  expect(await sameStudyMerges('r1', [stored.b])).toEqual([]);
});

it('does not merge a pair the reviewers kept apart', async () => {
  const { a, b } = await both();
  await storeRecordVersions([b]);
  await keepApart('r1', a.key, b.key);
  expect(await sameStudyMerges('r1', [(await getRecord('r1', b.key))!])).toEqual([]);
});
