const BOM = '\ufeff';
// Cells a spreadsheet would run as a formula: those starting with one of these characters.
// (papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the s flag, so it misses
// a formula followed by a line break.) Character checks, not regexes: a 50,000-record export
// has 1.4 million cells, and each regex call costs more than the check.
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));
// One character class, not `|^\s|\s$` beside it: a regex with those alternatives tries all three
// at every character of a 2,000-character abstract; the ends are two character checks.
const NEEDS_QUOTES = /[",\r\n]/;
const SPACE = /\s/;
const QUOTE = /"/g;

/** Whether the character at `i` is whitespace (\s): printable ASCII is told without the regex. */
function spaceAt(value: string, i: number): boolean {
  const c = value.charCodeAt(i);
  return (c <= 32 || c >= 0xa0) && SPACE.test(value[i]);
}

/** One cell, RFC 4180: quoted when it holds a quote, comma or line break (or starts or ends with a space). */
function cell(value: string): string {
  if (value === '') return value;
  if (FORMULA_START.has(value.charCodeAt(0))) return `"'${escapeQuotes(value)}"`;
  return NEEDS_QUOTES.test(value) || spaceAt(value, 0) || spaceAt(value, value.length - 1) ? `"${escapeQuotes(value)}"` : value;
}

function escapeQuotes(value: string): string {
  return value.includes('"') ? value.replace(QUOTE, '""') : value;
}

/**
 * Every CSV Saring writes: UTF-8 with a BOM (Excel then reads Indonesian and other non-ASCII
 * text right), RFC 4180 quoting, CRLF line ends, a header row, and cells a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR first) neutralised with a leading apostrophe, as OWASP
 * advises against CSV injection. Written by hand rather than with papaparse's unparse: one
 * regular-expression test per cell is what a 50,000-record export can afford (papaparse still
 * reads every imported CSV).
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvLines(header, rows).join('');
}

/**
 * The same CSV as one string per line (header first, with the BOM; each with its CRLF), for a
 * download made of parts: a 50,000-record export never becomes one 20 MB string, which the
 * browser would copy again to make the file (half a second here).
 */
export function csvLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = BOM + line(header);
  for (let i = 0; i < rows.length; i++) lines[i + 1] = line(rows[i]);
  return lines;
}

// One buffer for the cells of every line (a line is joined before the next is made).
const buffer: string[] = [];

function line(cells: readonly string[]): string {
  // Cells joined once per line: building lines with += left millions of small strings.
  buffer.length = cells.length;
  for (let j = 0; j < cells.length; j++) buffer[j] = cell(cells[j] ?? '');
  return `${buffer.join(',')}\r\n`;
}
