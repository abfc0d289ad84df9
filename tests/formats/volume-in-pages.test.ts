// IEEE Xplore writes a proceedings paper's volume after its pages: BibTeX
// "pages={1150-1157 vol.2}", "pages={985 - 990 vol.2}", "pages={2307-2311 Vol.2}",
// "pages={II-677-II-683 vol.2}", "pages={III-493-6 vol.3}", and RIS "SP  - 1150" / "EP  - 1157 vol.2".
// The pages are the range, written whole ("III-493-III-496"); the number is the volume when the
// record has none of its own (never in place of one).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const TITLE = 'Object recognition from local scale-invariant features';
const numbers = (text: string) => {
  const { volume, pages } = parseBibliography(text).records[0] ?? {};
  return { volume, pages };
};
const bibtex = (fields: string) =>
  `@INPROCEEDINGS{790410,\nauthor={D. G. {Lowe}},\nbooktitle={Proceedings of the Seventh IEEE International Conference on Computer Vision},\ntitle={${TITLE}},\nyear={1999},\n${fields}\n}\n`;
const ris = (lines: string) =>
  `TY  - CONF\nTI  - ${TITLE}\nT2  - Proceedings of the Seventh IEEE International Conference on Computer Vision\nAU  - D. G. Lowe\nPY  - 1999\n${lines}\nER  - \n`;

describe('a volume written after the pages (IEEE Xplore)', () => {
  it.each([
    ['1150-1157 vol.2', '1150-1157', '2'],
    ['985 - 990 vol.2', '985-990', '2'],
    ['2307-2311 Vol.2', '2307-2311', '2'],
    ['1534-1539 vol. 3', '1534-1539', '3'],
    ['II-677-II-683 vol.2', 'II-677-II-683', '2'],
    ['III-493-6 vol.3', 'III-493-III-496', '3'], // the part's numeral on the start only, the end shortened
    ['II-677-683 vol.2', 'II-677-II-683', '2'],
    ['6913-7 vol.2', '6913-6917', '2'],
    ['1534 vol.1', '1534', '1'],
  ])('BibTeX pages "%s" are pages %s of volume %s', (pages, expected, volume) => {
    expect(numbers(bibtex(`number={},\npages={${pages}},`))).toEqual({ pages: expected, volume });
  });

  it('reads RIS’s end page "1157 vol.2" alike', () => {
    expect(numbers(ris('SP  - 1150\nEP  - 1157 vol.2'))).toEqual({ pages: '1150-1157', volume: '2' });
    expect(numbers(ris('SP  - 1150-1157 vol.2'))).toEqual({ pages: '1150-1157', volume: '2' });
    expect(numbers(ris('SP  - III-493\nEP  - 6 vol.3'))).toEqual({ pages: 'III-493-III-496', volume: '3' });
    expect(numbers(ris('SP  - III-493\nEP  - III-496 vol.3'))).toEqual({ pages: 'III-493-III-496', volume: '3' });
  });

  it('keeps the record’s own volume', () => {
    expect(numbers(bibtex('volume={2},\npages={1150-1157 vol.2},'))).toEqual({ pages: '1150-1157', volume: '2' });
    expect(numbers(bibtex('volume={7},\npages={1150-1157 vol.2},'))).toEqual({ pages: '1150-1157', volume: '7' });
    expect(numbers(ris('VL  - 7\nSP  - 1150\nEP  - 1157 vol.2'))).toEqual({ pages: '1150-1157', volume: '7' });
  });

  it('leaves pages with no volume after them as they are', () => {
    expect(numbers(bibtex('pages={1150-1157},'))).toEqual({ pages: '1150-1157', volume: undefined });
    expect(numbers(bibtex('pages={e1234},'))).toEqual({ pages: 'e1234', volume: undefined });
    expect(numbers(bibtex('pages={vol.2},'))).toEqual({ pages: 'vol.2', volume: undefined });
  });
});
