// Copies of one study that duplicate detection once missed: neither joined nor offered to the
// reviewer. Each case is written the way the source wrote it (tests/dedup/false-merges.test.ts
// holds the other side: look-alikes that must stay apart).
import { describe, expect, it } from 'vitest';
import { groupDuplicates } from '../../lib/dedup';
import type { Article } from '../../lib/model/article';

const PIJAT = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas di Puskesmas Kecamatan Tambora';
const art = (fields: Partial<Article>): Article => ({ title: PIJAT, authors: ['Sari, Dewi'], year: 2021, url: '', source: 'import', ...fields });
const merged = (articles: Article[]) => groupDuplicates(articles).filter((g) => g.length > 1);

describe('degrees written beside the first author', () => {
  it.each([
    ['Andi Wijaya, Sp.OG(K)', 'Wijaya A'],
    ['dr. Rina Sari, Sp.A(K)', 'Sari, R.'],
    ['Dewi Sari SKM', 'Sari D'],
    ['SKM Dewi Sari', 'D. Sari'],
    ['Ns. Dewi Sari, S.Kep., M.Kep', 'Sari, Dewi'],
    ['Dewi Sari, Amd. Keb', 'Sari D'],
  ])('"%s" is "%s"', (garuda, pubmed) => {
    expect(merged([art({ authors: [garuda], source: 'garuda' }), art({ authors: [pubmed], source: 'pubmed' })])).toEqual([[0, 1]]);
  });
});

describe('first authors written in capitals', () => {
  it.each([
    ['ROSITA SARI', 'Sari R'],
    ['NURUL HIDAYAH SARI', 'Sari, N. H.'],
    ['PUTRI AYU', 'Ayu P'],
    ['Nurhasanah Siti', 'Siti Nurhasanah'],
  ])('"%s" is "%s"', (garuda, pubmed) => {
    expect(merged([art({ authors: [garuda], source: 'garuda' }), art({ authors: [pubmed], source: 'pubmed' })])).toEqual([[0, 1]]);
  });
});
