// Tables whose column names are a tagged format's tags, read through that format's own tag table so
// that both exports of one database give the same record:
//   Web of Science tab-delimited (savedrecs.txt): PT, AU, TI, SO, … UT (wos.ts), a list joined with ";";
//   Ovid's CSV with its field codes as column names: VN ("Ovid Technologies"), DB, UI, AU, TI, SO, …
//   (medline.ts, which reads Ovid's tagged text), a list one value a line inside its quoted cell
//   ("Aminah, Siti\nSantoso, Budi"), as Ovid writes each value on a line of its own in tagged text.
import type { Article } from '../model/article';
import { findProfile } from './csv-profiles';
import { finishRecord, type Draft, type Warnings } from './record';
import { MEDLINE_LIST_TAGS, medlineToDraft } from './medline';
import { splitOutside } from './values';
import { WOS_LIST_TAGS, wosToDraft } from './wos';

interface TagTable {
  /** Tags whose cell holds a list. */
  lists: ReadonlySet<string>;
  split(cell: string): string[];
  /** Any other cell, as the tagged format's reader would hold it. */
  one(cell: string, tag: string): string;
  toDraft(tags: Map<string, string[]>): Draft;
}

/**
 * Web of Science writes its tab-delimited export (savedrecs.txt) without quoting any cell, so a
 * cell that opens with a quote — a title such as "It is not just a job": nurses' … — is text.
 * Read with CSV quoting, that cell ran on to the next quote in the file: the delimiter was guessed
 * wrong and no record read, or every record after it was lost. Known by its header of tags.
 */
export function unquotedWosTab(source: string): boolean {
  const end = source.search(/\r|\n/);
  const header = end < 0 ? source : source.slice(0, end);
  return header.includes('\t') && !header.includes('"') && findProfile(header.split('\t'))?.name === 'wos-tab';
}

/**
 * A cell as Excel writes it when a reviewer saved the Web of Science file again: quoted, its
 * quotes doubled ("Just a job": nurses → """Just a job"": nurses"). A cell WoS wrote itself is
 * kept as it is (csv-import.ts reads WoS's file without quoting: WoS quotes no cell).
 */
const EXCEL_QUOTED = /^"((?:[^"]|"")*)"$/;
const unquoteCell = (cell: string) => (cell.charCodeAt(0) === 34 && EXCEL_QUOTED.test(cell) ? cell.slice(1, -1).replaceAll('""', '"') : cell);

const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** A list cell of Ovid's: one value a line; a line holding ";" lists several ("Sari, Dewi; Lee, Ann"). */
const ovidList = (cell: string) => cell.split(LINE_BREAKS).flatMap((line) => (line.includes(';') ? splitOutside(line, ';') : line.trim() || []));

/** Abstracts, whose line breaks part their sections (markup.ts sectionLines reads them). */
const KEEPS_LINES = new Set(['AB', 'OAB']);

/** Another cell of Ovid's on one line, as medline.ts joins tagged text's continuation lines; an abstract keeps its breaks. */
const ovidOne = (cell: string, tag: string) => ((cell.includes('\n') || cell.includes('\r')) && !KEEPS_LINES.has(tag) ? cell.replace(LINE_BREAKS, ' ') : cell);

const TAG_TABLES: Record<string, TagTable> = {
  'wos-tab': { lists: WOS_LIST_TAGS, split: (cell) => splitOutside(unquoteCell(cell), ';'), one: unquoteCell, toDraft: wosToDraft },
  ovid: { lists: MEDLINE_LIST_TAGS, split: ovidList, one: ovidOne, toDraft: medlineToDraft },
};

/** True when the profile's columns are tags, read here rather than through a column mapping. */
export const readsTags = (dialect: string) => Object.hasOwn(TAG_TABLES, dialect);

/** The rows of a table whose columns are tags (`dialect`: a profile readsTags accepts) → Articles. */
export function taggedRowsToArticles(table: { headers: string[]; rows: { cells: string[]; line: number }[]; warnings: Warnings }, dialect: string): Article[] {
  const reader = TAG_TABLES[dialect];
  const tags = table.headers.map((header) => header.trim().toUpperCase());
  const records: Article[] = [];
  for (const { cells, line } of table.rows) {
    const values: Map<string, string[]> = new Map();
    tags.forEach((tag, i) => {
      const cell = (cells[i] ?? '').trim();
      if (!cell) return;
      const read = reader.lists.has(tag) ? reader.split(cell) : [reader.one(cell, tag)];
      if (read.length && read[0]) values.set(tag, read);
    });
    const article = finishRecord(reader.toDraft(values), line, table.warnings);
    if (article) records.push(article);
  }
  return records;
}
