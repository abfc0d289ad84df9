// An import message that names a field the reviewer mapped a column to says it as the mapping
// form does ("Tahun"), never as the code's name ("year"), in either language.
import { afterEach, expect, it } from 'vitest';
import { importMessageText } from '../../components/dashboard/import-messages';
import { importMessage } from '../../lib/formats/messages';
import { csvProblem } from '../../lib/formats/csv-import';
import { setLanguage } from '../../lib/i18n';

afterEach(() => setLanguage('en'));

it('names a mapped field in words, in the reviewer language', () => {
  const message = importMessage('mappedColumnMissing', 'Tahun terbit', { field: 'year' });
  setLanguage('id');
  expect(importMessageText(message)).toBe('kolom "Tahun terbit" (Tahun) tidak ada di file ini');
  setLanguage('en');
  expect(importMessageText(message)).toBe('column "Tahun terbit" (Year) is not in the file');
});

it('leaves a value that only looks like a field alone in other messages', () => {
  setLanguage('en');
  expect(importMessageText(importMessage('columnUnread', 'year'))).toContain('column "year"');
});

it("says papaparse's problems with a CSV in the reviewer's language, with the line, never papaparse's English", () => {
  setLanguage('id');
  const atLine = (code: 'TooManyFields' | 'UndetectableDelimiter' | 'MissingQuotes', message: string, line: number) =>
    importMessageText({ ...csvProblem({ code, message }), line });
  expect(atLine('TooManyFields', 'Too many fields: expected 3 fields but parsed 5', 4)).toBe('baris 4: baris ini berisi 5 sel, sedangkan baris judul kolom menyebut 3 kolom');
  expect(atLine('UndetectableDelimiter', "Unable to auto-detect delimiting character; defaulted to ','", 1)).toBe(
    'baris 1: pemisah kolom (koma, titik koma, atau tab) tidak dapat dikenali dari file ini: file dibaca dengan pemisah ","',
  );
  expect(atLine('MissingQuotes', 'Quoted field unterminated', 7)).toBe('baris 7: sebuah sel dibuka dengan tanda kutip (") yang tidak pernah ditutup');
});
