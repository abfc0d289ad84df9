// Web of Science's tab-delimited export (savedrecs.txt) in the CSV reader: its file is written
// without quoting, and its columns are WoS tags, read through wos.ts's tag table.
import type { Article } from '../model/article';
import type { Table } from './csv-import';
import { findProfile } from './csv-profiles';
import { finishRecord } from './record';
import { splitOutside } from './values';
import { WOS_LIST_TAGS, wosToDraft, type WosTags } from './wos';

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
 * kept as it is.
 */
const EXCEL_QUOTED = /^"((?:[^"]|"")*)"$/;
const unquoteCell = (cell: string) => (cell.charCodeAt(0) === 34 && EXCEL_QUOTED.test(cell) ? cell.slice(1, -1).replaceAll('""', '"') : cell);

/** Web of Science tab-delimited rows → Articles through wos.ts's tag table. */
export function wosTableToArticles(table: Table): Article[] {
  const records: Article[] = [];
  for (const { cells, line } of table.rows) {
    const tags: WosTags = new Map();
    table.headers.forEach((tag, i) => {
      const value = unquoteCell((cells[i] ?? '').trim());
      if (!value) return;
      tags.set(tag, WOS_LIST_TAGS.has(tag) ? splitOutside(value, ';') : [value]);
    });
    const article = finishRecord(wosToDraft(tags), line, table.warnings);
    if (article) records.push(article);
  }
  return records;
}
