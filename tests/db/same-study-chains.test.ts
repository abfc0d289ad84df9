import { beforeEach, expect, it } from 'vitest';
import { keepApart, listEvents, storeEvents, undoMerge } from '../../lib/db';
import { sameStudyMerges } from '../../lib/db/received-merges';
import { foldGroups, resolveKey } from '../../lib/review/groups';
import { article, europePmc, freshDb, receivedCopy as received, scholarRow } from './helpers';

beforeEach(freshDb);

async function groupsNow() {
  return foldGroups(await listEvents('r1'));
}

it('does not chain two records with different DOIs through a Scholar row that matches both', async () => {
  // A letter and the reply to it: same title, year and first author, two DOIs, no PMID.
  const letter = await received(article({ pmid: undefined, sourceId: 'a', doi: '10.1000/letter.1', source: 'web', url: 'https://journal.example/1' }));
  const reply = await received(article({ pmid: undefined, sourceId: 'b', doi: '10.1000/letter.2', source: 'web', url: 'https://journal.example/2' }));
  const row = await received(scholarRow());
  const merges = await sameStudyMerges('r1', [row]);
  expect(merges).toEqual([]);
  await storeEvents(merges);
  const groups = await groupsNow();
  expect(new Set([letter.key, reply.key, row.key].map((k) => resolveKey(groups, k))).size).toBe(3);
});

it('still merges a chain whose records could all be one study', async () => {
  const pubmed = await received(article({ doi: undefined }));
  const row = await received(scholarRow());
  const withDoi = await received(europePmc());
  const [merge, ...rest] = await sameStudyMerges('r1', [withDoi]);
  expect(rest).toEqual([]);
  expect(merge.payload).toEqual({ target: withDoi.key, keys: [pubmed.key, row.key] });
});

it.each([
  ['undone', async (mergeId: string) => undoMerge('r1', mergeId)],
  ['kept apart', async (_: string, a: string, b: string) => keepApart('r1', a, b)],
])('does not join again, through a third record, a pair whose merge was %s', async (_, separate) => {
  const row = await received(scholarRow());
  const pubmed = await received(article({ doi: undefined }));
  const [first] = await sameStudyMerges('r1', [pubmed]);
  expect(first.payload).toEqual({ target: pubmed.key, keys: [row.key] });
  await storeEvents([first]);
  // Ani: the Scholar row is the conference abstract, not this article.
  await separate(first.id, pubmed.key, row.key);
  // Citra's Europe PMC record of the article: its DOI and the same PMID.
  const withDoi = await received(europePmc());
  const merges = await sameStudyMerges('r1', [withDoi]);
  expect(merges).toEqual([]);
  await storeEvents(merges);
  const groups = await groupsNow();
  expect(resolveKey(groups, row.key)).not.toBe(resolveKey(groups, pubmed.key));
});

it('checks a record against every member of a group merged already, not only against its target', async () => {
  // Another machine merged the PubMed record and its Europe PMC copy; here the pair
  // (PubMed record, Scholar row) was kept apart. The Scholar row then matches the DOI record.
  const pubmed = await received(article({ doi: undefined }));
  const withDoi = await received(europePmc());
  const [merge] = await sameStudyMerges('r1', [withDoi]);
  await storeEvents([merge]);
  const row = await received(scholarRow());
  await keepApart('r1', pubmed.key, row.key);
  expect(await sameStudyMerges('r1', [row])).toEqual([]);
});

it("undoes Saring's merge of a pair a reviewer kept apart on another machine, whichever arrived first", async () => {
  const row = await received(scholarRow());
  const pubmed = await received(article({ doi: undefined }));
  // Budi's Saring merged the two; Ani, before that merge reached her, kept them apart.
  const [merge] = await sameStudyMerges('r1', [pubmed]);
  await keepApart('r1', pubmed.key, row.key);
  await storeEvents([merge]);
  const groups = await groupsNow();
  expect(resolveKey(groups, row.key)).toBe(row.key);
  expect(resolveKey(groups, pubmed.key)).toBe(pubmed.key);
});
