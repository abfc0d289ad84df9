import { describe, expect, it } from 'vitest';
import { ReviewEventSchema, type ReviewEvent } from '../../lib/model';
import { editedCount, foldSearches } from '../../lib/review/searches';
import { shuffled } from './generate-events';

const ani = { id: 'ani', name: 'Ani' };
const budi = { id: 'budi', name: 'Budi' };
const scholar = { searchId: 'web:s1', database: 'google-scholar', query: 'pijat oksitosin ASI', filters: {}, origin: 'web', counted: true };

function event(id: string, at: number, kind: string, payload: object, by = ani): ReviewEvent {
  return ReviewEventSchema.parse({ id, reviewId: 'r', by, at, subject: 'search:web:s1', kind, payload });
}
const page = (id: string, at: number, n: number, totalResults?: number, by = ani) => event(id, at, 'search', { ...scholar, pages: [n], totalResults }, by);
const edit = (id: string, at: number, patch: object, by = ani) => event(id, at, 'search-edit', { searchId: 'web:s1', patch }, by);

describe('a search count corrected by hand', () => {
  // Scholar says "About 15,400 results" on page 1 and "About 15,100" on page 2; the reviewer
  // counted the records the search really gives and entered 980.
  const events = [page('e-page-1', 100, 1, 15_400), edit('e-edit-980', 200, { totalResults: 980 }), page('e-page-2', 300, 2, 15_100, budi)];

  it('is kept when a later page of that search is viewed, on every replica whatever order the events arrive in', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const [search] = foldSearches(shuffled(events, seed));
      expect(search).toMatchObject({ totalResults: 980, pages: [1, 2], lastAt: 300 });
    }
  });

  it('is the site’s again once cleared: the next page view sets it', () => {
    const cleared = [...events, edit('e-edit-clear', 400, { totalResults: null }), page('e-page-3', 500, 3, 15_000)];
    expect(foldSearches(cleared)[0]).toMatchObject({ totalResults: 15_000, pages: [1, 2, 3] });
  });

  it('is not set by an edit that leaves the count alone: the newest page count still wins', () => {
    const noted = [page('e-page-1', 100, 1, 15_400), edit('e-edit-note', 200, { note: 'sorted by relevance' }), page('e-page-2', 300, 2, 15_100)];
    expect(foldSearches(noted)[0]).toMatchObject({ totalResults: 15_100, note: 'sorted by relevance' });
  });

  it('is the site’s count again after the search was deleted and seen anew', () => {
    const again = [...events, event('e-delete-1', 400, 'search-delete', { searchId: 'web:s1' }), page('e-page-1b', 500, 1, 15_050)];
    expect(foldSearches(again)[0]).toMatchObject({ totalResults: 15_050, pages: [1] });
  });
});

describe('the count an edit of a search writes', () => {
  it('is left out when the box still shows the logged count, so a note edit does not fix the count', () => {
    expect(editedCount(15_400, '15400')).toBeUndefined();
    expect(editedCount(15_400, ' 15400 ')).toBeUndefined();
    expect(editedCount(undefined, '')).toBeUndefined();
  });

  it('is the number typed, or null when the box was emptied', () => {
    expect(editedCount(15_400, '980')).toBe(980);
    expect(editedCount(undefined, '0')).toBe(0);
    expect(editedCount(15_400, '')).toBeNull();
  });
});
