import type { Mapping } from './csv-import';
import { englishText, importMessage, shortValue, type ImportMessage } from './messages';

/**
 * Why a file could not be read at all. Recoverable problems (one bad record, a truncated
 * last record, a few undecodable bytes) are NOT errors: they come back as `warnings`.
 */
export type FormatErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unknown-format'
  /** An unexpected failure inside a parser, reported rather than thrown raw. */
  | 'unreadable'
  | 'csv-mapping-required';

export class FormatError extends Error {
  override readonly name: string = 'FormatError';

  /** The message as a code and its values (lib/formats/messages.ts), for the UI to say in the reviewer's language. */
  readonly detail: ImportMessage;

  constructor(
    detail: ImportMessage,
    readonly code: FormatErrorCode,
    /** 1-based line the problem was found on, when it applies. */
    readonly line?: number,
  ) {
    const placed = line !== undefined ? { ...detail, line } : detail;
    super(englishText(placed));
    this.detail = placed;
  }
}

/** The first eight column names, each cut short: a file without its header row names its columns by a record's cells, an abstract among them. */
const columnList = (headers: readonly string[]) =>
  headers
    .slice(0, 8)
    .map((name) => shortValue(name, 60))
    .join(', ') + (headers.length > 8 ? ', …' : '');

/**
 * A CSV whose columns match no known export (PubMed, Scopus, Embase, …). The file itself is
 * fine: the UI shows `headers` with `suggestion` pre-filled, the user confirms or corrects
 * it, and calls `parseCsvWithMapping(text, mapping)` (lib/formats/csv-import.ts).
 */
export class CsvMappingRequiredError extends FormatError {
  override readonly name = 'CsvMappingRequiredError';

  constructor(
    /** Column names in file order, as written (trimmed, BOM removed). */
    readonly headers: string[],
    /** guessColumnMapping(headers): the best guess, possibly without a title column. */
    readonly suggestion: Mapping,
    /** The delimiter found (',' ';' or tab), to show the user what was read. */
    readonly delimiter: string,
  ) {
    super(importMessage('csvColumns', columnList(headers)), 'csv-mapping-required', 1);
  }
}

/** 1-based line of position `at`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
