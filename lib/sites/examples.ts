import type { SiteId } from './ids';

/**
 * Pages each site's adapter must accept (and every other adapter refuse), for the registry's
 * tests: kept out of the adapters, which every content script carries, as the scripts never
 * read them. The type makes every site of ids.ts have some.
 */
export const SITE_EXAMPLES: { readonly [id in SiteId]: readonly [string, ...string[]] } = {
  'google-scholar': [
    'https://scholar.google.com/scholar?hl=en&q=oxytocin+massage&as_ylo=2018',
    'https://scholar.google.co.id/scholar?q=stunting+balita&start=10',
    'https://scholar.google.com/citations?user=amIMrIEAAAAJ&hl=en',
  ],
  pubmed: ['https://pubmed.ncbi.nlm.nih.gov/31978945/', 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&filter=years.2018-2023'],
  sciencedirect: [
    'https://www.sciencedirect.com/science/article/pii/S146290112300117X',
    'https://www.sciencedirect.com/science/article/abs/pii/S0009261497040141',
    'https://www.sciencedirect.com/search?qs=stunting&date=2018-2023',
  ],
  garuda: ['https://garuda.kemdiktisaintek.go.id/documents?select=title&q=stunting&page=2', 'https://garuda.kemdikbud.go.id/documents/detail/1022155'],
  web: ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001'],
};
