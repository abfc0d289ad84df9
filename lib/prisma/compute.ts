import { databaseName, reportedCount, type Decision, type LoggedSearch, type ReviewRecord } from '../model';

/** The boxes of the PRISMA 2020 flow that hold records (each counted record is in exactly one). */
export const RECORD_BOXES = [
  'removedAutomation',
  'excludedScreening',
  'awaitingScreening',
  'awaitingFullText',
  'notRetrieved',
  'excludedFullText',
  'included',
  'uncounted',
] as const;
export type RecordBox = (typeof RECORD_BOXES)[number];

export interface DatabaseCount {
  database: string;
  count: number;
  searches: number;
}

/** A search whose reported count is lower than the records Saring saw from it. */
export interface CountFlag {
  searchId: string;
  database: string;
  query: string;
  reported: number;
  seen: number;
}

export interface PrismaCounts {
  identified: DatabaseCount[];
  identifiedTotal: number;
  duplicates: number;
  removedAutomation: number;
  /** Results the databases reported that were never looked at (beyond the pages viewed). */
  removedOther: number;
  screened: number;
  excludedScreening: number;
  awaitingScreening: number;
  sought: number;
  notRetrieved: number;
  awaitingFullText: number;
  assessed: number;
  excludedFullText: { reason: string; count: number }[];
  excludedFullTextTotal: number;
  included: number;
  /** Record keys per box, so every number can be traced to its records. */
  boxes: Record<RecordBox, string[]>;
  /** Records found more than once (their extra sightings are the duplicates). */
  duplicateRecords: string[];
  flags: CountFlag[];
}

const NO_REASON = 'no reason given';

/**
 * The PRISMA 2020 numbers from the data.
 * - Identified, per database: for each counted search the count the database reported (or
 *   the records Saring saw from it, when higher or unknown); a record seen only on article
 *   pages, never in a logged search, counts once for each database it was seen on.
 * - Duplicates: sightings beyond the first of each record (the same study found again),
 *   and records an imported file held more than once.
 * - Removed before screening: by automation (the publication-window rule) and for other
 *   reasons (results the database reported that were never viewed).
 * - Screening, then full text: the final decision of each stage decides the box (the latest,
 *   or in dual screening the reviewers' agreement or a resolution).
 * Records seen only in searches marked as not counting are left out (box `uncounted`).
 */
export function computePrisma(records: ReviewRecord[], decisions: { screening: Map<string, Decision>; fullText: Map<string, Decision> }, searches: LoggedSearch[]): PrismaCounts {
  const counted = new Map(searches.filter((s) => s.counted).map((s) => [s.id, s]));
  const { screening, fullText } = decisions;
  const boxes = Object.fromEntries(RECORD_BOXES.map((b) => [b, [] as string[]])) as Record<RecordBox, string[]>;
  const linked = new Map<string, number>();
  const direct = new Map<string, number>();
  let sightings = 0;
  const duplicateRecords: string[] = [];
  let countedRecords = 0;
  const reasons = new Map<string, number>();

  for (const record of records) {
    const units = new Set<string>();
    for (const source of record.sources) if (source.searchId !== undefined && counted.has(source.searchId)) units.add(`s${source.searchId}`);
    // Opening an article page found by a search is following a link, not finding it again:
    // pages seen outside any search count only for records no counted search found.
    if (units.size === 0 && record.sources.every((s) => s.searchId === undefined)) {
      for (const source of record.sources) units.add(`d${source.database}`);
    }
    if (units.size === 0) {
      boxes.uncounted.push(record.key);
      continue;
    }
    countedRecords++;
    sightings += units.size;
    if (units.size > 1) duplicateRecords.push(record.key);
    for (const unit of units) {
      if (unit[0] === 's') linked.set(unit.slice(1), (linked.get(unit.slice(1)) ?? 0) + 1);
      else direct.set(unit.slice(1), (direct.get(unit.slice(1)) ?? 0) + 1);
    }
    const first = screening.get(record.key);
    if (first?.automatic && first.decision === 'exclude') boxes.removedAutomation.push(record.key);
    else if (!first || first.decision === 'maybe') boxes.awaitingScreening.push(record.key);
    else if (first.decision === 'exclude') boxes.excludedScreening.push(record.key);
    else {
      const second = fullText.get(record.key);
      if (second?.retrieved === false) boxes.notRetrieved.push(record.key);
      else if (!second || second.decision === 'maybe') boxes.awaitingFullText.push(record.key);
      else if (second.decision === 'include') boxes.included.push(record.key);
      else {
        boxes.excludedFullText.push(record.key);
        const reason = second.reason || NO_REASON;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
  }

  const perDatabase = new Map<string, DatabaseCount>();
  const add = (database: string, count: number, isSearch: boolean) => {
    const name = databaseName(database);
    const entry = perDatabase.get(name) ?? { database: name, count: 0, searches: 0 };
    entry.count += count;
    if (isSearch) entry.searches++;
    perDatabase.set(name, entry);
  };
  const flags: CountFlag[] = [];
  // Records an imported file held twice: duplicates, though they never became two records.
  let fileDuplicates = 0;
  for (const search of counted.values()) {
    const seen = linked.get(search.id) ?? 0;
    const reported = reportedCount(search);
    if (reported !== undefined && reported < seen) flags.push({ searchId: search.id, database: search.database, query: search.query, reported, seen });
    const identified = Math.max(reported ?? 0, seen);
    if (search.origin === 'import') fileDuplicates += Math.min(Math.max((search.recordCount ?? seen) - seen, 0), identified - seen);
    add(search.database, identified, true);
  }
  for (const [database, count] of direct) add(database, count, false);
  const identified = [...perDatabase.values()].sort((a, b) => b.count - a.count || a.database.localeCompare(b.database));
  const identifiedTotal = identified.reduce((n, d) => n + d.count, 0);

  const excludedFullText = [...reasons.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  const notRetrieved = boxes.notRetrieved.length;
  const included = boxes.included.length;
  const excludedFullTextTotal = boxes.excludedFullText.length;
  const sought = notRetrieved + included + excludedFullTextTotal;
  return {
    identified,
    identifiedTotal,
    duplicates: sightings - countedRecords + fileDuplicates,
    removedAutomation: boxes.removedAutomation.length,
    removedOther: identifiedTotal - sightings - fileDuplicates,
    screened: countedRecords - boxes.removedAutomation.length,
    excludedScreening: boxes.excludedScreening.length,
    awaitingScreening: boxes.awaitingScreening.length,
    sought,
    notRetrieved,
    awaitingFullText: boxes.awaitingFullText.length,
    assessed: sought - notRetrieved,
    excludedFullText,
    excludedFullTextTotal,
    included,
    boxes,
    duplicateRecords,
    flags,
  };
}
