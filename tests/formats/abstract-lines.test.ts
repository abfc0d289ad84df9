// An abstract's line breaks, as exports carry them: the sections of a structured abstract and
// its paragraphs stay apart (the popup and dashboard show them on lines of their own); a break
// that only wraps the text becomes a space.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { oneRecord } from './helpers';

const ZOTERO_RIS = [
  'TY  - JOUR',
  'TI  - Pijat oksitosin dan produksi ASI',
  'AB  - Latar Belakang: Produksi ASI sering rendah pada ibu nifas.',
  'Metode: Quasi-eksperimen dengan',
  'kelompok kontrol.',
  'Hasil: Produksi ASI meningkat.',
  '',
  'Background: Breast milk production is often low.',
  'Materials and Methods: A quasi-experimental design.',
  'ER  - ',
  '',
].join('\n');

describe('abstract line breaks', () => {
  it('keeps the sections and paragraphs of a RIS abstract written over several lines (Zotero, Mendeley), joining wrapped lines', () => {
    expect(oneRecord(ZOTERO_RIS).abstract).toBe(
      [
        'Latar Belakang: Produksi ASI sering rendah pada ibu nifas.',
        'Metode: Quasi-eksperimen dengan kelompok kontrol.',
        'Hasil: Produksi ASI meningkat.',
        'Background: Breast milk production is often low.',
        'Materials and Methods: A quasi-experimental design.',
      ].join('\n'),
    );
  });

  it('joins a BibTeX abstract wrapped by its writer, and keeps its sections', () => {
    const bib = '@article{a, title={Pijat oksitosin}, abstract={Background: breast milk production\n  is often low in postpartum\n  mothers.\n  Methods: quasi-experimental.}}';
    expect(oneRecord(bib).abstract).toBe('Background: breast milk production is often low in postpartum mothers.\nMethods: quasi-experimental.');
  });

  it('keeps the sections of a CSV or CSL-JSON abstract', () => {
    const csv = 'Title,Author,Abstract,Year,Source title,DOI,Link,EID\nPijat oksitosin,"Sari, D.","Background: low.\r\nMethods: quasi.",2020,Jurnal Ners,,,2-s2.0-1\n';
    expect(parseBibliography(csv, 'scopus.csv').records[0].abstract).toBe('Background: low.\nMethods: quasi.');
    const csl = JSON.stringify([{ type: 'article-journal', title: 'Pijat oksitosin', abstract: 'Background: low.\nMethods: quasi.' }]);
    expect(parseBibliography(csl, 'zotero.json').records[0].abstract).toBe('Background: low.\nMethods: quasi.');
  });

  it('writes no line breaks into other fields, and a one-line abstract stays as it was', () => {
    const a = oneRecord('TY  - JOUR\nTI  - Pijat oksitosin\nAB  - Background: low. Methods: quasi.\nN1  - Note one\nNote two\nER  - \n');
    expect(a.abstract).toBe('Background: low. Methods: quasi.');
    expect(a.title).toBe('Pijat oksitosin');
  });
});
