import { methodOf, type LoggedSearch, type OtherMethod, type ReviewRecord } from '../model';
import type { RecordBox } from './boxes';

export interface MethodCount {
  method: OtherMethod;
  count: number;
}

/**
 * The reports of a column of the diagram, from its boxes: sought for retrieval, not retrieved,
 * assessed, excluded with each reason, included; and those awaiting their full-text decision.
 */
export interface ReportCounts {
  sought: number;
  notRetrieved: number;
  awaitingFullText: number;
  assessed: number;
  excludedFullText: { reason: string; count: number }[];
  excludedFullTextTotal: number;
  included: number;
}

const sortedCounts = <K extends string>(map: Map<K, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function reportsOf(
  boxes: { notRetrieved: string[]; awaitingFullText: string[]; excludedFullText: string[]; included: string[] },
  reasons: Map<string, number>,
): ReportCounts {
  const notRetrieved = boxes.notRetrieved.length;
  const excludedFullTextTotal = boxes.excludedFullText.length;
  const included = boxes.included.length;
  const sought = notRetrieved + excludedFullTextTotal + included;
  return {
    sought,
    notRetrieved,
    awaitingFullText: boxes.awaitingFullText.length,
    assessed: sought - notRetrieved,
    excludedFullText: sortedCounts(reasons).map(([reason, count]) => ({ reason, count })),
    excludedFullTextTotal,
    included,
  };
}

/**
 * The column "Identification of studies via other methods" of PRISMA 2020: records identified
 * per method, then reports sought, not retrieved, assessed, excluded with reasons; its included
 * studies join the one "Studies included in review" box. Saring's own notes beside it (never
 * drawn in the template): records not sought (excluded on title and abstract) and those awaiting.
 */
export interface OtherColumn extends ReportCounts {
  /** The counted searches reported under other methods: the column is drawn when there is one. */
  searches: number;
  identified: MethodCount[];
  identifiedTotal: number;
  notSought: number;
  awaitingScreening: number;
}

/** The counted searches reported under other methods, with their method, by id. */
export function otherMethodSearches(searches: readonly LoggedSearch[]): Map<string, OtherMethod> {
  const byId = new Map<string, OtherMethod>();
  for (const search of searches) {
    const method = methodOf(search);
    if (search.counted && method !== 'databases') byId.set(search.id, method);
  }
  return byId;
}

/**
 * Ticked lists reported under another method by default, not by the reviewer's pick: releases
 * before the column "via other methods" counted a ticked "Cited by" list as a database search,
 * so a diagram already reported moves; the dashboard says so until the reviewer picks.
 */
export const listsMovedByDefault = (searches: readonly LoggedSearch[]): LoggedSearch[] =>
  searches.filter((s) => s.counted && s.list && s.method === undefined && methodOf(s) !== 'databases');

/**
 * The method that identified a record no database search found: its first sighting's by an
 * other-methods search (a record met by citation searching and then on a website is counted
 * once, where it was met first), or none.
 */
export function otherMethodOf(record: ReviewRecord, others: Map<string, OtherMethod>): OtherMethod | undefined {
  for (const source of record.sources) {
    const method = source.searchId === undefined ? undefined : others.get(source.searchId);
    if (method) return method;
  }
  return undefined;
}

/**
 * The column's numbers from its records' boxes, methods and full-text exclusion reasons. Each
 * method of a counted search has its line, even when all it found a database search found too
 * (n = 0: nothing new to seek); a search entered by hand (a website searched outside Saring,
 * "WHO IRIS: 12") adds the count typed, as it does in the databases' column.
 */
export function otherColumn(
  boxes: Record<RecordBox, string[]>,
  found: Map<OtherMethod, number>,
  reasons: Map<string, number>,
  searches: readonly LoggedSearch[],
  others: Map<string, OtherMethod>,
): OtherColumn {
  const methods = new Map<OtherMethod, number>(found);
  for (const search of searches) {
    const method = others.get(search.id);
    if (method) methods.set(method, (methods.get(method) ?? 0) + (search.origin === 'manual' ? (search.totalResults ?? 0) : 0));
  }
  const identified = sortedCounts(methods).map(([method, count]) => ({ method, count }));
  const reports = {
    notRetrieved: boxes.otherNotRetrieved,
    awaitingFullText: boxes.otherAwaitingFullText,
    excludedFullText: boxes.otherExcludedFullText,
    included: boxes.otherIncluded,
  };
  return {
    searches: others.size,
    identified,
    identifiedTotal: identified.reduce((n, m) => n + m.count, 0),
    notSought: boxes.otherNotSought.length,
    awaitingScreening: boxes.otherAwaitingScreening.length,
    ...reportsOf(reports, reasons),
  };
}
