import { writeCsv } from './csv-write';
import { databaseName, type Decision, type Review, type ReviewRecord, type SearchEvent } from '../model';
import { checkYear } from '../screening/window';

/** Saring's own CSV of a screened set: the columns, in this order, are part of its contract. */
export const SCREENED_CSV_COLUMNS = [
  'key', 'review', 'decision', 'exclusion_reason', 'note',
  'population', 'intervention', 'comparison', 'outcome', 'study_design',
  'year_window', 'reviewer', 'decided_at',
  'title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'url',
  'databases', 'search_queries', 'abstract', 'keywords',
] as const;

export interface ScreenedRow {
  record: ReviewRecord;
  /** The current decision, if any. */
  decision?: Decision;
}

/** The cells of one record, by column. */
export function screenedCells(row: ScreenedRow, review: Review, searchesById: Map<number, SearchEvent>): string[] {
  const { record, decision } = row;
  const a = record.article;
  const answers = decision?.answers ?? {};
  const queries = new Set<string>();
  for (const source of record.sources) {
    const search = source.searchId !== undefined ? searchesById.get(source.searchId) : undefined;
    if (search?.query) queries.add(search.query);
  }
  const cells: Record<(typeof SCREENED_CSV_COLUMNS)[number], string> = {
    key: record.key,
    review: review.title,
    decision: decision?.decision ?? '',
    exclusion_reason: decision?.reason ?? '',
    note: decision?.note ?? '',
    population: answers.population ?? '',
    intervention: answers.intervention ?? '',
    comparison: answers.comparison ?? '',
    outcome: answers.outcome ?? '',
    study_design: answers.studyDesign ?? '',
    year_window: checkYear(a.year, review.window).result,
    reviewer: decision?.reviewer ?? '',
    decided_at: decision ? new Date(decision.decidedAt).toISOString() : '',
    title: a.title,
    authors: a.authors.join('; ') + (a.authorsTruncated ? '; …' : ''),
    year: a.year !== undefined ? String(a.year) : '',
    journal: a.journal ?? '',
    volume: a.volume ?? '',
    issue: a.issue ?? '',
    pages: a.pages ?? '',
    doi: a.doi ?? '',
    pmid: a.pmid ?? '',
    url: a.url,
    databases: [...new Set(record.sources.map((s) => databaseName(s.database)))].join('; '),
    search_queries: [...queries].join('; '),
    abstract: a.abstract ?? '',
    keywords: (a.keywords ?? []).join('; '),
  };
  return SCREENED_CSV_COLUMNS.map((c) => cells[c]);
}

/** The screened set as CSV (see writeCsv for the encoding, quoting and formula rules). */
export function screenedCsv(rows: ScreenedRow[], review: Review, searches: SearchEvent[]): string {
  const searchesById = new Map(searches.filter((s) => s.id !== undefined).map((s) => [s.id!, s]));
  return writeCsv(SCREENED_CSV_COLUMNS, rows.map((row) => screenedCells(row, review, searchesById)));
}
