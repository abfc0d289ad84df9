import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import { createHandlers } from '../../lib/background/handlers';
import { db, getActiveReview, listEvents, listSearches } from '../../lib/db';
import { freshDb } from '../db/helpers';
import { fakePlatform } from '../messaging/fake-platform';

beforeEach(freshDb);

const fromTab = { tabId: 7, fromExtensionPage: false };

function setup() {
  const fake = fakePlatform();
  const kicked: (string | undefined)[] = [];
  const team = {
    connect: vi.fn(),
    disconnect: vi.fn(),
    status: () => ({ status: { state: 'off' as const, waiting: 0, invalid: [] } }),
    kick: (id?: string) => void kicked.push(id),
  };
  const route = createRouter(createHandlers(fake.platform, team), vi.fn());
  return { ...fake, kicked, route };
}

/** What Garuda's reader sends for a search that found nothing ("Tidak ada hasil"): rows none, count 0. */
const garudaNothing = { site: 'garuda', kind: 'results', articles: [], query: 'pijat oksitosin kuasi', filters: { from: '2019' }, page: 1, totalResults: 0 };
const garudaUrl = 'https://garuda.kemdikbud.go.id/documents?q=pijat+oksitosin+kuasi&from=2019';

describe('a search that found nothing (README §6: logged with 0)', () => {
  it('is logged with its query, limits and 0, and no record is stored', async () => {
    const { route, badges, kicked } = setup();
    const answer = await route({ type: 'page/extracted', payload: { url: garudaUrl, extraction: garudaNothing } }, fromTab);
    expect(answer).toMatchObject({ ok: true, data: { statuses: [] } });
    const review = await getActiveReview();
    const log = await listSearches(review.id);
    expect(log).toEqual([
      expect.objectContaining({
        database: 'garuda',
        query: 'pijat oksitosin kuasi',
        filters: { from: '2019' },
        totalResults: 0,
        pages: [1],
        origin: 'web',
        counted: true,
        url: garudaUrl,
      }),
    ]);
    expect(await db().records.count()).toBe(0);
    expect(badges.get(7)).toBe('');
    // The team's server gets the new search at once, as it gets a page with rows.
    expect(kicked).toEqual([review.id]);
  });

  it('is logged once when the same empty page is read again', async () => {
    const { route } = setup();
    for (let i = 0; i < 2; i++) await route({ type: 'page/extracted', payload: { url: garudaUrl, extraction: garudaNothing } }, fromTab);
    const review = await getActiveReview();
    expect(await listSearches(review.id)).toHaveLength(1);
    expect((await listEvents(review.id)).filter((e) => e.kind === 'search')).toHaveLength(1);
  });

  it('is not a robot check, nor an article page, nor a result list without its query', async () => {
    const { route } = setup();
    const pages = [
      { site: 'google-scholar', kind: 'blocked', articles: [], query: 'pijat oksitosin' },
      { site: 'pubmed', kind: 'article', articles: [] },
      { site: 'sciencedirect', kind: 'results', articles: [], totalResults: 0 },
    ];
    for (const extraction of pages) await route({ type: 'page/extracted', payload: { url: 'https://example.org/', extraction } }, fromTab);
    expect(await db().events.count()).toBe(0);
  });
});
