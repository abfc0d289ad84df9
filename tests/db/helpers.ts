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
