import type { Mapping } from './csv-import';

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

  constructor(
    message: string,
    readonly code: FormatErrorCode,
    /** 1-based line the problem was found on, when it applies. */
    readonly line?: number,
  ) {
    super(line !== undefined ? `line ${line}: ${message}` : message);
  }
}

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
    super(
      `the columns of this CSV are not from a known export (${headers.slice(0, 8).join(', ')}${headers.length > 8 ? ', …' : ''}): choose which column holds the title, authors, year, …`,
      'csv-mapping-required',
      1,
    );
  }
}

/** 1-based line of position `at`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
