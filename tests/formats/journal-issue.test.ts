// A journal whose name carries its issue but no volume (Garuda, SINTA, OJS exports: "Jurnal Kebidanan
// No. 2 (Desember)"): the name is the journal, the number the issue, its year the record's when it has
// none — in every importer (journal-issue.ts). A name that merely ends with a number stays whole.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (journal: string, ...more: string[]) => {
  const { journal: name, volume, issue, year } = oneRecord(['TY  - JOUR', 'TI  - Pijat oksitosin', `T2  - ${journal}`, ...more, 'ER  - ', ''].join('\n'), 'garuda.ris');
  return { journal: name, volume, issue, year };
};

describe('an issue written after the journal’s name', () => {
  it('is the issue, and its year the record’s when it has none', () => {
    expect(ris('Jurnal Kebidanan No. 2 (Desember)', 'PY  - 2019')).toEqual({ journal: 'Jurnal Kebidanan', volume: undefined, issue: '2', year: 2019 });
    expect(ris('Jurnal Ners Nomor 3 (Juli 2020)')).toEqual({ journal: 'Jurnal Ners', volume: undefined, issue: '3', year: 2020 });
    expect(ris('Jurnal X, No. 1')).toEqual({ journal: 'Jurnal X', volume: undefined, issue: '1', year: undefined });
    expect(ris('Jurnal Keperawatan (JKP) Edisi 2 (2019)', 'PY  - 2021')).toEqual({ journal: 'Jurnal Keperawatan (JKP)', volume: undefined, issue: '2', year: 2021 });
    expect(ris('Jurnal Kesehatan Nomor 1, Oktober 2014')).toEqual({ journal: 'Jurnal Kesehatan', volume: undefined, issue: '1', year: 2014 });
  });

  it('beside the record’s own volume, or the same issue', () => {
    expect(ris('Jurnal Kebidanan No. 2 (Desember)', 'VL  - 8', 'IS  - 2')).toEqual({ journal: 'Jurnal Kebidanan', volume: '8', issue: '2', year: undefined });
  });

  it('in BibTeX too', () => {
    const bib = oneRecord('@article{a, title = {Pijat oksitosin}, journal = {Jurnal Kebidanan No. 2 (Desember)}, year = {2019}}', 'x.bib');
    expect([bib.journal, bib.issue]).toEqual(['Jurnal Kebidanan', '2']);
  });

  it('leaves a name that ends with a number, a label it cannot read, or another issue as written', () => {
    for (const name of ['Jurnal 45', 'Kesehatan Ibu dan Anak 2', 'Jurnal Kebidanan No. 2 (Special Issue)', 'No. 2 (Desember)']) expect(ris(name).journal, name).toBe(name);
    expect(ris('Jurnal Kebidanan No. 2 (Desember)', 'IS  - 3')).toEqual({ journal: 'Jurnal Kebidanan No. 2 (Desember)', volume: undefined, issue: '3', year: undefined });
  });
});
