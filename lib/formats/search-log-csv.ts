import { databaseName, methodOf, reportedCount, type LoggedSearch } from '../model';
import { writeCsv, type CsvSeparator } from './csv-write';

/**
 * The search log as PRISMA-S reports it: item 1 (database), 8 (full search strategy),
 * 9 (limits), 13 (date of search) and 15 (records per database), plus what Saring saw and
 * where PRISMA 2020 reports it (databases, or citation searching and the other methods).
 */
export const SEARCH_LOG_COLUMNS = [
  'database',
  'search_string',
  'limits',
  'date',
  'records_reported',
  'records_seen',
  'pages_viewed',
  'counted',
  'origin',
  'file_name',
  'url',
  'note',
  // Last, so the columns before keep their places for whoever reads them by position.
  /** The PRISMA 2020 column and line: `databases`, or another method (`citation-searching`…). */
  'method',
  /** A site's list that is no search of its database (`cited-by`…), else empty. */
  'list',
] as const;

/** `separator`: the reviewer's choice in Settings (comma by default). */
export function searchLogCsv(searches: LoggedSearch[], seen: Map<string, number>, separator: CsvSeparator = ','): string {
  return writeCsv(
    SEARCH_LOG_COLUMNS,
    searches.map((s) => [
      databaseName(s.database),
      s.query,
      Object.entries(s.filters)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      new Date(s.at).toISOString(),
      String(reportedCount(s) ?? ''),
      String(seen.get(s.id) ?? 0),
      s.pages.join(' '),
      s.counted ? 'yes' : 'no',
      s.origin,
      s.fileName ?? '',
      s.url,
      s.note ?? '',
      methodOf(s),
      s.list ?? '',
    ]),
    separator,
  );
}

/** Records seen per search (a record found twice by one search counts once). */
export function recordsPerSearch(records: { sources: { searchId?: string }[] }[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const record of records) {
    for (const id of new Set(record.sources.map((s) => s.searchId).filter((x): x is string => x !== undefined))) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return seen;
}
