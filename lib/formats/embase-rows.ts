// Embase's CSV export in its "fields by row" layout: one line per field, the field's label in the
// first cell and its values in the cells after it, a record starting at each "TITLE" line:
//
//   "TITLE","Effect of oxytocin massage on …"
//   "AUTHOR NAMES","Sari D.","Lestari A.K."
//   "SOURCE","Journal of Neonatal Nursing, 26 (3) (2020), p. 45-52"
//   "MEDLINE PMID","32123456","http://www.ncbi.nlm.nih.gov/pubmed/32123456"
//
// The labels are the column names of Embase's other layout (one record per row), so the rows are
// turned into that table and read through the same profile (csv-profiles.ts): one field table.
import { cleanText } from '../model/normalize';
import { MAPPABLE_FIELDS, PROFILES, type MappableField, type Profile } from './csv-profiles';
import type { Warnings } from './record';
import { importMessage } from './messages';

interface Row {
  cells: string[];
  line: number;
}

// The labels Embase writes: the column names of its other layout, so both are read through the
// one Embase profile (csv-profiles.ts). A file is read in the row layout when its first line starts
// with such a label and does not go on with another (a header of columns does: "Title,Original
// Title,…"), and the lines after it start with labels too, none of them the first line again: a
// table whose first record is titled "Abstract", or whose header is repeated, is no such file.
const EMBASE = PROFILES.find((profile) => profile.name === 'embase') as Profile;
const columns = (fields: readonly MappableField[]) => fields.flatMap((field) => [EMBASE.mapping[field] ?? []].flat()).map((name) => name.toLowerCase());
/** The columns read as lists (names, keywords): a line's values are joined, not cut to the first. */
const LISTS: ReadonlySet<string> = new Set(columns(['authors', 'keywords']));
const LABELS: ReadonlySet<string> = new Set([
  ...columns(MAPPABLE_FIELDS),
  // Read by the profile's fix.
  'source',
  'original title',
  'open url link',
  // Written by Embase, left alone.
  'author addresses',
  'correspondence address',
  'editors',
  'publication type',
  'original abstract',
  'language of article',
]);

const label = (cell: string | undefined) => cleanText(cell ?? '').toLowerCase();

/** How many of the lines after the first are looked at: each must start with a label. */
const LOOKED_AT = 3;

/** Whether a file's first rows (their cells) are lines of the row layout, not a header of columns and records. */
export function isFieldRow(first: readonly string[], rest: readonly { cells: readonly string[] }[]): boolean {
  if (!LABELS.has(label(first[0])) || LABELS.has(label(first[1])) || !rest.length) return false;
  const head = `${label(first[0])}\n${label(first[1])}`;
  return rest.slice(0, LOOKED_AT).every(({ cells }) => LABELS.has(label(cells[0])) && `${label(cells[0])}\n${label(cells[1])}` !== head);
}

// A line's first two cells, as far as a line shows them (the sniffer's look, before the CSV is parsed).
const FIRST_CELLS = /^\s*"?([^",;\t]*)"?\s*[,;\t]\s*"?([^",;\t]*)/;
const cellsOf = (line: string | undefined) => FIRST_CELLS.exec(line ?? '')?.slice(1) ?? [];

/** isFieldRow of a file's first two lines, as text (sniff.ts: a record's title may be longer than any header's cell). */
export function startsFieldRow(first: string, ...rest: (string | undefined)[]): boolean {
  return isFieldRow(
    cellsOf(first),
    rest.filter((line) => line !== undefined).map((line) => ({ cells: cellsOf(line) })),
  );
}

/**
 * The row layout as the column layout: a header of every label met (in file order) and a row per
 * record, starting at each "TITLE" line (or at the first line, when a cut file starts within a
 * record). A field's values are its cells after the label: all of them, joined with "; ", for the
 * fields read as lists (LISTS: authors, keywords), else the first (the PMID, not its link).
 */
export function fieldRowsAsTable(first: Row, rest: readonly Row[], warnings: Warnings): { headers: string[]; rows: Row[] } {
  const headers: string[] = [];
  const column = new Map<string, number>();
  const rows: Row[] = [];
  let record: string[] | undefined;
  let broken = false; // the record met a label twice
  for (const { cells, line } of [first, ...rest]) {
    const name = label(cells[0]);
    if (!name) continue;
    if (name === 'title' || !record) {
      broken = false;
      record = [];
      rows.push({ cells: record, line });
    }
    let at = column.get(name);
    if (at === undefined) {
      at = headers.push(cleanText(cells[0])) - 1;
      column.set(name, at);
    }
    const values = cells.slice(1).map(cleanText).filter(Boolean);
    // A label met twice in one record: the next record's TITLE line is missing (a file edited by
    // hand), and its fields would be taken for this one's. Nothing more is read into the record up to
    // the next TITLE line; the reviewer hears it once.
    if (broken) continue;
    if (record[at] && values.length) {
      broken = true;
      warnings.add(importMessage('secondTitleLine', cleanText(cells[0])), line);
    } else if (!record[at]) record[at] = LISTS.has(name) ? values.join('; ') : (values[0] ?? '');
  }
  for (const row of rows) for (let i = 0; i < headers.length; i++) row.cells[i] ??= '';
  return { headers, rows };
}
