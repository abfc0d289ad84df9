import { csvLines, type CsvSeparator } from './csv-write';
import { databasesOf, type Decision, type LoggedSearch, type Review, type ReviewRecord } from '../model';
import { checkYear } from '../screening/window';
import { decidedByText, reviewerDecisionsText } from '../review/decisions';
import { titleWithOriginal } from './translated';
import { boxOf, type RecordBox } from '../prisma/compute';
import { markedAuthors } from '../model/cut';
import { currentKeys, reportOfKey } from '../prisma/studies';

/**
 * The full-text stage, after the title/abstract columns (whose order stays): the final full-text
 * decision (`include`, `exclude`, `maybe`, or `not retrieved`) and its reason, whether the report
 * was retrieved (`yes`, `no`, empty before full text), and the PRISMA 2020 box the record ends in,
 * so the rows of each box add up to the diagram's numbers.
 */
export const FULL_TEXT_CSV_COLUMNS = ['full_text_decision', 'full_text_reason', 'report_retrieved', 'prisma_box'] as const;

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
  ...FULL_TEXT_CSV_COLUMNS,
] as const;

/** The PRISMA box in the words of the `prisma_box` column (as the diagram names it). */
export const PRISMA_BOX_WORDS: Record<RecordBox, string> = {
  removedAutomation: 'removed by automation',
  awaitingScreening: 'awaiting screening',
  excludedScreening: 'excluded at title/abstract',
  awaitingFullText: 'awaiting full text',
  notRetrieved: 'report not retrieved',
  excludedFullText: 'excluded at full text',
  included: 'included in review',
  // Found only by searches that do not count (a "Cited by" list): the diagram leaves it out.
  uncounted: 'outside the diagram (search not counted)',
  deleted: 'deleted',
  // Found only by citation searching, a website…: PRISMA 2020's column "via other methods". Its
  // included studies and those awaiting a decision are in the boxes both columns share.
  otherNotSought: 'other methods: not sought for retrieval',
  otherAwaitingScreening: 'awaiting screening',
  otherAwaitingFullText: 'awaiting full text',
  otherNotRetrieved: 'other methods: report not retrieved',
  otherExcludedFullText: 'other methods: excluded at full text',
  otherIncluded: 'included in review',
};

/** Dual screening adds who decided what, as the last columns (after any others Saring adds). */
export const TEAM_CSV_COLUMNS = ['reviewer_decisions', 'final_decided_by'] as const;

/**
 * The record's kind of publication (lib/model/article-type.ts: `article`, `review`, `letter`,
 * `chapter` …; empty when its sources named none) and `report_of` (the key of the record whose study
 * this one is another report of: lib/prisma/studies.ts), last of all, after the team columns too,
 * so that every column of earlier releases keeps its place. `type` is read back by the CSV importer.
 */
export const KIND_CSV_COLUMNS = ['type', 'report_of'] as const;

export interface ScreenedRow {
  record: ReviewRecord;
  /** The final title/abstract decision, if any. */
  decision?: Decision;
  /** The final full-text decision, if any. */
  fullText?: Decision;
  /** Its box in the PRISMA diagram when the review's diagram was computed (else its decisions' box). */
  box?: RecordBox;
  /** Dual screening: each reviewer's current decision, by reviewer id. */
  reviewers?: Map<string, Decision>;
  /** Relevance 0–1 from the ranking at export time (undecided records only). */
  relevance?: { score: number };
}

/** A row's box: the one the review's diagram gave it, else the one its decisions give (boxOf). */
export const boxOfRow = (row: Pick<ScreenedRow, 'decision' | 'fullText' | 'box'>): RecordBox => row.box ?? boxOf(row.decision, row.fullText);

/**
 * The cells of one record, by column. `separator` ";" writes the relevance with a decimal comma
 * ("0,412"): Excel set to Indonesian, the reason to choose ";", reads "0.412" as 412.
 */
export function screenedCells(row: ScreenedRow, review: Review, searchesById: Map<string, LoggedSearch>, separator: CsvSeparator = ','): string[] {
  const { record, decision, fullText } = row;
  const a = record.article;
  const answers = decision?.answers ?? {};
  // In the order of SCREENED_CSV_COLUMNS (tests/formats check every column by name).
  return [
    record.key,
    review.title,
    decision?.decision ?? '',
    decision?.reason ?? '',
    decision?.note ?? '',
    answers.population ?? '',
    answers.intervention ?? '',
    answers.comparison ?? '',
    answers.outcome ?? '',
    answers.studyDesign ?? '',
    checkYear(a.year, review.window).result,
    decision?.reviewer ?? '',
    decision ? new Date(decision.decidedAt).toISOString() : '',
    titleWithOriginal(a),
    markedAuthors(a),
    a.year !== undefined ? String(a.year) : '',
    a.journal ?? '',
    a.volume ?? '',
    a.issue ?? '',
    a.pages ?? '',
    a.doi ?? '',
    a.pmid ?? '',
    a.url,
    databasesOf(record.sources).join('; '),
    searchQueries(record.sources, searchesById),
    a.abstract ?? '',
    (a.keywords ?? []).join('; '),
    // A decided record needs no ranking: only undecided ones carry their relevance.
    !decision && row.relevance !== undefined ? decimal(row.relevance.score, 3, separator) : '',
    // FULL_TEXT_CSV_COLUMNS, each cell written here: no array spread per row of a 50,000-row export.
    fullText ? fullTextVerdict(fullText) : '',
    fullText?.reason ?? '',
    fullText ? (fullText.retrieved === false ? 'no' : 'yes') : '',
    PRISMA_BOX_WORDS[boxOfRow(row)],
  ];
}

/** A number with `digits` decimals, the decimal mark the spreadsheet reading this separator expects. */
export function decimal(value: number, digits: number, separator: CsvSeparator): string {
  const text = value.toFixed(digits);
  return separator === ';' ? text.replace('.', ',') : text;
}

/**
 * The full-text decision in words. A report not retrieved is stored as an exclusion
 * (lib/review/full-text.ts fullTextDecision): written `not retrieved`, so that the rows whose
 * full-text decision is `exclude` are the diagram's "Reports excluded", as prisma_box says.
 */
const fullTextVerdict = (fullText: Decision): string => (fullText.retrieved === false ? 'not retrieved' : fullText.decision);

/** The queries of the searches that found the record, each once ("; " between them). */
function searchQueries(sources: ReviewRecord['sources'], searchesById: Map<string, LoggedSearch>): string {
  const queryOf = (searchId: string | undefined) => (searchId !== undefined ? searchesById.get(searchId)?.query : undefined) || '';
  // Most records were found once: no set and no array for them (50,000 rows per export).
  if (sources.length === 1) return queryOf(sources[0].searchId);
  const queries = new Set<string>();
  for (const source of sources) queries.add(queryOf(source.searchId));
  queries.delete('');
  return [...queries].join('; ');
}

export interface ScreenedCsvOptions {
  /** Dual screening: the reviewers' decisions as two columns more. */
  team?: boolean;
  /** The reviewer's choice in Settings (comma by default). */
  separator?: CsvSeparator;
}

/**
 * The screened set as CSV (see writeCsv for the encoding, quoting and formula rules). In
 * dual screening (`team`) the decision columns hold the final decision, and two columns
 * more say each reviewer's decision (`Ani: include; Budi: exclude`) and who made the final one.
 */
export function screenedCsv(rows: ScreenedRow[], review: Review, searches: LoggedSearch[], options: ScreenedCsvOptions = {}): string {
  return screenedCsvLines(rows, review, searches, options).join('');
}

/** The same, one string per line (csvLines): what a download is made of. */
export function screenedCsvLines(rows: ScreenedRow[], review: Review, searches: LoggedSearch[], options: ScreenedCsvOptions = {}): string[] {
  const searchesById = new Map(searches.map((s) => [s.id, s]));
  const separator = options.separator ?? ',';
  // `report_of`: the record whose study this one is another report of (PRISMA's reports of included studies).
  // The keys merged away are looked up only when some record is linked (most reviews: none of 50,000).
  const current = rows.some((row) => row.record.reportOf !== undefined) ? currentKeys(rows.map((row) => row.record)) : new Map<string, string>();
  const cells = (row: ScreenedRow) => {
    const line = screenedCells(row, review, searchesById, separator);
    if (options.team) line.push(reviewerDecisionsText(row.reviewers), decidedByText(row.decision));
    line.push(row.record.article.type ?? '', reportOfKey(row.record, current));
    return line;
  };
  const columns = options.team ? [...SCREENED_CSV_COLUMNS, ...TEAM_CSV_COLUMNS, ...KIND_CSV_COLUMNS] : [...SCREENED_CSV_COLUMNS, ...KIND_CSV_COLUMNS];
  return csvLines(columns, rows.map(cells), separator);
}
