import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { core, fixture } from './helpers';

describe('Web of Science', () => {
  it('tagged plain text: AF over AU, wrapped titles, DE+ID keywords, UT, PM, PS pages, e-mails removed', () => {
    const { format, records, warnings } = parseBibliography(fixture('wos/plain.txt'), 'savedrecs.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'Interactions stabilizing the structure of the core light-harvesting complex (LHl) of photosynthetic bacteria and its subunit (B820)',
      author: 'Parkes-Loach, Pamela S.',
      year: 2004,
      doi: '10.1021/bi049798f',
      pmid: '15170338',
      journal: 'BIOCHEMISTRY',
    });
    expect(records[0].keywords).toEqual(['light harvesting', 'bacteriochlorophyll', 'CHEMICALLY SYNTHESIZED POLYPEPTIDES', 'IN-VITRO RECONSTITUTION', 'AMINO-ACID-SEQUENCE']);
    expect(records[0]).toMatchObject({ sourceId: 'WOS:000221807500019', pages: '7003-7016', volume: '43', issue: '22' });
    expect(records[1].authors).toEqual(['Apfelbaum, S.', 'Haney, A.']);
    expect(records[1]).toMatchObject({ pages: '347-354', sourceId: 'ZOOREC:ZOOR11800038660', doi: '10.2307/1367504', year: 1981 });
  });

  it('tab-delimited (BOM, bare CR line ends): "; " authors, MEDLINE:… UT as PMID, MeSH split', () => {
    const { format, dialect, records, warnings } = parseBibliography(fixture('wos/tab.txt'), 'savedrecs.txt');
    expect(format).toBe('tsv');
    expect(dialect).toBe('wos-tab');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'Cross-scale occupancy dynamics of a postfire specialist.',
      author: 'Tingley, Morgan W',
      year: 2018,
      doi: '10.1111/1365-2656.12851',
      pmid: '29782655',
      journal: 'The Journal of animal ecology',
    });
    expect(records[0].authors).toEqual(['Tingley, Morgan W', 'Stillman, Andrew N']);
    expect(records[0].keywords).toEqual(['Animals', 'Birds / physiology', 'Fires']);
    // No PY: the year comes from PD; "1827-34" is written whole.
    expect(records[1]).toMatchObject({ year: 2008, pages: '1827-1834', pmid: '19263880' });
  });

  it('keeps a record cut off before ER, with a warning', () => {
    const text = fixture('wos/plain.txt').split('\n').slice(0, 30).join('\n');
    const { records, warnings } = parseBibliography(text);
    expect(records.map((r) => r.title)).toHaveLength(2);
    expect(warnings).toEqual(['line 28: the last record has no end line (ER): the file may be truncated']);
  });

  it('an early-access record without PY takes its year from EA, else from EY', () => {
    const record = (dates: string) => `PT J\nAU Sari, D\nTI Pijat oksitosin dan produksi ASI\nSO JOURNAL OF MIDWIFERY\n${dates}\nUT WOS:000000000000001\nER\n`;
    const text = (dates: string) => `FN Clarivate Analytics Web of Science\nVR 1.0\n${record(dates)}\nEF\n`;
    expect(parseBibliography(text('EA JUN 2021\nEY 2021'), 'savedrecs.txt').records[0].year).toBe(2021);
    expect(parseBibliography(text('EY 2022'), 'savedrecs.txt').records[0].year).toBe(2022);
    // The issue's year wins over the early-access one (PY 2022, first online in 2021).
    expect(parseBibliography(text('PY 2022\nEA DEC 2021\nEY 2021'), 'savedrecs.txt').records[0].year).toBe(2022);
  });
});
