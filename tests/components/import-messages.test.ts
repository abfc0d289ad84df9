// An import message that names a field the reviewer mapped a column to says it as the mapping
// form does ("Tahun"), never as the code's name ("year"), in either language.
import { afterEach, expect, it } from 'vitest';
import { importMessageText } from '../../components/dashboard/import-messages';
import { importMessage } from '../../lib/formats/messages';
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
