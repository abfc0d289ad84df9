import { beforeEach, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import { createHandlers } from '../../lib/background/handlers';
import { db, getActiveReview, listRecords, listSearches } from '../../lib/db';
import { article, freshDb } from '../db/helpers';
import { fakePlatform } from '../messaging/fake-platform';

beforeEach(freshDb);

const fromTab = { tabId: 7, fromExtensionPage: false };

function setup() {
  const fake = fakePlatform();
  const team = {
    connect: vi.fn(),
    disconnect: vi.fn(),
    status: () => ({ status: { state: 'off' as const, waiting: 0, invalid: [] } }),
    kick: vi.fn(),
  };
  return { ...fake, route: createRouter(createHandlers(fake.platform, team), vi.fn()) };
}

// A PubMed result page with two rows: its search is logged (PRISMA counts its total) and its
// records stored. Both or neither: a log entry whose records failed to be stored (a full disk,
// a closed database) would count a search whose records the review does not hold.
const pubmedPage = {
  site: 'pubmed',
  kind: 'results',
  query: 'oxytocin massage',
  filters: {},
  page: 1,
  totalResults: 2,
  articles: [article(), article({ pmid: '31978946', sourceId: '31978946', title: 'Breast milk volume after oxytocin massage', url: 'https://pubmed.ncbi.nlm.nih.gov/31978946/' })],
};
const url = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage';

it('logs a page’s search only with its records: a failed record write leaves neither', async () => {
  const { route } = setup();
  const review = await getActiveReview();
  const failing = vi.spyOn(db().records, 'bulkPut').mockImplementation(() => Promise.reject(new Error('QuotaExceededError: the disk is full')) as never);
  const answer = await route({ type: 'page/extracted', payload: { url, extraction: pubmedPage } }, fromTab);
  failing.mockRestore();
  expect(answer).toMatchObject({ ok: false });
  expect(await listRecords(review.id)).toHaveLength(0);
  expect(await listSearches(review.id)).toEqual([]);
  // Read again once the disk has room: logged once, with its records.
  expect(await route({ type: 'page/extracted', payload: { url, extraction: pubmedPage } }, fromTab)).toMatchObject({ ok: true });
  expect(await listRecords(review.id)).toHaveLength(2);
  expect(await listSearches(review.id)).toEqual([expect.objectContaining({ database: 'pubmed', query: 'oxytocin massage', totalResults: 2, pages: [1] })]);
});
