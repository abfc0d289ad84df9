// Every message an import gives — why a file was refused (FormatError) and what was skipped or
// doubtful in one that was read (`warnings`) — as a code with its values, in ONE table that
// writes it in English. The English text the readers have always returned (`warnings: string[]`,
// `FormatError.message`, which many tests and the search log rely on) is this table's rendering of
// the structured message, never a second string beside it, so the two cannot disagree; the
// structured message travels beside it (`ParseResult.messages`, `FormatError.detail`) to the
// dashboard, which writes it in the reviewer's language from the locale files
// (`importMsg<Code>`, components/dashboard/import-messages.ts) and falls back to this English
// text for a code it has no words for. Values only: file and column names, numbers, format and
// tag names (RIS, TY) — never an English phrase a translation would have to keep.

import { formatName } from './format-names';

/** The file a message is about: `"x.ris"`, or "the file" when the reader was given no name. */
export interface FileArg {
  file?: string;
}
/** A field a column was mapped to, by its code name ('year'): the page names it as its mapping form does. */
export interface FieldArg {
  field: string;
}
/**
 * A format by its code ('wos'), and a list of formats: the page names them in the reviewer's
 * language ("Web of Science text" is "teks Web of Science"), with its own word for "or".
 */
export interface FormatArg {
  format: string;
}
export interface FormatListArg {
  formats: string[];
}
export type MessageArg = string | number | FileArg | FieldArg | FormatArg | FormatListArg;

const subject = (named: FileArg): string => (named.file ? `"${named.file}"` : 'the file');
const formatList = ({ formats }: FormatListArg): string => `${formats.slice(0, -1).map(formatName).join(', ')} or ${formatName(formats.at(-1) ?? '')}`;

/** A value a message quotes from the file (a column name, a record's title), cut to `max` characters with "…". */
/** What an error says, as a message's technical detail: its message, or the thrown value itself (Firefox hands over whatever a script threw). */
export const errorText = (error: unknown): string => String((error as Error | null | undefined)?.message ?? error);

export const shortValue = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export const EXPORT_RIS = 'export the records as RIS instead (or PubMed format, BibTeX or CSV)';
export const SAVE_AS_CSV = 'open it in Excel and save it as CSV (File → Save As → "CSV UTF-8"), then import the CSV';
const BAD_QUOTE = 'a quoted cell has text after its closing quote (a quote inside a cell must be written twice: "")';
const REST_LOST = 'so the rest of the file could not be read: fix the quote and import the file again';
const NOT_READ_HERE = 'not one Saring reads in this export';
const NO_NAME = 'it has no name in the header row';
const PAST_HEADER = (last: string, where: string, width: number, widest: number) =>
  `cells past the header row's last column ("${last}") were not read ${where}: the header row names ${width} columns, the rows hold up to ${widest}; name the missing columns in the header row to import them`;
/** `record`: its number and title, '3 ("Pijat oksitosin")'. */
const CUT_INSIDE = (record: string, before: string) =>
  `the file ends inside record ${record}: it was cut short (truncated) and that record is not read; ${before} — export the file again to get the rest`;

/** Each message's English text, from its values. The UI's key for a code is `importMsg` + the code, capitalised. */
export const ENGLISH_MESSAGES = {
  // Files refused (FormatError).
  empty: (f: FileArg) => `${subject(f)} is empty`,
  pdf: (f: FileArg) => `${subject(f)} is a PDF document`,
  zip: (f: FileArg) => `${subject(f)} is a zip archive (an .xlsx or .docx file?): save it as CSV or RIS first`,
  rtf: (f: FileArg) => `${subject(f)} is an RTF document`,
  nulBytes: (f: FileArg) => `${subject(f)} is binary, not text (it holds NUL bytes)`,
  binary: (f: FileArg) => `${subject(f)} is binary, not text`,
  excel: (f: FileArg, kind: string) => `${subject(f)} is an Excel workbook (${kind}): ${SAVE_AS_CSV}`,
  tooLarge: (f: FileArg, size: string, most: string) => `${subject(f)} is too large (${size}; at most ${most}): split the export`,
  webPage: (f: FileArg) => `${subject(f)} is a web page (HTML), not a reference export: ${EXPORT_RIS}`,
  otherXml: (f: FileArg, root: string) =>
    `${subject(f)} is an XML file of another kind (<${root}>), not a reference export: Saring reads EndNote XML and PubMed XML; ${EXPORT_RIS}`,
  xml: (f: FileArg) => `${subject(f)} is an XML file, not a reference export: Saring reads EndNote XML and PubMed XML; ${EXPORT_RIS}`,
  notCslJson: (f: FileArg) => `${subject(f)} is JSON, but not CSL JSON: ${EXPORT_RIS}`,
  cslNoTitle: (f: FileArg) => `${subject(f)} is JSON, but not CSL JSON (no item with a title): export the records as CSL JSON, RIS or BibTeX`,
  badJson: (f: FileArg) => `${subject(f)} is not valid JSON (it may be cut short or edited by hand)`,
  refworks: (f: FileArg) => `${subject(f)} is a RefWorks tagged file: ${EXPORT_RIS}`,
  numberedList: (f: FileArg) => `${subject(f)} is a numbered list of references (PubMed's "Summary (text)" or a bibliography): ${EXPORT_RIS}`,
  unknownFormat: (f: FileArg, formats: FormatListArg) => `${subject(f)} is not an export Saring reads (${formatList(formats)}): ${EXPORT_RIS}`,
  noHeaderRow: () => 'the file has no header row',
  chooseTitle: () => 'choose the column that holds the title',
  csvColumns: (columns: string) => `the columns of this CSV are not from a known export (${columns}): choose which column holds the title, authors, year, …`,
  notText: () => 'expected the text of a file',
  // A failure nobody foresaw (a reader's bug, a record the worker found invalid): said as one,
  // with the thrown text kept as its technical detail for a bug report.
  unreadable: (f: FileArg, why: string) => `${subject(f)} could not be read because of an unexpected problem (technical detail: ${why})`,
  undecodable: (f: FileArg, why: string) => `${subject(f)} could not be decoded because of an unexpected problem (technical detail: ${why})`,
  readerStopped: (f: FileArg) => `${subject(f)} could not be read: the file reader stopped unexpectedly`,
  // The import worker's channel (lib/messaging/parse-worker.ts) and storing what it read.
  notUnderstood: () => 'the file reader gave an answer Saring does not understand',
  readRequestRefused: (why: string) => `the file reader was sent a "read" request it does not understand (${why})`,
  storeRequestRefused: (why: string) => `the file reader was sent a "store" request it does not understand (${why})`,
  nothingToStore: () => 'no records are waiting to be stored: read the file again',
  fileNotHeld: () => 'the file is no longer held: choose it again',
  storageFull: () => "the browser has no room left for Saring's data (storage quota exceeded): free some disk space, then try again",
  storeUnexpected: (why: string) => `the records could not be stored because of an unexpected problem (technical detail: ${why})`,
  storeStopped: () => 'the records could not be stored: the file reader stopped unexpectedly',
  // Files read, with warnings.
  noTitle: () => 'record without a title skipped',
  moreWarnings: (hidden: number) => `${hidden} more warnings not shown`,
  noRecords: ({ format }: FormatArg) => `no records found: the file looks like ${formatName(format)}, but none of its records could be read`,
  badCharacters: () => 'some characters could not be decoded (wrong or mixed encoding) and show as "\uFFFD"',
  mixedEncoding: () => 'the file mixes encodings (UTF-8 and another); characters that are not UTF-8 are shown as "\uFFFD"',
  largeFile: (size: string, records: number) => `large file (${size}): ${records} records read`,
  otherFormatRecord: (format: string) => `a ${format} record in this RIS file is not read: import it as a file of its own`,
  beforeFirstTy: () => 'lines before the first record (TY) ignored',
  noStartTy: () => 'a record without its start line (TY) skipped',
  lastNoEr: () => 'the last record has no end line (ER): the file may be truncated',
  noEr: () => 'record has no end line (ER)',
  noPt: () => 'record starts without a PT line',
  beforeFirstEnw: () => 'text before the first record (%0) ignored',
  entryNotClosed: () => 'entry is not closed: the file may be truncated',
  crossrefMissing: (entry: string, field: string, parent: string) => `entry "${entry}" names ${field} "${parent}", which is not in the file: read without its fields`,
  notCslItem: (item: number, path: string) => `item ${item} is not a CSL item (${path}): skipped`,
  badQuote: () => BAD_QUOTE,
  badQuoteRest: () => `${BAD_QUOTE}, ${REST_LOST}`,
  openQuoteRest: () => `a cell opens with a quote (") that is never closed, ${REST_LOST}`,
  openQuote: () => 'a cell opens with a quote (") that is never closed',
  /** papaparse's own problem codes (csv-import.ts csvProblem), each in our words. */
  csvNoDelimiter: (used: string) => `the column separator (comma, semicolon or tab) could not be told from the file: it was read with "${used}"`,
  csvCellCount: (found: number, expected: number) => `the row has ${found} cells where the header row names ${expected} columns`,
  /** A problem code papaparse may add later, in its own words. */
  csvOther: (text: string) => text,
  headerAgain: () => 'the header row again (exports joined into one file?): not read as a record',
  headerAgainLines: (lines: number, first: number) => `the header row again on ${lines} lines (first line ${first}): exports joined into one file? not read as records`,
  mappedColumnMissing: (column: string, { field }: FieldArg) => `column "${column}" (${field}) is not in the file`,
  columnUnread: (column: string) => `column "${column}" (${NOT_READ_HERE}) was not read`,
  columnRename: (column: string, rename: string) => `column "${column}" (${NOT_READ_HERE}) was not read: rename it to "${rename}" to import it`,
  unnamedColumnUnread: (index: number) => `column ${index} (${NO_NAME}) was not read`,
  unnamedColumnName: (index: number, rename: string) => `column ${index} (${NO_NAME}) was not read: name it to "${rename}" to import it`,
  cellsPastHeaderLine: (last: string, line: number, width: number, widest: number) => PAST_HEADER(last, `on line ${line}`, width, widest),
  cellsPastHeaderLines: (last: string, lines: number, first: number, width: number, widest: number) => PAST_HEADER(last, `on ${lines} lines (first line ${first})`, width, widest),
  secondTitleLine: (label: string) => `a second "${label}" line in one record: the lines up to the next TITLE line are not read (is a record's TITLE line missing?)`,
  cutInsideFirst: (record: string) => CUT_INSIDE(record, 'no record before it'),
  cutInsideSecond: (record: string) => CUT_INSIDE(record, 'the record before it was read'),
  cutInside: (record: string, before: number) => CUT_INSIDE(record, `the ${before} records before it were read`),
  endsBefore: (end: string, records: number) => `the file ends before ${end}: it may be truncated after record ${records}`,
  /** The Cochrane Library's plain text numbers its records ("Record #25 of 40"): the last one read is not the last. */
  endsAtRecord: (last: number, total: number) => `the file ends at record ${last} of ${total}: it may be truncated — export the file again to get the rest`,
} as const;

export type ImportMessageCode = keyof typeof ENGLISH_MESSAGES | 'several';

/**
 * One message: its code, its values in the order the text names them, and where it was found
 * (line, record of an XML file, item of a CSL JSON list). `several`: `parts` said in one sentence.
 */
export interface ImportMessage {
  code: string;
  args?: MessageArg[];
  line?: number;
  record?: number;
  item?: number;
  parts?: ImportMessage[];
}

type Args<C extends keyof typeof ENGLISH_MESSAGES> = Parameters<(typeof ENGLISH_MESSAGES)[C]>;

// The longest value a message quotes. The import worker's answer takes none over 2,000 characters
// (lib/messaging/parse-worker.ts) and drops a message that holds one, and an error's own text, kept
// as a technical detail, may be far longer: Dexie's "Table.bulkPut(): 10000 of 10000 operations
// failed. Errors: …" lists every record's error. Cut where the message is made, for every code.
const LONGEST_VALUE = 1_000;
const quotable = (arg: MessageArg): MessageArg => (typeof arg === 'string' && arg.length > LONGEST_VALUE ? shortValue(arg, LONGEST_VALUE) : arg);

/** The structured message for a code and its values (typed by the code's English text), a value too long to quote cut. */
export function importMessage<C extends keyof typeof ENGLISH_MESSAGES>(code: C, ...args: Args<C>): ImportMessage {
  return args.length ? { code, args: (args as MessageArg[]).map(quotable) } : { code };
}

/** Notes said in one sentence ("…; …"), as the CSV reader reports its unread columns. */
export const severalMessages = (parts: ImportMessage[]): ImportMessage => (parts.length === 1 ? parts[0] : { code: 'several', parts });

/** Where a message was found, as the English text has always opened: "line 12: ", "line 3 (record 2): ", "record 2: ", "item 4: ". */
function englishPlace(m: ImportMessage): string {
  if (m.record !== undefined) return m.line !== undefined ? `line ${m.line} (record ${m.record}): ` : `record ${m.record}: `;
  if (m.item !== undefined) return `item ${m.item}: `;
  return m.line !== undefined ? `line ${m.line}: ` : '';
}

/** The message without its place, in English; undefined for a code this table does not know. */
export function englishBody(m: ImportMessage): string | undefined {
  if (m.code === 'several') return m.parts?.map(englishText).join('; ');
  const write = (ENGLISH_MESSAGES as Record<string, (...args: MessageArg[]) => string>)[m.code];
  return write ? write(...(m.args ?? [])) : undefined;
}

/** The English text of a message, as the readers return it. */
export function englishText(m: ImportMessage): string {
  return englishPlace(m) + (englishBody(m) ?? m.code);
}

/** The message found at a line (undefined: no line). */
export const atLine = (m: ImportMessage, line: number | undefined): ImportMessage => (line === undefined ? m : { ...m, line });

// A file with 50,000 bad records must not produce 50,000 strings for the UI to show.
const MAX_WARNINGS = 200;

/**
 * A file's warnings, each as its English text (`list`) and as the structured message it is
 * written from (`messages`, same order): built only when a warning is added, never per record.
 */
export class Warnings {
  readonly list: string[] = [];
  readonly messages: ImportMessage[] = [];
  private hidden = 0;

  add(message: ImportMessage, line?: number): void {
    if (this.list.length >= MAX_WARNINGS) {
      this.hidden++;
      return;
    }
    this.insert(this.list.length, atLine(message, line));
  }

  /** A message at a place in the list (a file's own note before its records'), past the cap. */
  insert(at: number, message: ImportMessage): void {
    this.messages.splice(at, 0, message);
    this.list.splice(at, 0, englishText(message));
  }

  done(): { warnings: string[]; messages: ImportMessage[] } {
    if (this.hidden > 0) this.insert(this.list.length, importMessage('moreWarnings', this.hidden));
    this.hidden = 0;
    return { warnings: this.list, messages: this.messages };
  }
}
