import { CRITERIA, databasesOf, type Answer, type Criterion, type Decision, type ReviewRecord, type Verdict } from '../model';
import type { Band } from '../ranking/bands';
import type { Relevance } from '../ranking/review';

/** One table row: a record with its current decision and what the table sorts and searches on. */
export interface RecordRow {
  record: ReviewRecord;
  decision?: Decision;
  databases: string[];
  /** From the review's ranking: undecided records, once the review can be ranked. */
  relevance?: Relevance;
}

export type DecisionFilter = Verdict | 'undecided' | 'all';

export interface RecordFilter {
  decision: DecisionFilter;
  reason: string;
  database: string;
  yearFrom?: number;
  yearTo?: number;
  criterion?: { criterion: Criterion; answer: Answer | 'unanswered' };
  /** A relevance band ('none': records without one, i.e. decided or not ranked). */
  band?: Band | 'none';
  text: string;
}

export const NO_FILTER: RecordFilter = { decision: 'all', reason: '', database: '', text: '' };

export const SORT_KEYS = ['decision', 'reason', 'title', 'authors', 'year', 'journal', 'databases', 'doi', 'pmid', 'decidedBy', 'decidedAt', 'relevance', ...CRITERIA] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The table's order when it opens: the latest decisions first (undecided records last). */
export const DEFAULT_SORT: Sort = { key: 'decidedAt', descending: true };

export function toRows(records: ReviewRecord[], decisions: Map<string, Decision>, relevance?: ReadonlyMap<string, Relevance>): RecordRow[] {
  return records.map((record) => ({
    record,
    decision: decisions.get(record.key),
    databases: databasesOf(record.sources),
    relevance: relevance?.get(record.key),
  }));
}

// Lower-cased text of title (and its original-language version), authors and abstract, computed once per record object.
const haystacks = new WeakMap<ReviewRecord, string>();
function haystack(record: ReviewRecord): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    const a = record.article;
    text = `${a.title}\n${a.originalTitle ?? ''}\n${a.authors.join('; ')}\n${a.abstract ?? ''}`.toLowerCase();
    haystacks.set(record, text);
  }
  return text;
}

/** Rows that pass every part of the filter. Free text: every word must occur (title, authors, abstract). */
export function filterRows(rows: RecordRow[], filter: RecordFilter): RecordRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const database = filter.database;
  return rows.filter((row) => {
    const verdict = row.decision?.decision;
    if (filter.decision !== 'all' && (filter.decision === 'undecided' ? verdict !== undefined : verdict !== filter.decision)) return false;
    if (filter.reason && row.decision?.reason !== filter.reason) return false;
    if (database && !row.databases.includes(database)) return false;
    if (filter.band && (row.relevance?.band ?? 'none') !== filter.band) return false;
    const year = row.record.article.year;
    if (filter.yearFrom !== undefined && (year === undefined || year < filter.yearFrom)) return false;
    if (filter.yearTo !== undefined && (year === undefined || year > filter.yearTo)) return false;
    if (filter.criterion) {
      const answer = row.decision?.answers[filter.criterion.criterion];
      if (filter.criterion.answer === 'unanswered' ? answer !== undefined : answer !== filter.criterion.answer) return false;
    }
    if (words.length) {
      const text = haystack(row.record);
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  });
}

const VERDICT_ORDER: Record<string, number> = { include: 0, maybe: 1, exclude: 2, '': 3 };

function sortValue(row: RecordRow, key: SortKey): string | number {
  const a = row.record.article;
  switch (key) {
    case 'decision':
      return VERDICT_ORDER[row.decision?.decision ?? ''];
    case 'reason':
      return row.decision?.reason ?? '';
    case 'title':
      return a.title.toLowerCase();
    case 'authors':
      return (a.authors[0] ?? '').toLowerCase();
    case 'year':
      return a.year ?? -1;
    case 'journal':
      return (a.journal ?? '').toLowerCase();
    case 'databases':
      return row.databases.join(', ');
    case 'doi':
      return a.doi ?? '';
    case 'pmid':
      return a.pmid ? Number(a.pmid) : -1;
    case 'decidedBy':
      return row.decision?.reviewer ?? '';
    case 'decidedAt':
      return row.decision?.decidedAt ?? -1;
    case 'relevance':
      return row.relevance?.score ?? -1;
    default:
      return row.decision?.answers[key] ?? '';
  }
}

/** A sorted copy; ties keep their order (Array.prototype.sort is stable). */
export function sortRows(rows: RecordRow[], sort: Sort): RecordRow[] {
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  const direction = sort.descending ? -1 : 1;
  keyed.sort((x, y) => (x.value < y.value ? -direction : x.value > y.value ? direction : 0));
  return keyed.map((k) => k.row);
}

/** Counts per decision (undecided included), for the header that is always visible. */
export function countDecisions(records: readonly { key: string }[], decisions: Map<string, Decision>): Record<Verdict | 'undecided', number> {
  const counts = { include: 0, exclude: 0, maybe: 0, undecided: 0 };
  for (const record of records) counts[decisions.get(record.key)?.decision ?? 'undecided']++;
  return counts;
}
