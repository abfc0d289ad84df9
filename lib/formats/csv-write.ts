import Papa from 'papaparse';

const BOM = '\ufeff';
// papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the s flag, so it misses
// a formula followed by a line break ("=cmd\n…"): test the first character only.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every CSV Saring writes: UTF-8 with a BOM (Excel then reads Indonesian and other non-ASCII
 * text right), RFC 4180 quoting and CRLF line ends by papaparse, a header row, and cells a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) neutralised with a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
export function writeCsv(header: readonly string[], rows: string[][]): string {
  const body = Papa.unparse({ fields: [...header], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false });
  return `${BOM}${body}\r\n`;
}
