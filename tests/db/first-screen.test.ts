import { beforeEach, describe, expect, it } from 'vitest';
import { decide, getActiveReview, getRecord, listRecords, loadReviewData, readFirstScreen, recordSeen, setLocalReviewer, storeRecordVersions, stripStored } from '../../lib/db';
import { article, freshDb } from './helpers';

// The dashboard shows a saved first screen only while the review is exactly as it was when
// the screen was taken; any change makes it unusable until the next full read.
const settled = () => new Promise((r) => setTimeout(r, 20));

async function review() {
  const { id } = await getActiveReview();
  await recordSeen(id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin' }), article({ pmid: '2', sourceId: '2', title: 'Breast massage' })], { database: 'pubmed' });
  await decide(id, 'pmid:2', { decision: 'include' });
  return id;
}

describe('saved first screen', () => {
  beforeEach(freshDb);

  it('is saved by a full read that asks for it, and read back while nothing changed', async () => {
    const id = await review();
    expect(await readFirstScreen(id)).toBeUndefined();
    await loadReviewData(id);
    await settled();
    expect(await readFirstScreen(id)).toBeUndefined(); // a plain read saves nothing
    await loadReviewData(id, { remember: true });
    await settled();
    const screen = await readFirstScreen(id);
    expect(screen?.rows.map((r) => r.record.key)).toEqual(['pmid:2', 'pmid:1']);
    expect(screen?.counts).toMatchObject({ include: 1, undecided: 1 });
    expect(screen?.rows[0].record).not.toHaveProperty('matchKeys');
  });

  it('is not used once a decision, a record (also one a team server changed) or another reviewer changes what the table shows', async () => {
    const id = await review();
    const remember = async () => {
      await loadReviewData(id, { remember: true });
      await settled();
      expect(await readFirstScreen(id)).toBeDefined();
    };
    await remember();
    await decide(id, 'pmid:1', { decision: 'exclude' });
    expect(await readFirstScreen(id)).toBeUndefined();
    await remember();
    await recordSeen(id, [article({ pmid: '3', sourceId: '3', title: 'Kangaroo care' })], { database: 'pubmed' });
    expect(await readFirstScreen(id)).toBeUndefined();
    await remember();
    // A team member's version of a record, received from the server: it keeps its change
    // number (it is not sent back), yet the table would show it differently.
    const [first] = await listRecords(id);
    await storeRecordVersions([{ ...stripStored(first), article: { ...first.article, abstract: 'Received from the team server.' } }], new Map([[first.key, '2-abc']]));
    expect((await getRecord(id, first.key))?.article.abstract).toBe('Received from the team server.');
    expect(await readFirstScreen(id)).toBeUndefined();
    await remember();
    await setLocalReviewer({ id: 'budi', name: 'Budi' });
    expect(await readFirstScreen(id)).toBeUndefined();
  });
});
