// Result rows whose bylines are cut or short: Scholar cuts author lists and venues from either
// end and leaves out the venue of repository items; PubMed lists group authors after "; ".
import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../lib/sites/google-scholar';
import { pubmed } from '../../lib/sites/pubmed';
import { expectValid, parse } from './parse';

const scholarRow = (byline: string, title = 'Pijat oksitosin dan produksi ASI') => {
  const html = `<div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="abc123"><div class="gs_ri"><h3 class="gs_rt"><a href="https://example.org/a">${title}</a></h3><div class="gs_a">${byline}</div><div class="gs_rs">Snippet.</div></div></div></div>`;
  const found = googleScholar.extract(parse(html), new URL('https://scholar.google.co.id/scholar?q=pijat+oksitosin'));
  expectValid(found);
  return found!.articles[0];
};

describe('cut and short bylines', () => {
  it('marks Scholar authors and venues cut at the front, without the "…"', () => {
    const a = scholarRow('…, DN Mariyani, S Rahmawati - … Journal of Environmental Research and Public …, 2020 - mdpi.com');
    expect(a).toMatchObject({
      authors: ['DN Mariyani', 'S Rahmawati'],
      authorsTruncated: true,
      cut: { authors: 'start' },
      journal: 'Journal of Environmental Research and Public',
      journalTruncated: true,
      year: 2020,
    });
  });

  it('says at which end Scholar cut an author list: the start, both, or the end alone (authorsTruncated)', () => {
    expect(scholarRow('…, DN Mariyani, S Rahmawati… - Jurnal Kebidanan, 2021 - example.org')).toMatchObject({
      authors: ['DN Mariyani', 'S Rahmawati'],
      authorsTruncated: true,
      cut: { authors: 'both' },
    });
    const endOnly = scholarRow('D Lestari, A Putri, DN Mariyani… - Jurnal Kebidanan, 2021 - example.org');
    expect(endOnly).toMatchObject({ authors: ['D Lestari', 'A Putri', 'DN Mariyani'], authorsTruncated: true });
    expect(endOnly.cut).toBeUndefined();
  });

  it('takes Scholar’s "…" off a title cut to the words searched for, and says where it was cut', () => {
    // geomap_scholar_search_results_2020-11.html (../shared), row 5, cut at its start.
    const front = scholarRow('JL Smellie - Terra Antartica, 2001 - epic.awi.de', '&#8230; erosion, uplift and unroofing of the Transantarctic Mountains');
    expect(front).toMatchObject({ title: 'erosion, uplift and unroofing of the Transantarctic Mountains', cut: { title: 'start' } });
    expect(scholarRow('A Smith - Terra Antartica, 2001', 'Erosion, uplift and unroofing of the Transantarctic Mountains …')).toMatchObject({
      title: 'Erosion, uplift and unroofing of the Transantarctic Mountains',
      cut: { title: 'end' },
    });
    expect(scholarRow('…, DN Mariyani - Jurnal Kebidanan, 2021', '… uplift and unroofing …')).toMatchObject({
      title: 'uplift and unroofing',
      cut: { title: 'both', authors: 'start' },
    });
    // A title of its own that ends with three dots is no cut.
    const dots = scholarRow('A Smith - Jurnal Kebidanan, 2021', 'To breastfeed or not...');
    expect(dots.title).toBe('To breastfeed or not...');
    expect(dots.cut).toBeUndefined();
  });

  it('takes no journal from a Scholar byline that ends with the host alone', () => {
    const a = scholarRow('B Santoso - repository.unair.ac.id');
    expect(a.authors).toEqual(['B Santoso']);
    expect(a.journal).toBeUndefined();
    expect(scholarRow('B Santoso - Jurnal Kebidanan, 2019 - ejournal.example.ac.id').journal).toBe('Jurnal Kebidanan');
  });

  it('takes a publisher written as the host of a linked row for no journal, and keeps a citation row’s venue', () => {
    for (const host of ['Springer', 'Wiley Online Library', 'Taylor & Francis']) {
      const a = scholarRow(`A Smith, B Jones - ${host}`);
      expect(a.authors, host).toEqual(['A Smith', 'B Jones']);
      expect(a.journal, host).toBeUndefined();
    }
    expect(scholarRow('A Smith - Jurnal Kebidanan, 2019')).toMatchObject({ journal: 'Jurnal Kebidanan', year: 2019 });
    const citation = parse(
      '<div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="c1"><div class="gs_ri"><h3 class="gs_rt"><span class="gs_ctu"><span class="gs_ct1">[CITATION]</span></span><span id="c1">Pijat oksitosin</span></h3><div class="gs_a">S Aminah - Jurnal Kebidanan Indonesia</div></div></div></div>',
    );
    const found = googleScholar.extract(citation, new URL('https://scholar.google.com/scholar?q=pijat'));
    expect(found!.articles[0]).toMatchObject({ authors: ['S Aminah'], journal: 'Jurnal Kebidanan Indonesia' });
  });

  it('takes no authors from a Scholar byline that starts with the source and year', () => {
    for (const [byline, journal] of [
      ['Jurnal Kesehatan Prima, 2019 - ejournal.example.ac.id', 'Jurnal Kesehatan Prima'],
      ['Jurnal Kesehatan Prima, 2019', 'Jurnal Kesehatan Prima'],
      ['… Kesehatan Prima, 2019 - ejournal.example.ac.id', 'Kesehatan Prima'],
    ]) {
      expect(scholarRow(byline), byline).toMatchObject({ authors: [], journal, year: 2019 });
    }
    expect(scholarRow('2019 - ejournal.example.ac.id')).toMatchObject({ authors: [], year: 2019 });
    expect(scholarRow('S Aminah, B Santoso - Jurnal Kesehatan Prima, 2019 - ejournal.example.ac.id')).toMatchObject({
      authors: ['S Aminah', 'B Santoso'],
      journal: 'Jurnal Kesehatan Prima',
      year: 2019,
    });
  });

  it('splits a PubMed group author from the people', () => {
    const html = `<div class="search-results-chunk"><article class="full-docsum"><a class="docsum-title" data-article-id="34000001" href="/34000001/">Nursing in the pandemic</a><span class="docsum-authors full-authors">Kim B, Lee A; COVID-19 Nursing Study Group.</span><span class="docsum-journal-citation full-journal-citation">J Nurs. 2021 May;5(2):1-9.</span></article></div>`;
    const found = pubmed.extract(parse(html), new URL('https://pubmed.ncbi.nlm.nih.gov/?term=nursing'));
    expectValid(found);
    expect(found!.articles[0].authors).toEqual(['Kim B', 'Lee A', 'COVID-19 Nursing Study Group']);
  });
});
