// Web of Science exports beyond the Core Collection basics (wos.test.ts): what its tab-delimited
// and plain-text files hold for other databases, books and proceedings.
import { describe, expect, it } from 'vitest';
import { parseBibliography, serialiseRis } from '../../lib/formats';

const TAB_COLUMNS = [
  'PT',
  'AU',
  'BA',
  'BE',
  'GP',
  'AF',
  'BF',
  'CA',
  'TI',
  'FT',
  'SO',
  'SE',
  'LA',
  'DT',
  'DE',
  'ID',
  'AB',
  'PY',
  'VL',
  'IS',
  'BP',
  'EP',
  'AR',
  'DI',
  'D2',
  'PM',
  'UT',
];

/** A savedrecs.txt as Web of Science writes it: tags as columns, CRLF, a trailing tab, no quoting. */
function savedrecs(rows: Record<string, string>[], quote = (cell: string) => cell): string {
  const line = (cells: string[]) => `${cells.map(quote).join('\t')}\t\r\n`;
  return line(TAB_COLUMNS) + rows.map((row) => line(TAB_COLUMNS.map((tag) => row[tag] ?? ''))).join('');
}

const article = (n: number, title = `Record ${n} on nurses`) => ({
  PT: 'J',
  AU: 'Kim, JH; Lee, S',
  AF: 'Kim, Ji Hoon; Lee, Sora',
  TI: title,
  SO: 'JOURNAL OF ADVANCED NURSING',
  AB: `Aim: To explore "moral distress" in study ${n}.`,
  PY: '2022',
  DI: `10.1111/jan.${15000 + n}`,
  UT: `WOS:0007000000000${String(n).padStart(2, '0')}`,
});

describe('Web of Science tab-delimited', () => {
  it('reads a cell that opens with a quote as text: WoS quotes no cell', () => {
    const quoted = '"It is not just a job": nurses\' experiences of moral distress';
    // First in the file (where the delimiter is guessed) and further down (where the rest was lost).
    for (const at of [0, 14]) {
      const rows = Array.from({ length: 16 }, (_, n) => article(n));
      rows[at] = article(at, quoted);
      const { records, warnings, dialect } = parseBibliography(savedrecs(rows), 'savedrecs.txt');
      expect(dialect).toBe('wos-tab');
      expect(warnings).toEqual([]);
      expect(records).toHaveLength(16);
      expect(records[at].title).toBe(quoted);
      expect(records[at].authors).toEqual(['Kim, Ji Hoon', 'Lee, Sora']);
      expect(records[15]).toMatchObject({ title: 'Record 15 on nurses', doi: '10.1111/jan.15015', abstract: 'Aim: To explore "moral distress" in study 15.' });
    }
  });

  it('still reads the file a reviewer saved again from Excel, which quotes such cells', () => {
    const excel = (cell: string) => (cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell);
    const { records } = parseBibliography(savedrecs([article(1, '"Just a job": nurses at night'), article(2)], excel), 'savedrecs.txt');
    expect(records.map((r) => r.title)).toEqual(['"Just a job": nurses at night', 'Record 2 on nurses']);
    expect(records[0].abstract).toBe('Aim: To explore "moral distress" in study 1.');
  });
});

/** A plain-text export (FN … EF) of the given records, each a list of "TAG value" lines. */
const plain = (...records: string[][]) => `FN Clarivate Analytics Web of Science\nVR 1.0\n${records.map((r) => `${r.join('\n')}\nER\n\n`).join('')}EF\n`;

describe('the DOI of a book (D2)', () => {
  const book = ['PT B', 'AU Doe, J', 'TI Screening in systematic reviews', 'DT Book', 'PY 2021', 'PG 240', 'D2 10.1007/978-3-030-00001-1', 'UT WOS:000600000000001'];
  const chapter = (n: number, dt: string, pages: string[] = []) => [
    'PT B',
    'AU Roe, R',
    `TI Chapter ${n} of the handbook`,
    'SO Handbook of Evidence Synthesis',
    `DT ${dt}`,
    'PY 2021',
    ...pages,
    'D2 10.1007/978-3-030-00001-1',
    `UT WOS:00060000000001${n}`,
  ];

  it('is the DOI of a record that is the book, never of its chapters or proceedings papers', () => {
    const { records } = parseBibliography(
      plain(book, chapter(1, 'Article; Book Chapter'), chapter(2, 'Proceedings Paper'), chapter(3, 'Editorial Material', ['BP 17', 'EP 30'])),
      'savedrecs.txt',
    );
    expect(records.map((r) => r.doi)).toEqual(['10.1007/978-3-030-00001-1', undefined, undefined, undefined]);
  });

  it('gives way to the chapter’s own DOI (DI), in the tab-delimited export too', () => {
    const own = [...chapter(4, 'Review; Book Chapter'), 'DI 10.1007/978-3-030-00001-1_4'];
    expect(parseBibliography(plain(own), 'savedrecs.txt').records[0].doi).toBe('10.1007/978-3-030-00001-1_4');
    const row = {
      PT: 'B',
      AU: 'Roe, R',
      TI: 'Chapter 5 of the handbook',
      SO: 'Handbook',
      DT: 'Book Chapter',
      PY: '2021',
      D2: '10.1007/978-3-030-00001-1',
      UT: 'WOS:000600000000015',
    };
    expect(parseBibliography(savedrecs([row, { ...row, TI: 'The handbook', DT: 'Book', UT: 'WOS:000600000000016' }]), 'savedrecs.txt').records.map((r) => r.doi)).toEqual([
      undefined,
      '10.1007/978-3-030-00001-1',
    ]);
  });
});

describe('the title in the article’s own language', () => {
  it('is the original title beside the English one: Z1 (Chinese Science Citation Database), FT (MEDLINE, BIOSIS)', () => {
    const cscd = [
      'PT J',
      'AU Wang, L',
      'TI Acupuncture for postpartum depression: a meta-analysis',
      'SO Chinese Journal of Nursing',
      'Z1 针刺治疗产后抑郁的Meta分析',
      'PY 2020',
      'UT CSCD:6700000',
    ];
    expect(parseBibliography(plain(cscd), 'savedrecs.txt').records[0]).toMatchObject({
      title: 'Acupuncture for postpartum depression: a meta-analysis',
      originalTitle: '针刺治疗产后抑郁的Meta分析',
    });
    const medline = {
      PT: 'J',
      AU: 'Garcia, M',
      TI: '[Oxytocin massage and breastfeeding].',
      FT: 'Masaje de oxitocina y lactancia materna.',
      SO: 'Enfermeria clinica',
      PY: '2019',
      UT: 'MEDLINE:31000001',
    };
    const { records } = parseBibliography(savedrecs([medline]), 'savedrecs.txt');
    expect(records[0]).toMatchObject({ title: 'Oxytocin massage and breastfeeding.', originalTitle: 'Masaje de oxitocina y lactancia materna.', pmid: '31000001' });
  });

  it('is the title of a record that has no English one', () => {
    const record = parseBibliography(
      plain(['PT J', 'AU Zhang, W', 'Z1 针刺治疗产后抑郁的Meta分析', 'SO Chinese Journal of Nursing', 'PY 2021', 'UT CSCD:6700001']),
      'savedrecs.txt',
    ).records[0];
    expect(record.title).toBe('针刺治疗产后抑郁的Meta分析');
    expect(record.originalTitle).toBeUndefined();
  });
});

describe('a Zoological Record title in Swedish (FT)', () => {
  it('is written back after the English title and read again as it was', () => {
    const zoo = [
      'PT J',
      'AU Berg, A',
      'TI [Woodpecker invasion favoured by fire.]',
      'FT Hackspettsinvasion gynnas av branden.',
      'SO Fauna och Flora',
      'PY 2016',
      'UT ZOOREC:ZOOR15200000001',
    ];
    const [record] = parseBibliography(plain(zoo), 'savedrecs.txt').records;
    expect(record).toMatchObject({ title: 'Woodpecker invasion favoured by fire.', originalTitle: 'Hackspettsinvasion gynnas av branden.' });
    const back = parseBibliography(serialiseRis([{ article: record }]), 'export.ris').records[0];
    expect(back).toMatchObject({ title: record.title, originalTitle: record.originalTitle });
  });
});

describe('group authors (CA)', () => {
  it('follow the named persons, as PubMed’s CN does, and stand alone when no person is named', () => {
    const both = [
      'PT J',
      'AU Nepogodiev, D',
      'AF Nepogodiev, Dmitri',
      'CA COVIDSurg Collaborative',
      'TI Timing of surgery after infection',
      'SO ANAESTHESIA',
      'PY 2021',
      'UT WOS:000600000000031',
    ];
    const alone = [
      'PT J',
      'AU [Anonymous]',
      'CA GlobalSurg Collaborative',
      'TI Global variation in outcomes',
      'SO BRITISH JOURNAL OF SURGERY',
      'PY 2016',
      'UT WOS:000600000000032',
    ];
    expect(parseBibliography(plain(both, alone), 'savedrecs.txt').records.map((r) => r.authors)).toEqual([
      ['Nepogodiev, Dmitri', 'COVIDSurg Collaborative'],
      ['GlobalSurg Collaborative'],
    ]);
    const row = { PT: 'J', AU: 'Lee, S', AF: 'Lee, Sora', CA: 'KMC Study Group', TI: 'Kangaroo care', SO: 'PEDIATRICS', PY: '2020', UT: 'WOS:000600000000033' };
    expect(parseBibliography(savedrecs([row]), 'savedrecs.txt').records[0].authors).toEqual(['Lee, Sora', 'KMC Study Group']);
  });
});
