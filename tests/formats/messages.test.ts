import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES, englishText, FormatError, parseBibliography, parseBibliographyBytes, parseCsvWithMapping } from '../../lib/formats';
import { importMessage } from '../../lib/formats/messages';
import { MESSAGE_SAMPLES } from './message-samples';

// Every import message is a code and its values, and its English text is written from them
// (lib/formats/messages.ts): the structured message the dashboard translates and the English
// text the readers return must say the same thing, and the English must not have changed.

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The error a reader throws for a file, with its message and its structured message. */
function refusal(read: () => unknown): FormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('import messages', () => {
  it('every code writes the English text the readers have always given', () => {
    expect(Object.keys(MESSAGE_SAMPLES).sort()).toEqual(Object.keys(ENGLISH_MESSAGES).sort());
    for (const [code, [args, english]] of Object.entries(MESSAGE_SAMPLES)) {
      expect(englishText({ code, args }), code).toBe(english);
    }
  });

  it('says where a message was found as the readers did: a line, a line and a record, a record, an item', () => {
    const noTitle = importMessage('noTitle');
    expect(englishText({ ...noTitle, line: 12 })).toBe('line 12: record without a title skipped');
    expect(englishText({ ...noTitle, line: 12, record: 3 })).toBe('line 12 (record 3): record without a title skipped');
    expect(englishText({ ...noTitle, record: 3 })).toBe('record 3: record without a title skipped');
    expect(englishText({ ...noTitle, item: 2 })).toBe('item 2: record without a title skipped');
    expect(englishText({ code: 'several', parts: [importMessage('columnUnread', 'A'), importMessage('unnamedColumnUnread', 2)] })).toBe(
      'column "A" (not one Saring reads in this export) was not read; column 2 (it has no name in the header row) was not read',
    );
  });

  it('gives each warning of a file as a code beside its English text, in the same order (RIS, WoS, BibTeX, CSL JSON, CSV, EndNote XML, encodings)', () => {
    const files: [string, Uint8Array][] = [
      ['x.ris', utf8('junk\nTY  - JOUR\nAU  - Sari, D\nER  - \nTY  - JOUR\nTI  - Pijat oksitosin\n')],
      ['x.txt', utf8('FN Clarivate\nVR 1.0\nPT J\nAU Sari, D\nTI A\nER\nAU Lee\nTI B\n')],
      ['x.bib', utf8('@article{b, crossref = {a}, title = {B}}\n@article{c, title = {C}')],
      ['x.json', utf8('[{"type":"article-journal","title":"A"},{"type":"article-journal"},{"title": 3}]')],
      ['x.csv', utf8('PMID,Title,Authors,Citation,Catatan\n1,A,Sari D,J 2020,note\nPMID,Title,Authors,Citation,Catatan\n2,"B"x,Lee,J,n\n')],
      ['x.xml', utf8('<xml><records><record><titles><title>A</title></titles></record><record><titles><title>Pijat')],
      ['mixed.ris', new Uint8Array([...utf8('TY  - JOUR\nTI  - Caf'), 0xe9, ...utf8(' \u00e9\nER  - \n')])],
    ];
    const codes = new Set<string>();
    for (const [name, bytes] of files) {
      const result = parseBibliographyBytes(bytes, name);
      expect(result.warnings.length, name).toBeGreaterThan(0);
      expect(result.messages.map(englishText), name).toEqual(result.warnings);
      for (const m of result.messages) codes.add(m.code);
    }
    expect(parseBibliographyBytes(files[3][1], 'x.json').messages).toEqual([{ code: 'noTitle', item: 2 }]);
    const mapped = parseCsvWithMapping('Judul,Tahun\nA,2020,x\n', { title: 'Judul', year: 'Year' });
    expect(mapped.messages.map(englishText)).toEqual(mapped.warnings);
    for (const m of mapped.messages) codes.add(m.code);
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'noTitle',
        'lastNoEr',
        'noPt',
        'crossrefMissing',
        'entryNotClosed',
        'headerAgain',
        'badQuoteRest',
        'cutInsideSecond',
        'mixedEncoding',
        'mappedColumnMissing',
        'cellsPastHeaderLine',
      ]),
    );
  });

  it('gives each refused file the code its English message is written from', () => {
    const refused = [
      refusal(() => parseBibliographyBytes(new Uint8Array(), 'kosong.ris')),
      refusal(() => parseBibliography('  \n', 'kosong.ris')),
      refusal(() => parseBibliography('%PDF-1.4\n…', 'x.pdf')),
      refusal(() => parseBibliography('<!DOCTYPE html><html><body>PubMed</body></html>', 'pubmed.html')),
      refusal(() => parseBibliography('<?xml version="1.0"?><eSearchResult><Count>3</Count></eSearchResult>', 'x.xml')),
      refusal(() => parseBibliography('{"a": 1}', 'x.json')),
      refusal(() => parseBibliography('hello there\nthis is prose', 'x.txt')),
      refusal(() => parseBibliography('RT Journal Article\nSR 1\nA1 Sari', 'refworks.txt')),
      refusal(() => parseBibliography('Judul;Penulis;Tahun\nA;B;2020\n', 'x.csv')),
      refusal(() => parseBibliography('a\u0000b', 'x.ris')),
    ];
    expect(refused.map((e) => e.detail.code)).toEqual(['empty', 'empty', 'pdf', 'webPage', 'otherXml', 'notCslJson', 'unknownFormat', 'refworks', 'csvColumns', 'nulBytes']);
    for (const error of refused) expect(englishText(error.detail)).toBe(error.message);
    expect(refused[0].message).toBe('"kosong.ris" is empty'); // decodeBytes names the file, as the reader of its text does
    expect(refused[9].message).toBe('line 1: "x.ris" is binary, not text (it holds NUL bytes)');
  });
});
