import { resetDbForTests } from '../../lib/db';
import type { ArticleInput } from '../../lib/model';

/** A fresh database for each test (fake-indexeddb is loaded by the Vitest setup). */
export async function freshDb(): Promise<void> {
  await resetDbForTests();
}

export function article(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'Effect of oxytocin massage on breast milk production in postpartum mothers',
    authors: ['Sari D', 'Putri A'],
    year: 2021,
    journal: 'Jurnal Kebidanan',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/',
    source: 'pubmed',
    pmid: '31978945',
    sourceId: '31978945',
    ...overrides,
  };
}

import { listEvents } from '../../lib/db';
import { foldDecisions, historyOf } from '../../lib/review/decisions';
import { foldGroups } from '../../lib/review/groups';
import type { ScreeningMode, Stage } from '../../lib/model';

/** The final decision per record of a review, folded from its stored events. */
export async function finalDecisions(reviewId: string, mode: ScreeningMode = 'single', stage: Stage = 'screening') {
  const events = await listEvents(reviewId);
  return foldDecisions(events, foldGroups(events), mode, stage).final;
}

/** Every decision on one record, oldest first. */
export async function historyFor(reviewId: string, key: string) {
  const events = await listEvents(reviewId);
  return historyOf(events, foldGroups(events), key);
}

import { listRecords, localReviewer } from '../../lib/db';
import { deriveReview } from '../../lib/review/derive';
import { ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

/** What a review's views show (records joined, decisions folded), without a stored protocol. */
export async function stateOf(reviewId: string, mode: ScreeningMode = 'single') {
  const review = ReviewSchema.parse({ ...blankReview(reviewId, 'Test review', 1), mode });
  return deriveReview(review, await localReviewer(), await listRecords(reviewId), await listEvents(reviewId));
}

import { getRecord, recordSeen, storeRecordVersions } from '../../lib/db';
import type { ReviewRecord } from '../../lib/model';

/** The same paper as article(): a Google Scholar row of it (no DOI, no PMID), and its Europe PMC record (DOI and PMID). */
export const scholarRow = () => article({ pmid: undefined, doi: undefined, source: 'google-scholar', sourceId: 'cid', url: 'https://scholar.example/cid' });
export const europePmc = () => article({ doi: '10.1234/oxy.2021', source: 'web', url: 'https://europepmc.org/article/MED/31978945' });

let scratch = 0;
/**
 * A teammate's copy of a record of review r1, as sync delivers it: made in a scratch review
 * (recordSeen in r1 would join it to the record of the same study there).
 */
export async function teammatesCopy(a: ArticleInput, database = 'X', now?: number): Promise<ReviewRecord> {
  const tmp = `scratch${scratch++}`;
  const [key] = await recordSeen(tmp, [a], { database }, now);
  const { matchKeys: _m, seq: _s, ...record } = (await getRecord(tmp, key))!;
  return { ...record, reviewId: 'r1' };
}

/** A teammate's copy stored in r1 beside the records there, as sync leaves it. */
export async function receivedCopy(a: ArticleInput) {
  const record = await teammatesCopy(a);
  await storeRecordVersions([record]);
  return (await getRecord('r1', record.key))!;
}
