// A thesis names no journal: EndNote writes its academic department where an article's journal goes
// and its degree where the volume goes — RIS "TY  - THES" … "T2  - Academic Department" … "PB  -
// University" … "VL  - Degree" (Zotero's RIS test case from EndNote), XML <ref-type name="Thesis">
// with <secondary-title> and <volume>, tagged "%0 Thesis" with %B and %V. Zotero gives a thesis no
// publication title; the Article has no field for the university, so journal and volume stay empty.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { oneRecord } from './helpers';

const venue = (a: { journal?: string; volume?: string; title: string; year?: number; authors: string[] }) => ({
  title: a.title,
  journal: a.journal,
  volume: a.volume,
  year: a.year,
  authors: a.authors,
});
const thesis = { title: 'Pijat oksitosin dan produksi ASI', journal: undefined, volume: undefined, year: 2019, authors: ['Wulandari, Ni Made'] };

describe("a thesis's department and degree", () => {
  it('are neither journal nor volume in EndNote RIS (TY  - THES)', () => {
    const ris = [
      'TY  - THES',
      'AU  - Wulandari, Ni Made',
      'A3  - Santoso, Budi',
      'TI  - Pijat oksitosin dan produksi ASI',
      'T2  - Fakultas Keperawatan',
      'PB  - Universitas Airlangga',
      'CY  - Surabaya',
      'VL  - Magister',
      'M3  - Tesis',
      'PY  - 2019',
      'ER  - ',
      '',
    ].join('\r\n');
    expect(venue(oneRecord(ris, 'endnote.ris'))).toEqual(thesis);
  });

  it('are neither journal nor volume in EndNote XML, by the type name or (without one) its number', () => {
    const record = (refType: string) =>
      `<record>${refType}<contributors><authors><author>Wulandari, Ni Made</author></authors><tertiary-authors><author>Santoso, Budi</author></tertiary-authors></contributors>` +
      '<titles><title>Pijat oksitosin dan produksi ASI</title><secondary-title>Fakultas Keperawatan</secondary-title></titles>' +
      '<volume>Magister</volume><dates><year>2019</year></dates><pub-location>Surabaya</pub-location><publisher>Universitas Airlangga</publisher><work-type>Tesis</work-type></record>';
    const xml = `<?xml version="1.0" encoding="UTF-8" ?><xml><records>${record('<ref-type name="Thesis">32</ref-type>')}${record('<ref-type>32</ref-type>')}</records></xml>`;
    const { records } = parseBibliography(xml, 'library.xml');
    expect(records.map(venue)).toEqual([thesis, thesis]);
  });

  it('are neither journal nor volume in EndNote tagged text (%0 Thesis)', () => {
    const enw = '%0 Thesis\n%A Wulandari, Ni Made\n%T Pijat oksitosin dan produksi ASI\n%B Fakultas Keperawatan\n%I Universitas Airlangga\n%V Magister\n%D 2019\n%9 Tesis\n';
    expect(venue(oneRecord(enw, 'thesis.enw'))).toEqual(thesis);
  });

  it("leave a published dissertation's journal and numbered volume (PsycINFO: Dissertation Abstracts International)", () => {
    const ris = [
      'TY  - THES',
      'AU  - Wulandari, Ni Made',
      'TI  - Pijat oksitosin dan produksi ASI',
      'JF  - Dissertation Abstracts International: Section B',
      'T2  - Fakultas Keperawatan',
      'VL  - 80',
      'IS  - 5-B',
      'PY  - 2019',
      'ER  - ',
      '',
    ].join('\n');
    expect(venue(oneRecord(ris, 'psycinfo.ris'))).toEqual({ ...thesis, journal: 'Dissertation Abstracts International: Section B', volume: '80' });
    const enw = '%0 Thesis\n%A Wulandari, Ni Made\n%T Pijat oksitosin dan produksi ASI\n%J Dissertation Abstracts International\n%B Fakultas Keperawatan\n%V 80\n%D 2019\n';
    expect(venue(oneRecord(enw, 'thesis.enw'))).toEqual({ ...thesis, journal: 'Dissertation Abstracts International', volume: '80' });
  });

  it("stay a journal article's journal and volume, whatever the file", () => {
    const ris = ['TY  - JOUR', 'AU  - Wulandari, Ni Made', 'TI  - Pijat oksitosin dan produksi ASI', 'T2  - Jurnal Kebidanan', 'VL  - 8', 'PY  - 2019', 'ER  - ', ''].join('\n');
    expect(venue(oneRecord(ris, 'x.ris'))).toEqual({ ...thesis, journal: 'Jurnal Kebidanan', volume: '8' });
    const enw = '%0 Journal Article\n%A Wulandari, Ni Made\n%T Pijat oksitosin dan produksi ASI\n%B Jurnal Kebidanan\n%V 8\n%D 2019\n';
    expect(venue(oneRecord(enw, 'x.enw'))).toEqual({ ...thesis, journal: 'Jurnal Kebidanan', volume: '8' });
  });
});
