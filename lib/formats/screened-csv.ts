import { writeCsv } from './csv-write';
import { databasesOf, type Decision, type LoggedSearch, type Review, type ReviewRecord } from '../model';
import { checkYear } from '../screening/window';
import { decidedByText, reviewerDecisionsText } from '../review/decisions';

/** Saring's own CSV of a screened set: the columns, in this order, are part of its contract. */
export const SCREENED_CSV_COLUMNS = [
  'key',
  'review',
  'decision',
  'exclusion_reason',
  'note',
  'population',
  'intervention',
  'comparison',
  'outcome',
  'study_design',
  'year_window',
  'reviewer',
  'decided_at',
  'title',
  'authors',
  'year',
  'journal',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'url',
  'databases',
  'search_queries',
  'abstract',
  'keywords',
  'relevance',
] as const;

/** Dual screening adds who decided what, as the last columns (after any others Saring adds). */
export const TEAM_CSV_COLUMNS = ['reviewer_decisions', 'final_decided_by'] as const;

export interface ScreenedRow {
  record: ReviewRecord;
  /** The final decision, if any. */
  decision?: Decision;
  /** Dual screening: each reviewer's current decision, by reviewer id. */
  reviewers?: Map<string, Decision>;
  /** Relevance 0–1 from the ranking at export time (undecided records only). */
  relevance?: { score: number };
}

/** The cells of one record, by column. */
export function screenedCells(row: ScreenedRow, review: Review, searchesById: Map<string, LoggedSearch>): string[] {
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
    databases: databasesOf(record.sources).join('; '),
    search_queries: [...queries].join('; '),
    abstract: a.abstract ?? '',
    keywords: (a.keywords ?? []).join('; '),
    // A decided record needs no ranking: only undecided ones carry their relevance.
    relevance: !decision && row.relevance !== undefined ? row.relevance.score.toFixed(3) : '',
  };
  return SCREENED_CSV_COLUMNS.map((c) => cells[c]);
}

/**
 * The screened set as CSV (see writeCsv for the encoding, quoting and formula rules). In
 * dual screening (`team`) the decision columns hold the final decision, and two columns
 * more say each reviewer's decision (`Ani: include; Budi: exclude`) and who made the final one.
 */
export function screenedCsv(rows: ScreenedRow[], review: Review, searches: LoggedSearch[], options: { team?: boolean } = {}): string {
  const searchesById = new Map(searches.map((s) => [s.id, s]));
  if (!options.team)
    return writeCsv(
      SCREENED_CSV_COLUMNS,
      rows.map((row) => screenedCells(row, review, searchesById)),
    );
  return writeCsv(
    [...SCREENED_CSV_COLUMNS, ...TEAM_CSV_COLUMNS],
    rows.map((row) => [...screenedCells(row, review, searchesById), reviewerDecisionsText(row.reviewers), decidedByText(row.decision)]),
  );
}
