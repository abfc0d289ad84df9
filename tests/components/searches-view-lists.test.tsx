// The search log names a list that is no database search ("Cited by"), in English and
// Indonesian, and shows it unticked: it does not count until the reviewer ticks it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchesView } from '../../components/dashboard/SearchesView';
import { getActiveReview, loadReviewData, logSearch } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { freshDb } from '../db/helpers';
import { mount } from './render';

beforeEach(freshDb);
afterEach(() => setLanguage('en'));

async function logged() {
  const review = await getActiveReview();
  const url = 'https://scholar.google.com/scholar?cites=42&hl=en';
  await logSearch(review.id, { database: 'google-scholar', query: '', url, filters: { cites: '42' }, totalResults: 2345, page: 1 });
  await logSearch(review.id, {
    database: 'pubmed',
    query: 'oxytocin massage',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage',
    filters: {},
    totalResults: 250,
    page: 1,
  });
  return loadReviewData(review.id);
}

describe('the search log shows lists that are no search', () => {
  it.each([
    ['en', '“Cited by” list', 'other methods'],
    ['id', 'daftar “Dikutip oleh”', 'metode lain'],
  ] as const)('names a "Cited by" list, unticked (%s)', async (language, label, why) => {
    setLanguage(language);
    const root = await mount(<SearchesView data={await logged()} reload={async () => undefined} />);
    const rows = [...root.querySelectorAll('tbody tr')];
    const list = rows.find((r) => r.textContent?.includes('Google Scholar'))!;
    const search = rows.find((r) => r.textContent?.includes('PubMed'))!;
    expect(list.querySelector('.search-list')?.textContent).toContain(label);
    expect(list.querySelector('.search-list')?.getAttribute('title')).toContain(why);
    expect(list.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(search.querySelector('.search-list')).toBeNull();
    expect(search.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
  });
});

describe('the search log says where PRISMA reports each search', () => {
  it('starts a "Cited by" list at citation searching, a search at databases, and stores the method picked', async () => {
    const data = await logged();
    let reloaded = 0;
    const root = await mount(<SearchesView data={data} reload={async () => void reloaded++} />);
    const rows = [...root.querySelectorAll('tbody tr')];
    const method = (text: string) => rows.find((r) => r.textContent?.includes(text))!.querySelector<HTMLSelectElement>('select')!;
    expect(method('Google Scholar').value).toBe('citation-searching');
    expect(method('PubMed').value).toBe('databases');
    const select = method('PubMed');
    select.value = 'websites';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(reloaded).toBe(1));
    const after = await loadReviewData(data.review.id);
    expect(after.searches.find((s) => s.database === 'pubmed')?.method).toBe('websites');
  });
});
