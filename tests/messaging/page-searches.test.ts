// Result pages as the content scripts report them, through the real background handlers, into
// the search log and PRISMA's "records identified" (R8): re-sorting a search is not a second
// search, and a "Cited by" list is logged but not counted, its rows recorded and decidable.
import { beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import { createHandlers } from '../../lib/background/handlers';
import { appendEvents, getActiveReview, listSearches, loadReviewData, logSearch, updateSearch } from '../../lib/db';
import { SUBJECT } from '../../lib/model';
import { webSearchId } from '../../lib/review/searches';
import { computePrisma } from '../../lib/prisma/compute';
import { extractPage } from '../../lib/sites';
import { pageOf } from '../../lib/sites/read';
import { freshDb } from '../db/helpers';
import { load, parse } from '../sites/parse';
import { fakePlatform } from './fake-platform';
import pubmedResults from '../sites/fixtures/pubmed/results.html?raw';
import scholarCitedBy from '../sites/fixtures/google-scholar/cited-by.html?raw';

beforeEach(freshDb);

const fromTab = { tabId: 7, fromExtensionPage: false };

function setup() {
  const route = createRouter(createHandlers(fakePlatform().platform, undefined, undefined, ''), () => undefined);
  /** Read a page with the site adapters, as its content script does, and report it. */
  const visit = async (html: string, href = load(html).url.href) => {
    const found = extractPage(parse(html), new URL(href));
    expect(found, href).not.toBeNull();
    return route({ type: 'page/extracted', payload: { url: href, extraction: pageOf(found!) } }, fromTab);
  };
  return { route, visit };
}

async function prisma() {
  const data = await loadReviewData((await getActiveReview()).id);
  return computePrisma(data.records, { screening: data.screening.final, fullText: data.fullTextStage.final }, data.searches);
}
const identified = async () => Object.fromEntries((await prisma()).identified.map((d) => [d.database, d.count]));
const identifiedOther = async () => (await prisma()).other.identified;

describe('searches logged from result pages', () => {
  it('re-sorting a PubMed search is the same search: identified once, not twice', async () => {
    const { visit } = setup();
    await visit(pubmedResults, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage');
    await visit(pubmedResults, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&sort=date&sort_order=desc');
    await visit(pubmedResults, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&sort=date&size=50&page=2');
    const searches = await listSearches((await getActiveReview()).id);
    expect(searches).toHaveLength(1);
    expect(searches[0]).toMatchObject({ query: 'oxytocin massage', filters: {}, counted: true, totalResults: 1234 });
    expect(await identified()).toEqual({ PubMed: 1234 });
  });

  it('a "Cited by" list is logged as such, not counted; its rows are recorded and decidable; ticked, it counts', async () => {
    const { route, visit } = setup();
    const answer = await visit(scholarCitedBy);
    expect(answer).toMatchObject({ ok: true, data: { statuses: [{ key: expect.any(String) }] } });
    const reviewId = (await getActiveReview()).id;
    const [search] = await listSearches(reviewId);
    expect(search).toMatchObject({ database: 'google-scholar', list: 'cited-by', counted: false, totalResults: 2345, filters: { cites: '1111222233334444555' } });
    // Its 2,345 are no records identified in Google Scholar.
    expect(await identified()).toEqual({});
    // Its row is a record like any other, and can be decided on.
    const key = (answer as { data: { statuses: { key: string }[] } }).data.statuses[0].key;
    expect(await route({ type: 'decide', payload: { key, decision: 'include' } }, fromTab)).toMatchObject({ ok: true, data: { status: { decision: 'include' } } });
    // Ticked, it counts as citation searching, in the column "via other methods": the records it brought.
    await updateSearch(reviewId, search.id, { counted: true });
    expect(await identified()).toEqual({});
    expect(await identifiedOther()).toEqual([{ method: 'citation-searching', count: 1 }]);
    // Reported under the databases, by the reviewer's choice, it counts what Scholar reported.
    await updateSearch(reviewId, search.id, { method: 'databases' });
    expect(await identified()).toEqual({ 'Google Scholar': 2345 });
  });

  it('a list an older release logged as a counted search stays as it was logged; the list seen now is a new entry', async () => {
    const { visit } = setup();
    const reviewId = (await getActiveReview()).id;
    const url = load(scholarCitedBy).url.href;
    // What a release before this one wrote for the same page: a counted search, by its filters alone.
    const filters = { as_sdt: '2005', cites: '1111222233334444555' };
    const old = webSearchId('google-scholar', '', filters);
    const payload = { searchId: old, database: 'google-scholar', query: '', url, filters, totalResults: 2345, pages: [1], origin: 'web' as const, counted: true };
    await appendEvents(reviewId, [{ kind: 'search', subject: SUBJECT.search(old), payload }], 1_000);
    await visit(scholarCitedBy);
    const searches = await listSearches(reviewId);
    expect(searches.map((s) => [s.id === old, s.counted, s.list])).toEqual([
      [true, true, undefined],
      [false, false, 'cited-by'],
    ]);
  });
});

describe("lists browsed on Garuda (a journal's, an author's)", () => {
  it('are one search each, not one for every list of the site', async () => {
    const review = (await getActiveReview()).id;
    const browse = (path: string, totalResults: number) =>
      logSearch(review, { database: 'garuda', query: '', url: `https://garuda.kemdikbud.go.id${path}`, filters: {}, totalResults, page: 1 });
    const a = await browse('/journal/view/1234', 40);
    const b = await browse('/journal/view/9876', 12);
    expect(a).not.toBe(b);
    expect(await browse('/journal/view/1234?page=2', 40)).toBe(a);
    expect((await listSearches(review)).map((s) => [s.totalResults, s.counted, s.list])).toEqual([
      [40, false, 'browse'],
      [12, false, 'browse'],
    ]);
  });
});

describe('a search an earlier release logged with its sort order among its filters', () => {
  it('is joined by the pages of it seen now, not logged and counted a second time (review R9)', async () => {
    const reviewId = (await getActiveReview()).id;
    const url = 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&sort=date';
    const old = webSearchId('pubmed', 'oxytocin massage', { sort: 'date' });
    const payload = {
      searchId: old,
      database: 'pubmed',
      query: 'oxytocin massage',
      url,
      filters: { sort: 'date' },
      totalResults: 250,
      pages: [1],
      origin: 'web' as const,
      counted: true,
    };
    await appendEvents(reviewId, [{ kind: 'search', subject: SUBJECT.search(old), payload }], 1_000);
    const seen = { database: 'pubmed', query: 'oxytocin massage', url: `${url}&page=2`, filters: {}, totalResults: 250, page: 2 };
    expect(await logSearch(reviewId, seen)).toBe(old);
    // Another search of the same database is not taken for it.
    expect(await logSearch(reviewId, { ...seen, query: 'pijat oksitosin' })).not.toBe(old);
    const searches = await listSearches(reviewId);
    expect(searches.map((s) => [s.id === old, s.pages, s.counted])).toEqual([
      [true, [1, 2], true],
      [false, [2], true],
    ]);
    expect(await identified()).toEqual({ PubMed: 500 });
  });
});
