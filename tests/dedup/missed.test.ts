// Copies of one study that duplicate detection once missed: neither joined nor offered to the
// reviewer. Each case is written the way the source wrote it (tests/dedup/false-merges.test.ts
// holds the other side: look-alikes that must stay apart).
import { describe, expect, it } from 'vitest';
import { groupDuplicates, likelyDuplicates } from '../../lib/dedup';
import type { Article } from '../../lib/model/article';

const PIJAT = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas di Puskesmas Kecamatan Tambora';
const art = (fields: Partial<Article>): Article => ({ title: PIJAT, authors: ['Sari, Dewi'], year: 2021, url: '', source: 'import', ...fields });
const merged = (articles: Article[]) => groupDuplicates(articles).filter((g) => g.length > 1);
const reasons = (articles: Article[]) => likelyDuplicates(articles).map((p) => `${p.a}-${p.b}:${p.reason}`);

describe('degrees written beside the first author', () => {
  it.each([
    ['Andi Wijaya, Sp.OG(K)', 'Wijaya A'],
    ['dr. Rina Sari, Sp.A(K)', 'Sari, R.'],
    ['Dewi Sari SKM', 'Sari D'],
    ['SKM Dewi Sari', 'D. Sari'],
    ['Ns. Dewi Sari, S.Kep., M.Kep', 'Sari, Dewi'],
    ['Dewi Sari, Amd. Keb', 'Sari D'],
    ['Dewi Sari, S.K.M., M.P.H.', 'Sari D'],
    ['DEWI SARI, S.K.M, M.K.M', 'Sari, D.'],
    ['Dewi Sari S.K.M.', 'D Sari'],
    ['Bd. Dewi Sari, S.Tr.Keb', 'Sari D'],
    ['Dewi Sari, S.Tr.Keb., Bd., M.Kes', 'Sari D'],
    ['Dewi Sari, M.Psi., Psikolog', 'Sari, Dewi'],
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
    // Family name first, three words: the same words as the other copy, whichever is the family name.
    ['LESTARI DEWI SARI', 'Dewi Sari Lestari'],
    ['Lestari Dewi Sari', 'Dewi Sari Lestari'],
    ['HIDAYAH NURUL AINI', 'Aini, Nurul Hidayah'],
  ])('"%s" is "%s"', (garuda, pubmed) => {
    expect(merged([art({ authors: [garuda], source: 'garuda' }), art({ authors: [pubmed], source: 'pubmed' })])).toEqual([[0, 1]]);
  });
});

describe('titles cut short', () => {
  const FULL = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas di Puskesmas Kecamatan Tambora Jakarta Utara';
  // Other records that make the full title's rarest words its last ones, which a cut copy lacks.
  const others = [
    // By a first author each, Puskesmas by Puskesmas: more than a few to sort.
    ...['Sukamaju', 'Cempaka', 'Melati', 'Mawar', 'Anggrek', 'Kenanga', 'Dahlia', 'Kamboja'].map((place) =>
      art({ title: `${FULL.slice(0, 64)} Puskesmas ${place}`, authors: [`${place}, B.`] }),
    ),
    ...['Survei kesehatan lingkungan', 'Gambaran posyandu balita'].map((head) => art({ title: `${head} Kecamatan Tambora Jakarta Utara`, authors: ['Lain, C.'] })),
  ];

  it.each([
    ['cut inside a word, with a mark', 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas di Puskesmas Kec…'],
    ["Scholar's cut at a word", 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas di …'],
    ['cut after 70 characters, without a mark', FULL.slice(0, 70)],
  ])('a title %s is offered with the full title', (_, cut) => {
    const articles = [art({ title: FULL, doi: '10.36456/jk.v5i1.1' }), art({ title: cut, source: 'google-scholar' }), ...others];
    expect(merged(articles)).toEqual([]);
    expect(reasons(articles)).toEqual(['0-1:similar-title']);
  });

  it('is offered among few records as among many', () => {
    expect(reasons([art({ title: FULL }), art({ title: FULL.slice(0, 70), year: 2022 })])).toEqual(['0-1:similar-title']);
  });

  it('is not offered by another first author, nor with fewer than five words kept', () => {
    const cut = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas di Puskesmas Kec…';
    expect(reasons([art({ title: FULL }), art({ title: cut, authors: ['Santoso, Budi'] })])).toEqual([]);
    expect(reasons([art({ title: FULL }), art({ title: 'Pengaruh Pijat Oksitosin terhadap Pro…' })])).toEqual([]);
  });
});

describe('titles in two languages', () => {
  const ID = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas';
  const EN = 'The Effect of Oxytocin Massage on Breast Milk Production in Postpartum Mothers';

  it.each([
    ['Indonesian / English', `${ID} / ${EN}`],
    ['English | Indonesian', `${EN.toUpperCase()} | ${ID.toUpperCase()}`],
    ['a bracketed translation', `${ID} [${EN}]`],
    ['a translation in parentheses', `${ID} (${EN}).`],
  ])("Garuda's %s is the copy with either half, by the first author and year ±1", (_, both) => {
    const articles = [
      art({ title: both, authors: ['SITI NURHASANAH'], source: 'garuda' }),
      art({ title: ID, authors: ['S Nurhasanah'], source: 'google-scholar', year: 2022 }),
      art({ title: EN, authors: ['Nurhasanah, S.'], source: 'import', doi: '10.33086/jhs.v1i1.1' }),
    ];
    expect(merged(articles)).toEqual([[0, 1, 2]]);
  });

  it.each([
    ['three parts, the third in another language', `${ID} / ${EN} / El efecto del masaje con oxitocina en la producción de leche materna`, ''],
    ['a site name after the halves', `${EN} / ${ID} | Jurnal Kebidanan`, ''],
    ['slashes inside the halves ("HIV/AIDS", "dan/atau")', `${ID} dan/atau HIV/AIDS / ${EN} and/or HIV/AIDS`, ' HIV/AIDS'],
  ])('a title of %s is the copy with either half', (_, all, tail) => {
    const halves = [`${ID}${tail && ` dan/atau${tail}`}`, `${EN}${tail && ` and/or${tail}`}`];
    const articles = [art({ title: all, source: 'garuda' }), art({ title: halves[0], source: 'google-scholar' }), art({ title: halves[1], doi: '10.33086/jhs.v1i1.1' })];
    expect(merged(articles)).toEqual([[0, 1, 2]]);
  });

  it('is offered when the first author is missing or differs', () => {
    expect(reasons([art({ title: `${ID} / ${EN}` }), art({ title: EN, authors: [] })])).toEqual(['0-1:author-missing']);
    expect(reasons([art({ title: `${ID} / ${EN}` }), art({ title: ID, authors: ['Santoso, Budi'] })])).toEqual(['0-1:author-differs']);
  });
});
