// A record's kind of publication (lib/model/article-type.ts) is stored with it, joined over its
// sightings (the kind that says more), and kept by a backup and its restore.
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, getActiveReview, getRecord, parseBackup, recordSeen, restoreBackup } from '../../lib/db';
import { article, freshDb } from './helpers';

beforeEach(freshDb);

describe('publication type in the database', () => {
  it('joins two sightings to the kind that says more, and a backup restores it', async () => {
    const review = await getActiveReview();
    await recordSeen(review.id, [article({ pmid: '1', sourceId: '1', type: 'article' })], { database: 'pubmed' });
    await recordSeen(review.id, [article({ pmid: '1', sourceId: '1', type: 'review' })], { database: 'Scopus' });
    await recordSeen(review.id, [article({ pmid: '1', sourceId: '1' })], { database: 'garuda' });
    const key = 'pmid:1';
    expect((await getRecord(review.id, key))?.article.type).toBe('review');
    const text = JSON.stringify(await exportBackup());
    await freshDb();
    await restoreBackup(parseBackup(text));
    expect((await getRecord(review.id, key))?.article.type).toBe('review');
  });
});
