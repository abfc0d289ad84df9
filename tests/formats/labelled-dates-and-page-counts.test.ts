// TRID (Transport Research International Documentation) writes a research-in-progress record's
// date with its label, and a report's page count where the pages go. Real, from CoLRev's TRID
// test export (CoLRev-Environment/colrev tests/data/built_in_search_sources/trid.ris):
//   TY  - ABST / AN  - 01611111 / PY  - Start date: 20170812
//   TY  - RPRT / AN  - 01744444 / PY  - 2019/08/23 / ET  - Final Report / SP  - 146p
// Library catalogues write a collation there too (Indonesian SLiMS: "xiv, 120 hlm.: bibl., indek; 25 cm").
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { joinPages } from '../../lib/model/pages';
import { parseYear } from '../../lib/model/normalize';

const record = (...lines: string[]) => parseBibliography(['TY  - RPRT', 'TI  - Pavement preservation', ...lines, 'ER  - ', ''].join('\n'), 'trid.ris').records[0];

describe('a date after its label', () => {
  it("gives the year of TRID's labelled compact date", () => {
    expect(record('PY  - Start date: 20170812').year).toBe(2017);
    expect(['Start date: 20170812', 'Publication Date: 201908', 'START DATE: 19991231', 'Tanggal terbit: 20210315', 'Date of Publication: 20190315'].map(parseYear)).toEqual([
      2017, 2019, 1999, 2021, 2019,
    ]);
  });

  it('never reads a number that is no date, nor a label that names no date', () => {
    expect(['Start date: 20171301', 'Start date: 2017081299', 'Report No: 20170812', 'Contract: 20170812', 'Art. 20211101'].map(parseYear)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(record('PY  - Start date: 12345678').year).toBeUndefined();
  });
});

describe('a page count where the pages go', () => {
  it('is no page range: the record has no pages', () => {
    expect(record('SP  - 146p').pages).toBeUndefined();
    expect(
      ['146p', '146 p.', '146pp', '11p.', '245 pages', 'xii, 120 hlm', 'xiv, 120 hlm.: bibl., indek; 25 cm', 'xii, 245 pages : illustrations ; 24 cm', '96 halaman'].map((p) =>
        joinPages(p),
      ),
    ).toEqual(Array(9).fill(undefined));
  });

  it('keeps pages with their word before them, and ranges', () => {
    expect(record('SP  - pp 278-298').pages).toBe('278-298');
    expect(['p. 146', 'hlm. 12-20', 'P146', '146'].map((p) => joinPages(p))).toEqual(['146', '12-20', 'P146', '146']);
  });
});
