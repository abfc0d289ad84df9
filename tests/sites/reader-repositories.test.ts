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
