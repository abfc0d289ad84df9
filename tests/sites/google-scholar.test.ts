import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../lib/sites/google-scholar';
import { extractPage } from '../../lib/sites';
import { expectValid, load } from './parse';
import results from './fixtures/google-scholar/results.html?raw';
import resultsId from './fixtures/google-scholar/results-id.html?raw';
import profile from './fixtures/google-scholar/profile.html?raw';
import citation from './fixtures/google-scholar/citation.html?raw';
import error403 from './fixtures/google-scholar/error-403.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = googleScholar.extract(doc, url);
  expectValid(found);
  return found;
};

describe('Google Scholar', () => {
  it('reads an expanded row (exact-title searches): authors, venue and year apart, the longer snippet', () => {
    const row = (bylines: string) =>
      `<!-- url: https://scholar.google.com/scholar?hl=en&q=%22Oxytocin+massage+and+breast+milk+production%22 --><div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="FmaRow0001J"><div class="gs_ri"><h3 class="gs_rt"><a href="https://ejournal.example.ac.id/jk/article/view/77">Oxytocin massage and breast milk production among postpartum mothers</a></h3><div class="gs_fma"><div class="gs_fma_con">${bylines}<div class="gs_fma_abs"><div class="gs_fma_snp">Background: Breast milk production is often low in the first days after birth.</div></div></div></div><div class="gs_fl gs_flb"><a href="/scholar?cites=123456">Cited by 14</a></div></div></div></div>`;
    const expanded =
      '<div class="gs_a gs_fma_p"><div class="gs_fmaa"><a href="/citations?user=AAA">S Nurhasanah</a>, D Pratama, B Santoso</div>Jurnal Kesehatan, 2020<span class="gs_fma_sep">•</span>ejournal.example.ac.id</div>';
    const compact = '<div class="gs_a gs_fma_s">S Nurhasanah, D Pratama, B Santoso&nbsp;- Jurnal Kesehatan, 2020 - ejournal.example.ac.id</div>';
    for (const bylines of [expanded, expanded + compact, compact + expanded]) {
      expect(read(row(bylines))!.articles[0], bylines).toMatchObject({
        authors: ['S Nurhasanah', 'D Pratama', 'B Santoso'],
        journal: 'Jurnal Kesehatan',
        year: 2020,
        snippet: 'Background: Breast milk production is often low in the first days after birth.',
        citedBy: 14,
      });
    }
  });

  it('accepts every country domain, and only Scholar paths', () => {
    for (const host of ['scholar.google.com', 'scholar.google.co.id', 'scholar.google.co.uk', 'scholar.google.co.jp', 'scholar.google.com.au', 'scholar.google.de']) {
      expect(googleScholar.accepts(new URL(`https://${host}/scholar?q=x`))).toBe(true);
    }
    expect(googleScholar.accepts(new URL('https://scholar.google.evil.com/scholar?q=x'))).toBe(false);
    expect(googleScholar.accepts(new URL('https://www.google.com/search?q=x'))).toBe(false);
    expect(googleScholar.matches.length).toBeGreaterThan(150);
    expect(googleScholar.matches).toContain('https://scholar.google.co.id/*');
  });

  it('reads a result list: badges dropped, byline split, truncation marked', () => {
    const found = read(results)!;
    expect(found.kind).toBe('results');
    expect(found.articles).toHaveLength(3); // "User profiles for …" is not a result
    const [first, citationOnly, book] = found.articles;
    expect(first).toEqual({
      title: 'Kangaroo mother care and neonatal outcomes: a meta-analysis',
      authors: ['ACC Boundy', 'T Dastjerdi', 'D Spiegelman'],
      journal: 'Pediatrics',
      year: 2016,
      url: 'https://example.org/files/kmc.pdf',
      pdfUrl: 'https://example.org/files/kmc.pdf',
      snippet: '… Kangaroo mother care was associated with 36% lower mortality compared with conventional care …',
      citedBy: 1043,
      source: 'google-scholar',
      sourceId: 'AbC123xyz_0J',
    });
    expect(citationOnly).toMatchObject({
      title: 'Perawatan metode kanguru pada bayi berat lahir rendah',
      authors: ['S Nurhasanah', 'R Siregar', 'AB Lubis', 'CD Harahap', 'EF Nasution'],
      authorsTruncated: true,
      journal: 'Jurnal Keperawatan Indonesia',
      journalTruncated: true,
      year: 2019,
      // no link: the Scholar cluster stands in for it
      url: 'https://scholar.google.com/scholar?cluster=9999888877776666555',
      citedBy: 3,
      sourceId: 'CiTe00only_J',
    });
    expect(book).toMatchObject({
      title: 'Effect of skin‑to‑skin contact on weight gain & p<0.05',
      authors: ['B Santoso'],
      year: 2021,
      url: 'https://scholar.google.com/url?q=https://repo.example.ac.id/thesis/12',
    });
    expect(book.journal).toBeUndefined();
    expect(book.pdfUrl).toBeUndefined(); // an [HTML] side link is not a PDF
  });

  it('captures the search: query, filters from the URL, page and total', () => {
    const found = read(results)!;
    expect(found.query).toBe('kangaroo mother care');
    expect(found.filters).toEqual({ yearFrom: '2018', yearTo: '2023', as_vis: '1' });
    expect(found.page).toBe(2);
    expect(found.totalResults).toBe(1240);
  });
});

describe('Google Scholar in other languages', () => {
  it('reads other interface languages ("Sekitar 12.300 hasil", "Dikutip oleh")', () => {
    const found = read(resultsId)!;
    expect(found.totalResults).toBe(12300);
    expect(found.filters).toEqual({ scisbd: '1' });
    expect(found.articles[0]).toMatchObject({ authors: ['Siti Nurhasanah', 'D Pratama'], journal: 'Jurnal Kesehatan', year: 2020, citedBy: 27 });
  });
});

describe('Google Scholar profiles and other pages', () => {
  it('lists an author profile as results', () => {
    const found = read(profile)!;
    expect(found.kind).toBe('results');
    expect(found.query).toBeUndefined();
    expect(found.articles).toHaveLength(2);
    expect(found.articles[0]).toEqual({
      title: 'Exclusive breastfeeding and stunting in Indonesia',
      authors: ['D Lestari', 'A Rahman', 'B Wijaya', 'C Putri'],
      authorsTruncated: true,
      journal: 'BMC Public Health',
      volume: '21',
      issue: '1',
      pages: '1-12',
      year: 2021,
      citedBy: 54,
      url: 'https://scholar.google.com/citations?view_op=view_citation&hl=en&user=AbCdEfGAAAAJ&citation_for_view=AbCdEfGAAAAJ:u5HHmVD_uO8C',
      source: 'google-scholar',
      sourceId: 'AbCdEfGAAAAJ:u5HHmVD_uO8C',
    });
    expect(found.articles[1]).toMatchObject({
      journal: 'Proceedings of the 2019 International Conference on Public Health and',
      journalTruncated: true,
      year: 2019,
    });
    expect(found.articles[1].citedBy).toBeUndefined();
  });

  it('reads one publication of a profile as an article with all its authors', () => {
    const found = read(citation)!;
    expect(found.kind).toBe('article');
    expect(found.articles[0]).toMatchObject({
      title: 'Exclusive breastfeeding and stunting in Indonesia',
      authors: ['Dewi Lestari', 'Ahmad Rahman', 'Budi Wijaya', 'Citra Putri', 'Eka Saputra'],
      year: 2021,
      journal: 'BMC Public Health',
      volume: '21',
      issue: '1',
      pages: '1-12',
      url: 'https://bmcpublichealth.example.com/articles/10.1186/s12889-021-00001-1',
    });
  });

  it('reads the publication page in Indonesian (hl=id)', () => {
    const labels: [string, string][] = [
      ['Authors', 'Penulis'],
      ['Publication date', 'Tanggal terbit'],
      ['Journal', 'Jurnal'],
      ['Issue', 'Terbitan'],
      ['Pages', 'Halaman'],
    ];
    let html = citation.replace('hl=en', 'hl=id');
    for (const [en, id] of labels) html = html.replace(`>${en}<`, `>${id}<`);
    expect(read(html)!.articles[0]).toMatchObject({
      authors: ['Dewi Lestari', 'Ahmad Rahman', 'Budi Wijaya', 'Citra Putri', 'Eka Saputra'],
      year: 2021,
      journal: 'BMC Public Health',
      volume: '21',
      issue: '1',
      pages: '1-12',
    });
  });

  it('takes no authors from the reporter citations of a court case', () => {
    const page = `<!-- url: https://scholar.google.com/scholar?hl=en&as_sdt=2006&q=informed+consent --><div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="Case01_J"><div class="gs_ri"><h3 class="gs_rt"><a href="/scholar_case?case=123456&amp;q=informed+consent&amp;hl=en&amp;as_sdt=2006">Canterbury v. Spence</a></h3><div class="gs_a">464 F. 2d 772&nbsp;- Court of Appeals, Dist. of Columbia Circuit, 1972&nbsp;- Google Scholar</div></div></div></div>`;
    expect(read(page)!.articles[0]).toMatchObject({ title: 'Canterbury v. Spence', authors: [], year: 1972 });
  });

  it('takes no journal from the "Place: Publisher" of a citation or book row', () => {
    const row = (badge: string, title: string, byline: string) =>
      `<div class="gs_r gs_or gs_scl" data-cid="Row${badge.length}x_J"><div class="gs_ri"><h3 class="gs_rt"><span class="gs_ctu"><span class="gs_ct1">${badge}</span></span> ${title}</h3><div class="gs_a">${byline}</div></div></div>`;
    const page = (rows: string) => `<!-- url: https://scholar.google.com/scholar?hl=id&q=stunting --><div id="gs_res_ccl_mid">${rows}</div>`;
    const found = read(
      page(
        row('[KUTIPAN]', '<span id="c1">Riset kesehatan dasar</span>', 'K Kesehatan&nbsp;- Jakarta: Kemenkes RI, 2018') +
          row('[BUKU]', '<a href="https://books.example.org/1">Asuhan kebidanan nifas</a>', 'S Aminah&nbsp;- Yogyakarta: Pustaka Baru, 2020') +
          row('[PDF]', '<a href="https://j.example.org/2">Pijat oksitosin</a>', 'B Santoso&nbsp;- Jurnal Ners: Jurnal Keperawatan, 2021 - j.example.org'),
      ),
    )!;
    expect(found.articles.map((a) => [a.journal, a.year])).toEqual([
      [undefined, 2018],
      [undefined, 2020],
      ['Jurnal Ners: Jurnal Keperawatan', 2021],
    ]);
  });

  it('gives null for a Google error page', () => {
    expect(read(error403)).toBeNull();
    const { doc, url } = load(error403);
    expect(extractPage(doc, url)).toBeNull(); // and so does the generic reader
  });

  it('gives the rows with their articles, in extract order', () => {
    const { doc, url } = load(results);
    const found = googleScholar.extract(doc, url)!;
    const rows = found.rows!;
    expect(rows.map((r) => r.article)).toEqual(found.articles);
    expect(rows.map((r) => r.element.getAttribute('data-cid'))).toEqual(['AbC123xyz_0J', 'CiTe00only_J', 'NoVenue000_J']);
    expect(doc.querySelector(googleScholar.resultsContainer!)?.id).toBe('gs_res_ccl_mid');
  });
});
