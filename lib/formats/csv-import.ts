// Import of other tools' CSV and tab-delimited exports (not Saring's own screened CSV export,
// which is screened-csv.ts). Known exports are recognised by their columns (csv-profiles.ts);
// any other CSV needs a column mapping the user confirms:
//
//   try { parseBibliography(text) }
//   catch (e) { if (e instanceof CsvMappingRequiredError) show e.headers with e.suggestion … }
//   … then parseCsvWithMapping(text, confirmedMapping)
import Papa from 'papaparse';
import type { Article } from '../model/article';
import { cleanText } from '../model/normalize';
import { CsvMappingRequiredError, FormatError } from './errors';
import { ebscoSource } from './csv-profiles-ebsco';
import { findProfile, guessColumnMapping, MAPPABLE_FIELDS, type AuthorSplit, type Mapping, type MappableField, type Profile } from './csv-profiles';
import { finishRecord, Warnings, type Draft } from './record';
import { typeFromColumns } from './document-types';
import { doiFrom, keywordList, pmidFrom, scopusEid, splitOutside, stripBom } from './values';
import { joinPages } from '../model/pages';
import { readsTags, taggedRowsToArticles, unquotedWosTab } from './csv-tagged';
import { namesJoined } from './joined-names';
import { namesAnOrganisation } from './paired-names';
import { cellsPastHeader, unreadColumns } from './csv-unread';
import { fieldRowsAsTable, isFieldRow } from './embase-rows';
import { importMessage, severalMessages, type ImportMessage } from './messages';

export { guessColumnMapping, MAPPABLE_FIELDS, type Mapping, type MappableField } from './csv-profiles';

export interface Table {
  headers: string[];
  /** Data rows with the 1-based line each starts on. */
  rows: { cells: string[]; line: number }[];
  delimiter: string;
  warnings: Warnings;
}

/**
 * A line that is one cell, before the header: Dimensions starts its CSV with a quoted "About the
 * data: Exported on …, Criteria: …" (commas inside the quotes), others with a title. Padded with
 * empty cells, as a spreadsheet saves it, it is one cell still.
 */
export function oneCellLine(line: string): boolean {
  const text = line.replace(PADDING, '');
  if (!text) return false;
  if (text.charCodeAt(0) !== 34 /* " */) return !CELL_BREAK.test(text);
  return text.length > 1 && text.charCodeAt(text.length - 1) === 34 && !text.slice(1, -1).replaceAll('""', '').includes('"');
}
const PADDING = /^\s+|[\s,;\t]+$/g;
const CELL_BREAK = /[,;\t]/;

/** True when the row has a value in its first cell only. */
const oneCell = (cells: readonly string[]) => cells.length > 0 && cells[0].trim() !== '' && cells.every((c, i) => i === 0 || !c.trim());

/**
 * papaparse's problem with a row, said the way a reviewer can fix it in the file — never its own
 * English words ("Unable to auto-detect delimiting character; defaulted to ','", which a CSV of
 * one column, a list of titles mapped by hand, gives on line 1). The field counts are papaparse's
 * header mode's ("Too few fields: expected 3 fields but parsed 2"), which Saring's reading does not use.
 */
export function csvProblem(error: Pick<Papa.ParseError, 'code' | 'message'>): ImportMessage {
  const [expected = 0, found = 0] = error.message.match(/\d+/g)?.map(Number) ?? [];
  switch (error.code) {
    case 'InvalidQuotes':
      return importMessage('badQuote');
    case 'MissingQuotes':
      return importMessage('openQuote');
    case 'UndetectableDelimiter':
      return importMessage('csvNoDelimiter', ',');
    case 'TooFewFields':
    case 'TooManyFields':
      return importMessage('csvCellCount', found, expected);
    default:
      return importMessage('csvOther', error.message);
  }
}

/** Rows of a CSV/TSV (delimiter found by papaparse), each with the line it starts on. */
function readTable(text: string): Table {
  const source = stripBom(text);
  const unquoted = unquotedWosTab(source);
  const warnings = new Warnings();
  // Each row, and whether it repeats the header: told apart once every row is read (see the end).
  const rows: { cells: string[]; line: number; repeat?: boolean }[] = [];
  let headers: string[] | undefined;
  let headerLine = 1;
  // A one-cell first row, and where the row after it starts: the header, unless it is one cell too.
  let preamble: string[] | undefined;
  let headerAt = 0;
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    // fastMode: no quoting at all (papaparse only splits lines and cells).
    ...(unquoted ? { delimiter: '\t', fastMode: true } : {}),
    step(step) {
      const start = line;
      const from = cursor;
      line += lineBreaks(source, cursor, step.meta.cursor);
      cursor = step.meta.cursor;
      if (step.errors.some((e) => e.code === 'MissingQuotes')) {
        // papaparse read everything after the unclosed quote as one cell: no record is made of it.
        warnings.add(importMessage(step.errors.some((e) => e.code === 'InvalidQuotes') ? 'badQuoteRest' : 'openQuoteRest'), start);
        return;
      }
      for (const error of step.errors) warnings.add(csvProblem(error), start);
      const cells = step.data;
      if (!headers && !preamble && oneCell(cells)) preamble = cells;
      else if (!headers) {
        const real = !preamble || !oneCell(cells);
        headers = (real ? cells : preamble!).map((h) => cleanText(h));
        if (real) [headerAt, headerLine] = [preamble ? from : 0, start];
        else rows.push({ cells, line: start });
      } else rows.push({ cells, line: start, repeat: repeatsHeader(cells, headers) });
    },
  });
  headers ??= preamble?.map((h) => cleanText(h));
  const table = { headers: headers ?? [], rows, delimiter: delimiterAt(source, headerAt), warnings };
  // Embase's fields-by-row layout (embase-rows.ts), as columns for both readers (a known export's, the
  // reviewer's mapping). Its "header" is a record's TITLE line, which a record of the same title repeats.
  if (isFieldRow(table.headers, rows)) return { ...table, ...fieldRowsAsTable({ cells: table.headers, line: headerLine }, rows, warnings) };
  return { ...table, rows: withoutRepeatedHeaders(rows, warnings) };
}

/** The lines a row spanned, source[from, to) (quoted cells may hold line breaks). */
function lineBreaks(source: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

/** The rows without the header met again; 20 PubMed exports joined by hand repeat it 19 times: one warning says so, not 19. */
function withoutRepeatedHeaders(rows: { cells: string[]; line: number; repeat?: boolean }[], warnings: Warnings): { cells: string[]; line: number }[] {
  const repeats = rows.filter((row) => row.repeat);
  if (repeats.length === 1) warnings.add(importMessage('headerAgain'), repeats[0].line);
  else if (repeats.length > 1) warnings.add(importMessage('headerAgainLines', repeats.length, repeats[0].line));
  return repeats.length ? rows.filter((row) => !row.repeat) : rows;
}

/** The delimiter of the header line at `headerAt`: papaparse reports it only on the final results of a stepped parse. */
function delimiterAt(source: string, headerAt: number): string {
  let at = headerAt;
  while (source.charCodeAt(at) === 10 || source.charCodeAt(at) === 13) at++;
  const rest = source.slice(at);
  const firstLine = rest.slice(0, rest.search(/\r\n|\r|\n/) >>> 0);
  return [',', '\t', ';', '|'].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best), ',');
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** A row that is the header again: the start of the next export in a joined file. */
function repeatsHeader(cells: readonly string[], headers: readonly string[]): boolean {
  if (cells.length !== headers.length || cleanText(cells[0]) !== headers[0]) return false;
  return cells.every((cell, i) => cleanText(cell) === headers[i]);
}

/**
 * "Santoso B." or "B Santoso": a name with its initials (old Scopus and Publish or Perish
 * CSVs write authors so, comma-separated). Single-name authors ("Suharti"), common in
 * Indonesia, have no initials.
 */
const WITH_INITIALS = /^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)* (?:\p{Lu}\.?-?){1,4}|(?:\p{Lu}\.?-?\s?){1,4} \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*)$/u;

function splitAuthors(value: string, how: AuthorSplit): string[] {
  if (!value.trim()) return [];
  // PubMed separates a group author from the people with ";": "Lestari D; KMC Study Group".
  if (how === ',') return splitOutside(value, ',').flatMap((part) => (part.includes(';') ? splitOutside(part, ';') : part));
  if (how !== 'auto') return splitOutside(value, how);
  if (value.includes(';')) return splitOutside(value, ';');
  // "Siti Rahmawati and Budi Santoso", "A Lee, B Kim and C Park": persons' names joined with "and".
  const joined = namesJoined(value);
  if (joined) return joined;
  // An organisation's name may hold "and" after a comma ("Department of Health, Education, and Welfare").
  const organisation = value.includes(',') && namesAnOrganisation(value);
  if (/\s+and\s+/i.test(value) && value.includes(',') && !organisation)
    return value
      .split(/\s+and\s+/i)
      .map((s) => cleanText(s))
      .filter(Boolean);
  // "Craig C., Mazerolle M.J." is a list; "Smith, John" is one name. So is "Suharti, Santoso B.,
  // Aminah S." when most of its names carry initials. Full names are a list unless they name an
  // organisation ("Kementerian Kesehatan, Badan Penelitian, & Pengembangan Kesehatan").
  const parts = splitOutside(value, ',');
  if (parts.every((p) => p.includes(' '))) return organisation ? [cleanText(value)] : parts;
  const withInitials = parts.filter((p) => WITH_INITIALS.test(p)).length;
  return parts.length > 2 && withInitials * 2 > parts.length ? parts : [cleanText(value)];
}

/** Rows → Articles through a mapping (field → column name); `read` gets the lower-case names of the columns the profile's fix looked up. */
function tableToArticles(table: Table, mapping: Mapping, authorsHow: AuthorSplit, profile?: Profile, read?: Set<string>): Article[] {
  const index = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const records: Article[] = [];
  for (const { cells, line } of table.rows) {
    const cell = (header: string) => {
      const i = index.get(header.trim().toLowerCase());
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const columns = (field: MappableField): string[] => {
      const names = mapping[field];
      return (names === undefined ? [] : Array.isArray(names) ? names : [names]).map(cell).filter(Boolean);
    };
    const one = (field: MappableField) => columns(field)[0];
    const draft: Draft = {
      title: one('title'),
      authors: columns('authors').flatMap((v) => splitAuthors(v, authorsHow)),
      year: one('year'),
      journal: one('journal'),
      volume: one('volume'),
      issue: one('issue'),
      pages: joinPages(one('pages')) ?? joinPages(one('startPage'), one('endPage')),
      doi: doiFrom(one('doi')),
      pmid: one('pmid'),
      abstract: one('abstract'),
      keywords: columns('keywords').flatMap(keywordList),
      url: one('url'),
      language: one('language'),
      sourceId: one('sourceId'),
    };
    // A reviewer who maps EBSCO's "Source" column to the journal gets its citation split too.
    if (profile)
      profile.fix?.(draft, (header) => {
        read?.add(header.trim().toLowerCase());
        return cell(header);
      });
    else ebscoSource(draft, draft.journal);
    draft.type = typeFromColumns(cell, read);
    if (draft.doi) draft.doi = doiFrom(draft.doi);
    draft.sourceId ||= scopusEid(draft.url);
    // A PubMed link is as good as a PMID column (RIS import reads it the same way).
    draft.pmid ||= pmidFrom(draft.url);
    const article = finishRecord(draft, line, table.warnings);
    if (article) records.push(article);
  }
  return records;
}

export interface CsvResult {
  records: Article[];
  warnings: string[];
  /** The same warnings as codes and values (lib/formats/messages.ts). */
  messages: ImportMessage[];
  /** The profile recognised ('scopus-2024', 'pubmed', …), or 'mapped' for a user mapping. */
  dialect: string;
  delimiter: string;
}

/**
 * A CSV/TSV from a known export. Throws CsvMappingRequiredError (a FormatError) with the
 * headers and a suggested mapping when the columns are not from a known export.
 */
export function parseCsv(text: string): CsvResult {
  const table = readTable(text);
  if (!table.headers.length) throw new FormatError(importMessage('noHeaderRow'), 'empty', 1);
  const profile = findProfile(table.headers);
  if (!profile) throw new CsvMappingRequiredError(table.headers, guessColumnMapping(table.headers), table.delimiter);
  const before = table.warnings.list.length;
  const read = new Set(Object.values(profile.mapping).flatMap((names) => [names].flat().map((n) => n.trim().toLowerCase())));
  // Web of Science's tab-delimited columns and Ovid's are read through their tag tables, every one of them.
  const tagged = readsTags(profile.name);
  const records = tagged ? taggedRowsToArticles(table, profile.name) : tableToArticles(table, profile.mapping, profile.authors, profile, read);
  const past = cellsPastHeader(table);
  const unread = [...(tagged ? [] : unreadColumns(table, profile, read)), ...(past ? [past] : [])];
  // One warning for the file, before those of its records (which the cap on warnings may cut).
  if (unread.length) table.warnings.insert(before, severalMessages(unread));
  return { records, ...table.warnings.done(), dialect: profile.name, delimiter: table.delimiter };
}

/**
 * Any CSV/TSV through a column mapping the user confirmed (see guessColumnMapping). A mapping
 * without a title column is refused: every record needs a title. Columns named in the
 * mapping but missing from the file are reported as a warning.
 */
export function parseCsvWithMapping(text: string, mapping: Mapping, authors: AuthorSplit = 'auto'): CsvResult {
  if (!mapping.title) throw new FormatError(importMessage('chooseTitle'), 'csv-mapping-required');
  const table = readTable(text);
  const known = new Set(table.headers.map((h) => h.trim().toLowerCase()));
  for (const field of MAPPABLE_FIELDS) {
    const names = mapping[field];
    for (const name of names === undefined ? [] : Array.isArray(names) ? names : [names]) {
      if (!known.has(name.trim().toLowerCase())) table.warnings.add(importMessage('mappedColumnMissing', name, { field }));
    }
  }
  const past = cellsPastHeader(table);
  if (past) table.warnings.add(past);
  const records = tableToArticles(table, mapping, authors);
  return { records, ...table.warnings.done(), dialect: 'mapped', delimiter: table.delimiter };
}
