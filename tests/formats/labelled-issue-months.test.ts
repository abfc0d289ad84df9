// An issue that keeps its label and names its months in brackets, as Garuda, SINTA and OJS exports
// write it ("IS  - No. 2 (Desember)", "No 2 (Mei 2019)", "Nomor 3 (Juli)"), with the volume before it
// ("Vol 5 No 2 (Desember)") in the issue, volume or journal field, or the volume and year in the
// issue field ("IS  - Vol. 5 No. 2 (2020)"): the issue's number (lib/formats/issue-labels.ts).
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (...lines: string[]) => {
  const { journal, year, volume, issue } = oneRecord(['TY  - JOUR', 'T1  - Pijat oksitosin dan produksi ASI', ...lines, 'ER  - ', ''].join('\n'), 'garuda.ris');
  return { journal, year, volume, issue };
};

describe('a labelled issue with its months in brackets', () => {
  it('is the number, Indonesian and English months, written out or short', () => {
    for (const [written, issue] of [
      ['No. 2 (Desember)', '2'],
      ['Nomor 3 (Juli)', '3'],
      ['No. 2 (Juli-Desember)', '2'],
      ['No 1 (Jan)', '1'],
      ['Issue 3 (March)', '3'],
      ['No. 4, Desember', '4'],
      ['Edisi 2 (Agt.)', '2'],
    ])
      expect(ris('VL  - 7', `IS  - ${written}`), written).toEqual({ journal: undefined, year: undefined, volume: '7', issue });
  });

  it('gives its year to a record that has none', () => {
    expect(ris('VL  - 7', 'IS  - No 2 (Mei 2019)')).toEqual({ journal: undefined, year: 2019, volume: '7', issue: '2' });
    expect(ris('PY  - 2018', 'VL  - 7', 'IS  - No. 2 (December 2019)')).toEqual({ journal: undefined, year: 2018, volume: '7', issue: '2' });
  });

  it('with the volume before it, in the issue, volume or journal field', () => {
    expect(ris('IS  - Vol 5 No 2 (Desember)')).toEqual({ journal: undefined, year: undefined, volume: '5', issue: '2' });
    expect(ris('VL  - Vol. 5, No. 2 (Mei 2019)')).toEqual({ journal: undefined, year: 2019, volume: '5', issue: '2' });
    expect(ris('JO  - Jurnal Kebidanan Vol 5 No 2 (Desember)')).toEqual({ journal: 'Jurnal Kebidanan', year: undefined, volume: '5', issue: '2' });
    // The record's own volume stays.
    expect(ris('VL  - 7', 'IS  - Vol 5 No 2 (Desember)')).toEqual({ journal: undefined, year: undefined, volume: '7', issue: '2' });
  });

  it('in BibTeX and EndNote tagged text too', () => {
    const bib = oneRecord('@article{a,\ntitle = {Pijat oksitosin},\njournal = {Jurnal Kebidanan},\nvolume = {7},\nnumber = {No. 2 (Desember)},\nyear = {2020}\n}\n', 'garuda.bib');
    expect([bib.volume, bib.issue]).toEqual(['7', '2']);
    const enw = oneRecord('%0 Journal Article\n%T Pijat oksitosin\n%J Jurnal Kebidanan\n%V 7\n%N Nomor 3 (Juli)\n%D 2020\n', 'garuda.enw');
    expect([enw.volume, enw.issue]).toEqual(['7', '3']);
  });
});

describe('an issue with its volume and year, in the issue field', () => {
  it('is the number; the volume and year go to a record without them', () => {
    expect(ris('IS  - Vol. 5 No. 2 (2020)')).toEqual({ journal: undefined, year: 2020, volume: '5', issue: '2' });
    expect(ris('PY  - 2021', 'VL  - 7', 'IS  - Vol. 5 No. 2 (2020)')).toEqual({ journal: undefined, year: 2021, volume: '7', issue: '2' });
  });
});

describe('stays as written', () => {
  it('a label before words that are no month, or a month alone after the label', () => {
    expect(ris('VL  - 7', 'IS  - No. 2 (Special Issue)').issue).toBe('No. 2 (Special Issue)');
    expect(ris('VL  - 7', 'IS  - No. 3 (Mayo)').issue).toBe('No. 3 (Mayo)');
    expect(ris('VL  - 7', 'IS  - Edisi Juli').issue).toBe('Edisi Juli');
  });

  it('a month alone is no issue, as before', () => {
    expect(ris('VL  - 7', 'IS  - Desember').issue).toBeUndefined();
  });
});
