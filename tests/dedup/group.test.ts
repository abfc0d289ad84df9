import { describe, expect, it } from 'vitest';
import { findDuplicates, groupDuplicates, likelyDuplicates } from '../../lib/dedup';
import type { Article } from '../../lib/model/article';

const PIJAT = 'Pengaruh Pijat Oksitosin terhadap Produksi ASI pada Ibu Nifas';

function art(fields: Partial<Article>): Article {
  return { title: PIJAT, authors: ['Siti Nurhasanah'], year: 2020, url: '', source: 'import', ...fields };
}

/** The groups with more than one member, for short assertions. */
const merged = (articles: Article[]) => groupDuplicates(articles).filter((g) => g.length > 1);
const reasons = (articles: Article[]) => likelyDuplicates(articles).map((p) => `${p.a}-${p.b}:${p.reason}`);

describe('groupDuplicates: certain matches', () => {
  it('puts every index in exactly one group, singletons included, in input order', () => {
    const articles = [art({ title: 'First study about something' }), art({}), art({ title: 'Third study about something' }), art({ source: 'garuda' })];
    expect(groupDuplicates(articles)).toEqual([[0], [1, 3], [2]]);
    expect(groupDuplicates([])).toEqual([]);
  });

  it('matches by DOI whatever else differs', () => {
    const articles = [
      art({ doi: '10.1016/j.midw.2020.01.001', title: 'Completely different text', year: 2019, authors: [] }),
      art({ doi: '10.1016/j.midw.2020.01.001', source: 'pubmed' }),
    ];
    expect(merged(articles)).toEqual([[0, 1]]);
  });

  it('matches by DOI across a translated title when the first author agrees', () => {
    const articles = [
      art({ doi: '10.33086/jhs.v1i1.1', source: 'garuda' }),
      art({ doi: '10.33086/jhs.v1i1.1', title: 'The effect of oxytocin massage on breast milk production in postpartum mothers', authors: ['Nurhasanah, S.'] }),
    ];
    expect(merged(articles)).toEqual([[0, 1]]);
  });

  it('does not trust a DOI that title and first author both contradict (a DOI cut short)', () => {
    // Real case: SICI DOIs "10.2193/0022-541X(2005)069<0185:…>" lose everything from "<".
    const articles = [
      art({ doi: '10.2193/0022-541x(2005)069', title: 'Variability in vegetation effects on density and nesting success of grassland birds', authors: ['Winter, M.'] }),
      art({ doi: '10.2193/0022-541x(2005)069', title: 'Grassland bird use of riparian filter strips in southeast Iowa', authors: ['Henningsen, J.C.'] }),
    ];
    expect(merged(articles)).toEqual([]);
    expect(reasons(articles)).toEqual(['0-1:id-conflict']);
  });

  it('matches by PMID', () => {
    expect(merged([art({ pmid: '31978945', year: 2018 }), art({ pmid: '31978945', title: 'Other title here', authors: [] })])).toEqual([[0, 1]]);
  });

  it('matches the Garuda all-caps copy of an Indonesian title to the Scholar one by title, year ±1 and first author', () => {
    const articles = [
      art({ source: 'google-scholar', authors: ['Siti Nurhasanah', 'Dewi Lestari'], year: 2020 }),
      art({ source: 'garuda', title: `${PIJAT.toUpperCase()} - Garuda`, authors: ['Nurhasanah, S.', 'Lestari, D.'], year: 2021 }),
      art({ source: 'pubmed', title: `${PIJAT}.`, authors: ['Nurhasanah S'], year: 2020, pmid: '123456' }),
    ];
    expect(merged(articles)).toEqual([[0, 1, 2]]);
  });

  it('joins a record without identifiers to the DOI group it matches', () => {
    const articles = [art({ doi: '10.1016/j.a.2020.1', pmid: '111' }), art({}), art({ doi: '10.1016/j.a.2020.1', authors: ['Nurhasanah, S'] })];
    expect(merged(articles)).toEqual([[0, 1, 2]]);
  });

  it('does not mutate its input', () => {
    const articles = [art({}), art({ title: PIJAT.toUpperCase() })];
    const copy = structuredClone(articles);
    groupDuplicates(articles);
    likelyDuplicates(articles);
    expect(articles).toEqual(copy);
  });
});

describe('groupDuplicates: bad input never merges on a missing field', () => {
  it('ignores empty DOIs and PMIDs', () => {
    const articles = [art({ title: 'One study of oxytocin', doi: '', pmid: '' }), art({ title: 'Another study of oxytocin', doi: '', pmid: '' })];
    expect(merged(articles)).toEqual([]);
  });

  it('needs the year, the first author and a meaningful title on both sides', () => {
    expect(merged([art({ year: undefined }), art({ year: undefined })])).toEqual([]);
    expect(merged([art({ authors: [] }), art({ authors: [] })])).toEqual([]);
    expect(merged([art({ authors: ['et al.'] }), art({ authors: ['Anonymous'] })])).toEqual([]);
    expect(merged([art({ title: 'Editorial' }), art({ title: 'Editorial' })])).toEqual([]);
    expect(merged([art({ title: '[PDF]' }), art({ title: '[PDF]' })])).toEqual([]);
  });

  it('never groups two different DOIs, however alike the rest', () => {
    expect(merged([art({ doi: '10.1016/j.a.1' }), art({ doi: '10.1016/j.a.2' })])).toEqual([]);
    expect(merged([art({ pmid: '1' }), art({ pmid: '2' })])).toEqual([]);
  });

  it('never groups two DOIs through a record that has none (A doi1 ~ B ~ C doi2)', () => {
    const articles = [art({ doi: '10.1016/j.a.1' }), art({}), art({ doi: '10.1016/j.a.2', year: 2021 })];
    expect(merged(articles)).toEqual([]);
    expect(reasons(articles)).toEqual(['0-1:ambiguous', '0-2:id-conflict', '1-2:ambiguous']);
  });

  it('never groups two DOIs through a PMID chain', () => {
    // A and B share a PMID; B and C share title, year and author; C has another DOI.
    const articles = [art({ doi: '10.1016/j.a.1', pmid: '77', title: 'Some other wording of the title' }), art({ pmid: '77' }), art({ doi: '10.1016/j.a.2' })];
    const groups = merged(articles);
    expect(groups).toEqual([[0, 1]]);
    expect(likelyDuplicates(articles)).toEqual([{ a: 1, b: 2, reason: 'id-conflict' }]);
  });

  it('keeps apart a DOI shared by records with different PMIDs, and says so', () => {
    const articles = [art({ doi: '10.1016/j.a.1', pmid: '1' }), art({ doi: '10.1016/j.a.1', pmid: '2' }), art({ doi: '10.1016/j.a.1' })];
    expect(merged(articles)).toEqual([[0, 2]]);
    expect(reasons(articles)).toEqual(['0-1:id-conflict']);
  });

  it('does not chain years: 2019, 2020 and 2021 are not one study for certain', () => {
    const articles = [art({ year: 2019 }), art({ year: 2020 }), art({ year: 2021 })];
    expect(merged(articles)).toEqual([]);
    expect(reasons(articles)).toEqual(['0-1:ambiguous', '0-2:title-year-2', '1-2:ambiguous']);
  });
});

describe('likelyDuplicates', () => {
  it('lists same title two years apart', () => {
    expect(likelyDuplicates([art({ year: 2018 }), art({ year: 2020 })])).toEqual([{ a: 0, b: 1, reason: 'title-year-2' }]);
    expect(likelyDuplicates([art({ year: 2017 }), art({ year: 2020 })])).toEqual([]);
  });

  it('lists same title and year with the first author missing on one side', () => {
    expect(reasons([art({}), art({ authors: [] })])).toEqual(['0-1:author-missing']);
    expect(reasons([art({}), art({ year: undefined })])).toEqual(['0-1:year-missing']);
  });

  it('lists same title and year by different first authors', () => {
    expect(reasons([art({}), art({ authors: ['Budi Santoso'] })])).toEqual(['0-1:author-differs']);
  });

  it('lists a preprint and its published version', () => {
    const articles = [
      art({ doi: '10.1101/2020.05.01.20087254', journal: 'medRxiv', year: 2020 }),
      art({ doi: '10.1016/j.midw.2022.01.001', year: 2022, title: `${PIJAT}: a randomised trial` }),
    ];
    expect(merged(articles)).toEqual([]);
    expect(reasons(articles)).toEqual(['0-1:preprint']);
  });

  it('lists very similar titles (typo, dropped subtitle) with agreeing author and year', () => {
    expect(reasons([art({}), art({ title: PIJAT.replace('Oksitosin', 'Oksitoksin') })])).toEqual(['0-1:similar-title']);
    expect(reasons([art({}), art({ title: `${PIJAT}: studi kuasi eksperimen`, year: 2021 })])).toEqual(['0-1:similar-title']);
    expect(reasons([art({}), art({ title: PIJAT.replace('Oksitosin', 'Oksitoksin'), authors: ['Budi Santoso'] })])).toEqual([]);
    expect(reasons([art({}), art({ title: PIJAT.replace('Oksitosin', 'Oksitoksin'), year: 2023 })])).toEqual([]);
  });

  it('does not list an erratum against the paper it corrects, nor unrelated titles', () => {
    const articles = [
      art({ title: 'A remarkable assemblage of petroglyphs and dinosaur footprints in Northeast Brazil', doi: '10.1038/s41598-024-56479-3' }),
      art({ title: 'Erratum: Author Correction: A remarkable assemblage of petroglyphs and dinosaur footprints in Northeast Brazil', doi: '10.1038/s41598-024-65283-y' }),
      art({ title: 'Correction: A remarkable assemblage of petroglyphs and dinosaur footprints in Northeast Brazil' }),
      art({ title: 'The extinction of the dinosaurs' }),
    ];
    expect(findDuplicates(articles)).toEqual({ groups: [[0], [1], [2], [3]], likely: [] });
  });

  it('gives one pair per pair of groups, the strongest reason first', () => {
    const articles = [art({ doi: '10.1016/j.a.1' }), art({ doi: '10.1016/j.a.1', authors: ['Nurhasanah, S.'] }), art({ authors: [] }), art({ authors: [], source: 'garuda' })];
    // 0+1 by DOI; 2 and 3 have no author, so they stay apart from everything.
    expect(merged(articles)).toEqual([[0, 1]]);
    expect(reasons(articles)).toEqual(['0-2:author-missing', '0-3:author-missing', '2-3:author-missing']);
  });

  it('does not flood the list with a generic title shared by many records', () => {
    const articles = Array.from({ length: 60 }, (_, i) => art({ title: 'Editorial board', authors: [], year: 2020, doi: `10.1016/s0000-${i}` }));
    expect(likelyDuplicates(articles)).toEqual([]);
  });

  it('never pairs records of one certain group', () => {
    const articles = [art({}), art({ title: PIJAT.toUpperCase() }), art({ year: 2022 })];
    expect(merged(articles)).toEqual([[0, 1]]);
    expect(reasons(articles)).toEqual(['0-2:title-year-2']);
  });
});
