import { describe, expect, it } from 'vitest';
import { CsvMappingRequiredError, FormatError, parseBibliography } from '../../lib/formats';
import { allFixtures, formatError as error } from './helpers';
import { generateRis } from './generate';

describe('bad input', () => {
  it('empty and blank files', () => {
    expect(error('').code).toBe('empty');
    expect(error('\ufeff \n\r\n\t').code).toBe('empty');
    expect(error('', 'refs.ris').message).toBe('"refs.ris" is empty');
  });

  it('binary files, with the line of the first NUL byte', () => {
    const pdf = error('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', 'paper.pdf');
    expect(pdf.code).toBe('binary');
    expect(pdf.message).toBe('"paper.pdf" is a PDF document');
    expect(error('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'refs.xlsx').message).toMatch(/zip archive/);
    const nul = error('TY  - JOUR\nTI  - x\u0000\u0001\u0002\n');
    expect(nul.code).toBe('binary');
    expect(nul.line).toBe(2);
    expect(nul.message).toMatch(/^line 2: /);
    expect(error('\u0001\u0002\u0003\u0004\u0005 abc \u0006\u0007\u0008\u000e\u000f\u0010').code).toBe('binary');
  });

  it('text that is no known format', () => {
    const e = error('Dear reviewer,\nplease find attached my references.\n', 'letter.txt');
    expect(e.code).toBe('unknown-format');
    expect(e.message).toMatch(/^"letter.txt" is not an export Saring reads/);
    expect(error('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>').code).toBe('unknown-format');
    expect(error('{"items": []}').code).toBe('unknown-format');
  });

  it('unknown CSV columns: a FormatError subclass with the headers', () => {
    const e = error('Name,Writers,When\nA,B,2020\n');
    expect(e).toBeInstanceOf(CsvMappingRequiredError);
    expect((e as CsvMappingRequiredError).headers).toEqual(['Name', 'Writers', 'When']);
    expect((e as CsvMappingRequiredError).suggestion).toEqual({ title: 'Name' });
  });

  it('undecodable characters: a warning with the line', () => {
    const { records, warnings } = parseBibliography('TY  - JOUR\nTI  - Ok\nAB  - Caf\uFFFD au lait\nER  - \n');
    expect(records).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 3: some characters could not be decoded/);
  });

  it('a 50 MB file is read, with a warning that says how large it was', () => {
    let text = generateRis(40_000);
    while (text.length < 50 * 1024 * 1024) text += text.slice(0, 10 * 1024 * 1024).replace(/[\s\S]*?(?=TY {2}-)/, '');
    const { records, warnings } = parseBibliography(text, 'huge.ris');
    expect(records.length).toBeGreaterThan(40_000);
    expect(warnings[0]).toMatch(/^large file \(5\d\.\d MB\): \d+ records read$/);
  }, 60_000);

  it('never throws anything but FormatError, whatever slice of a fixture it gets', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const [, text] of allFixtures()) {
      for (let k = 0; k < 25; k++) {
        const start = Math.floor(rand() * text.length);
        const slice = text.slice(start, start + Math.floor(rand() * text.length));
        const mangled = k % 5 === 0 ? slice.replace(/[{}"]/g, '') : slice;
        try {
          const result = parseBibliography(mangled);
          expect(Array.isArray(result.records)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(FormatError);
        }
      }
    }
  });
});

describe('exports Saring does not read', () => {
  it('names them and says what to export instead', () => {
    const cases: [string, RegExp][] = [
      ['RT Journal Article\nSR Electronic(1)\nA1 Sari, Dewi\nT1 Pijat oksitosin\n', /RefWorks/],
      ['1. Sari D, Lee A. Pijat oksitosin, breast milk. J Kebidanan. 2021;3(2):1-9.\n\n2. Lee A. Breast milk volume. Midwifery. 2022;5:10-20.\n', /numbered list of references/],
    ];
    for (const [text, what] of cases) {
      const e = error(text, 'export.txt');
      expect(e.code, text).toBe('unknown-format');
      expect(e.message, text).toMatch(what);
      expect(e.message).toMatch(/export the records as RIS instead/);
    }
  });
});

describe('a RIS file joined by hand with another format', () => {
  it('reads its RIS records and says which other records it could not read', () => {
    const file = [
      'TY  - JOUR',
      'TI  - Oxytocin massage and breast milk production',
      'PY  - 2020',
      'ER  - ',
      '',
      '@article{sari2021, title={Kangaroo care in rural Java}, year={2021}}',
      '',
      'PMID- 35710000',
      'OWN - NLM',
      'TI  - Kangaroo mother care and neonatal outcomes',
      '',
    ].join('\r\n');
    const { format, records, warnings } = parseBibliography(file, 'joined.txt');
    expect(format).toBe('ris');
    expect(records.map((r) => r.title)).toEqual(['Oxytocin massage and breast milk production']);
    expect(warnings).toContain('line 6: a BibTeX record in this RIS file is not read: import it as a file of its own');
    expect(warnings).toContain('line 8: a PubMed (MEDLINE) record in this RIS file is not read: import it as a file of its own');
  });

  it('says nothing of an e-mail address or a brace in a RIS header or continuation line', () => {
    const file = 'Provider: x@y.org {test}\nTY  - JOUR\nTI  - A title\nAB  - First line\n@twitter handle {x}\nER  - \n';
    const { warnings } = parseBibliography(file, 'ok.ris');
    expect(warnings.filter((w) => w.includes('not read'))).toEqual([]);
  });
});
