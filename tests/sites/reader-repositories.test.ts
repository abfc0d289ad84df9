// Pages of repositories that keep copies of journal articles (DSpace, EPrints): Dublin Core as
// they write it. See also fixtures/web/dspace-harvested.html.
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('DC.Source', () => {
  const dc = (...sources: string[]) => readPage(tag('DC.Title', 'Senam hamil') + tag('DC.Creator', 'Dwi Anggraini') + sources.map((s) => tag('DC.Source', s)).join(''));

  it('is no journal when it is an ISSN, and the name in another DC.Source tag is', () => {
    expect(dc('2301-1234')?.journal).toBeUndefined();
    expect(dc('2301-123X', 'Jurnal Ilmu Kesehatan')?.journal).toBe('Jurnal Ilmu Kesehatan');
  });

  it('gives the journal, issue and pages when it holds OJS’s whole source (a harvesting repository)', () => {
    expect(dc('Jurnal Ilmu Kesehatan; Vol 8, No 2 (2019); 101-110')).toMatchObject({ journal: 'Jurnal Ilmu Kesehatan', volume: '8', issue: '2', pages: '101-110' });
    expect(dc('Jurnal Bidan; No 3 (2020): Desember; 7-12')).toMatchObject({ journal: 'Jurnal Bidan', issue: '3', pages: '7-12' });
    // Another citation style is left whole: which part is the journal is not known.
    expect(dc('J Med Internet Res 2022;24(3):e31234')?.journal).toBe('J Med Internet Res 2022;24(3):e31234');
  });
});

describe('an EPrints record', () => {
  const eprint = (...tags: string[]) => readPage(tag('eprints.title', 'Pijat oksitosin dan produksi ASI') + tag('eprints.creators_name', 'Rahmawati, Siti') + tags.join(''));

  it('takes the DOI of the published version its official URL links to', () => {
    expect(eprint(tag('eprints.official_url', 'https://doi.org/10.36419/jki.v11i2.370'))?.doi).toBe('10.36419/jki.v11i2.370');
    expect(eprint(tag('eprints.official_url', 'https://link.springer.com/article/10.1007/s10995-019-02800-1'))?.doi).toBe('10.1007/s10995-019-02800-1');
    // Its id_number, when it has one, comes first; a link without a DOI gives none.
    expect(eprint(tag('eprints.official_url', 'https://doi.org/10.36419/jki.v11i2.999'), tag('eprints.id_number', 'doi:10.36419/jki.v11i2.370'))?.doi).toBe(
      '10.36419/jki.v11i2.370',
    );
    expect(eprint(tag('eprints.official_url', 'https://ejournal.example.ac.id/index.php/jki/article/view/370'))?.doi).toBeUndefined();
  });
});

describe('an OPUS front page', () => {
  // OPUS 4 writes its date tags from the date of first publication only; a thesis it dates by its
  // completion has its year in the metadata table alone. OPUS 3 prints its labels in bold cells.
  const opus4 = (rows: [string, string][]) =>
    `<table class="result-data frontdoordata"><caption>Metadata</caption><tr><th class="name">Author:</th><td><a href="/solrsearch/index/search/searchtype/authorsearch/author/Anna+Schmidt">Anna Schmidt</a></td></tr>${rows.map(([name, value]) => `<tr><th class="name">${name}:</th><td>${value}</td></tr>`).join('')}</table>`;
  const opus3 = (name: string, value: string) => `<table><tr><td class="frontdoor" valign="top"><b>${name}:</b></td><td class="frontdoor" valign="top">${value}</td></tr></table>`;
  const page = (body: string, tags = '') => readPage(tag('citation_title', 'Stillen nach Kaiserschnitt') + tag('citation_author', 'Schmidt, Anna') + tags, body);

  it('is dated by its table when no tag dates it, in English or German', () => {
    expect(
      page(
        opus4([
          ['Document Type', 'Doctoral Thesis'],
          ['Year of Completion', '2019'],
          ['Release Date', '2021/03/02'],
        ]),
      )?.year,
    ).toBe(2019);
    expect(page(opus4([['Date of Publication (online)', '14.05.2019']]))?.year).toBe(2019);
    expect(page(opus4([['Jahr der Fertigstellung', '2018']]))?.year).toBe(2018);
    expect(page(opus4([['Datum der Veröffentlichung (online)', '2017/11/20']]))?.year).toBe(2017);
    expect(page(opus3('Erscheinungsjahr', '2005'))?.year).toBe(2005);
    expect(page(opus4([['Year of publication', '2016']]))?.year).toBe(2016);
  });

  it('is dated by its tags when they give a date', () => {
    expect(page(opus4([['Year of Completion', '2019']]), tag('citation_date', '2020-02-01'))?.year).toBe(2020);
    expect(page(opus4([['Year of Completion', '2019']]), tag('DC.date', '2020'))?.year).toBe(2020);
  });

  it('is not dated by other rows: the day it was released, the exam, a data table', () => {
    expect(
      page(
        opus4([
          ['Release Date', '2021/03/02'],
          ['Date of final exam', '2019/04/10'],
        ]),
      )?.year,
    ).toBeUndefined();
    expect(page('<table><tr><th>Year</th><th>Births</th></tr><tr><td>2015</td><td>1200</td></tr></table>')?.year).toBeUndefined();
  });
});
