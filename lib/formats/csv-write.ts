const BOM = '\ufeff';

/**
 * The separators a reviewer can choose (Settings): comma, the default, or semicolon — Excel on
 * Windows with Indonesian (or most European and Latin American) regional settings, where the
 * decimal separator is "," and the list separator ";", opens a comma-separated file double-clicked
 * with every row in column A. No `sep=` line instead: Excel then ignores the BOM and garbles
 * Indonesian text.
 */
export const CSV_SEPARATORS = { comma: ',', semicolon: ';' } as const;
export type CsvSeparatorName = keyof typeof CSV_SEPARATORS;
export type CsvSeparator = (typeof CSV_SEPARATORS)[CsvSeparatorName];
// Cells a spreadsheet would run as a formula: those starting with one of these characters.
// (papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the s flag, so it misses
// a formula followed by a line break.) Character checks, not regexes: a 50,000-record export
// has 1.4 million cells, and each regex call costs more than the check.
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));
const APOSTROPHE = 39;

/**
 * Whether a cell that starts with an apostrophe reads as guarded: = + - @ tab or CR after its
 * apostrophes. Saring's readback takes one such apostrophe for its guard, so a real value of that
 * shape ("'-80 °C storage of breast milk", a title quoted with an apostrophe) is guarded too: it is
 * written with one apostrophe more and read back as it was.
 */
function guardedShape(value: string): boolean {
  let i = 0;
  while (value.charCodeAt(i) === APOSTROPHE) i++;
  return i > 0 && FORMULA_START.has(value.charCodeAt(i));
}
// One character class, not `|^\s|\s$` beside it: a regex with those alternatives tries all three
// at every character of a 2,000-character abstract; the ends are two character checks.
// One class per separator: a semicolon file quotes cells holding ";" (an author list, "Ani; Budi"),
// and leaves "," alone (an abstract's commas are text there).
const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };
const SPACE = /\s/;
const QUOTE = /"/g;

/** Whether the character at `i` is whitespace (\s): printable ASCII is told without the regex. */
function spaceAt(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  return (c <= 32 || c >= 0xa0) && SPACE.test(value[i]);
}

/**
 * Excel's limit on a cell's text (32,767 characters): a longer one (a 40,000-character abstract of
 * a conference supplement, an author list of 3,000 names) does not fit its cell, and the rest of
 * the row shifts. Such a cell is cut with the cut mark Saring shows elsewhere (lib/model/cut.ts:
 * " …" where the text goes on), leaving room for the formula guard's apostrophe.
 */
export const EXCEL_CELL_LIMIT = 32_767;
const CUT_MARK = ' …';

function cutForExcel(value: string): string {
  let end = EXCEL_CELL_LIMIT - CUT_MARK.length - 1;
  // Never half a character: a surrogate pair (an emoji, a rare CJK character) stays whole or goes.
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end).trimEnd() + CUT_MARK;
}

// Page ranges, issues and volumes Excel opening the file turns into dates ("1-5" → 5 Jan, "12-15"
// → Dec 2015, "3/4" → 4 Mar, issue "1-2" → 2 Jan): written as the text formula ="1-5", which Excel,
// LibreOffice and Google Sheets show as the text 1-5. Only such short number-and-dash cells: the
// first character is checked before the pattern.
const DATE_LIKE = /^\d{1,4}[-/]\d{1,4}(?:[-/]\d{1,4})?$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const dateLike = (value: string) => value.length <= 14 && isDigit(value.charCodeAt(0)) && DATE_LIKE.test(value);

/** One cell, RFC 4180: quoted when it holds a quote, the separator or a line break (or starts or ends with a space). */
function cell(whole: string, needsQuotes: RegExp): string {
  if (whole === '') return whole;
  const value = whole.length > EXCEL_CELL_LIMIT - 1 ? cutForExcel(whole) : whole;
  const first = value.charCodeAt(0);
  if (FORMULA_START.has(first) || (first === APOSTROPHE && guardedShape(value))) return `"'${escapeQuotes(value)}"`;
  if (dateLike(value)) return `"=""${value}"""`;
  return needsQuotes.test(value) || spaceAt(value, 0) || spaceAt(value, value.length - 1) ? `"${escapeQuotes(value)}"` : value;
}

/**
 * A cell of a file Saring wrote, as it was before the formula guard: one leading apostrophe
 * before = + - @ tab or CR (or before more apostrophes and then one of those) dropped
 * ("'-Omics in midwifery" → "-Omics in midwifery", "''-80 °C" → "'-80 °C"), and a page
 * range kept from Excel's dates unwrapped ('="1-5"' → "1-5"), for Saring's own CSV read back
 * (csv-profiles.ts `saring`). Any other cell is returned as it is.
 */
export function withoutFormulaGuard(value: string): string {
  if (value.charCodeAt(0) === 61 && value.charCodeAt(1) === 34) return withoutTextFormula(value);
  return guardedShape(value) ? value.slice(1) : value;
}

/** ="1-5", the text formula that kept a page range from becoming a date, as the 1-5 it holds (Saring guards any other cell starting =). */
function withoutTextFormula(value: string): string {
  const inner = value.slice(2, -1);
  return value.endsWith('"') && DATE_LIKE.test(inner) ? inner : value;
}

function escapeQuotes(value: string): string {
  return value.includes('"') ? value.replace(QUOTE, '""') : value;
}

/**
 * Every CSV Saring writes: UTF-8 with a BOM (Excel then reads Indonesian and other non-ASCII
 * text right), cells separated by `separator` (comma unless the reviewer chose semicolon), RFC 4180 quoting, CRLF line ends, a header row, and cells a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR first, or after apostrophes) neutralised with a leading apostrophe, as OWASP
 * advises against CSV injection. Written by hand rather than with papaparse's unparse: one
 * regular-expression test per cell is what a 50,000-record export can afford (papaparse still
 * reads every imported CSV).
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return csvLines(header, rows, separator).join('');
}

/**
 * The same CSV as one string per line (header first, with the BOM; each with its CRLF), for a
 * download made of parts: a 50,000-record export never becomes one 20 MB string, which the
 * browser would copy again to make the file (half a second here).
 */
export function csvLines(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string[] {
  const lines = new Array<string>(rows.length + 1);
  const needsQuotes = NEEDS_QUOTES[separator];
  lines[0] = BOM + line(header, separator, needsQuotes);
  for (let i = 0; i < rows.length; i++) lines[i + 1] = line(rows[i], separator, needsQuotes);
  return lines;
}

// One buffer for the cells of every line (a line is joined before the next is made).
const buffer: string[] = [];

function line(cells: readonly string[], separator: CsvSeparator, needsQuotes: RegExp): string {
  // Cells joined once per line: building lines with += left millions of small strings.
  buffer.length = cells.length;
  for (let j = 0; j < cells.length; j++) buffer[j] = cell(cells[j] ?? '', needsQuotes);
  return `${buffer.join(separator)}\r\n`;
}
