import { databaseName, methodOf, reportedCount, type Decision, type LoggedSearch, type OtherMethod, type ReviewRecord } from '../model';
import { boxOf, otherBoxOf, RECORD_BOXES, type RecordBox } from './boxes';
import { studiesOf } from './studies';
import { otherColumn, otherMethodOf, otherMethodSearches, reportsOf, type OtherColumn, type ReportCounts } from './other-methods';

export { boxOf, isAwaitingFullTextBox, isIncludedBox, RECORD_BOXES, type RecordBox } from './boxes';

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

/** The databases' column, the reports it sought (ReportCounts) and the one "included" box. */
export interface PrismaCounts extends ReportCounts {
  identified: DatabaseCount[];
  identifiedTotal: number;
  duplicates: number;
  removedAutomation: number;
  /** Removed for other reasons: `removedNotViewed` and `removedDeleted` together. */
  removedOther: number;
  /** Results the databases reported that were never looked at (beyond the pages viewed). */
  removedNotViewed: number;
  /** Records the reviewer deleted in Saring before screening them. */
  removedDeleted: number;
  screened: number;
  excludedScreening: number;
  awaitingScreening: number;
  /** Studies included in review: of both columns (PRISMA 2020 draws one box); see studiesOf. */
  included: number;
  /** Reports of included studies: the records of that box (more than `included` when a study has several). */
  includedReports: number;
  /** The column "via other methods" (citation searching, websites…); empty when none counts. */
  other: OtherColumn;
  /** Record keys per box, so every number can be traced to its records. */
  boxes: Record<RecordBox, string[]>;
  /** Records of the `uncounted` box whose decisions would put them among the included studies. */
  uncountedIncluded: number;
  /** Records found more than once (their extra sightings are the duplicates). */
  duplicateRecords: string[];
  flags: CountFlag[];
}

/**
 * What the diagram needs beyond the records it shows: the records the reviewer deleted (removed
 * for other reasons), and how many stored records carry each search before merges and deletions
 * (a search's records merged into one another are its duplicates: Google Scholar lists one
 * study twice, as its journal page and its repository copy).
 */
export interface RemovedRecords {
  deleted: ReviewRecord[];
  storedPerSearch: Map<string, number>;
}

const NOTHING_REMOVED: RemovedRecords = { deleted: [], storedPerSearch: new Map() };

/** Where a record was found: each counted search once, or (found by no search) each database. */
function unitsOf(record: ReviewRecord, counted: Map<string, LoggedSearch>): Set<string> {
  const units = new Set<string>();
  for (const source of record.sources) if (source.searchId !== undefined && counted.has(source.searchId)) units.add(`s${source.searchId}`);
  // Opening an article page found by a search is following a link, not finding it again:
  // pages seen outside any search count only for records no counted search found.
  if (units.size === 0 && record.sources.every((s) => s.searchId === undefined)) {
    for (const source of record.sources) units.add(`d${source.database}`);
  }
  return units;
}

const identifiedTotal = (identified: DatabaseCount[]) => identified.reduce((n, d) => n + d.count, 0);

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The records' side of the diagram: the boxes, sightings per search and per database, reasons. */
function countRecords(
  records: ReviewRecord[],
  deleted: ReviewRecord[],
  decisions: { screening: Map<string, Decision>; fullText: Map<string, Decision> },
  counted: Map<string, LoggedSearch>,
  others: Map<string, OtherMethod>,
) {
  const boxes = Object.fromEntries(RECORD_BOXES.map((b) => [b, [] as string[]])) as Record<RecordBox, string[]>;
  const tally = {
    linked: new Map<string, number>(),
    direct: new Map<string, number>(),
    reasons: new Map<string, number>(),
    sightings: 0,
    countedRecords: 0,
    duplicateRecords: [] as string[],
    uncountedIncluded: 0,
    methods: new Map<OtherMethod, number>(),
    otherReasons: new Map<string, number>(),
  };
  // Found by no database search but by another method: that column's box (its exclusions' reasons apart).
  const placedOther = (record: ReviewRecord, box: RecordBox): boolean => {
    const method = otherMethodOf(record, others);
    if (!method) return false;
    bump(tally.methods, method);
    boxes[otherBoxOf(box)].push(record.key);
    if (box === 'excludedFullText') bump(tally.otherReasons, decisions.fullText.get(record.key)?.reason ?? '');
    return true;
  };
  const sighted = (record: ReviewRecord): boolean => {
    const units = unitsOf(record, counted);
    tally.sightings += units.size;
    if (units.size > 1) tally.duplicateRecords.push(record.key);
    for (const unit of units) bump(unit[0] === 's' ? tally.linked : tally.direct, unit.slice(1));
    return units.size > 0;
  };
  for (const record of records) {
    const box = boxOf(decisions.screening.get(record.key), decisions.fullText.get(record.key));
    if (!sighted(record)) {
      if (placedOther(record, box)) continue;
      boxes.uncounted.push(record.key);
      if (box === 'included') tally.uncountedIncluded++;
      continue;
    }
    tally.countedRecords++;
    boxes[box].push(record.key);
    // No reason: '' (the diagram says so in the reviewer's language).
    if (box === 'excludedFullText') bump(tally.reasons, decisions.fullText.get(record.key)?.reason ?? '');
  }
  // A deleted record found by a counted search was identified, then removed before screening.
  for (const record of deleted) {
    if (sighted(record)) boxes.deleted.push(record.key);
    else placedOther(record, 'deleted');
  }
  return { boxes, ...tally };
}

/** Records identified per database (the larger of what a search reported and what was seen), with flags. */
function countDatabases(counted: Map<string, LoggedSearch>, linked: Map<string, number>, direct: Map<string, number>, storedPerSearch: Map<string, number>) {
  const perDatabase = new Map<string, DatabaseCount>();
  const add = (database: string, count: number, isSearch: boolean) => {
    const name = databaseName(database);
    const entry = perDatabase.get(name) ?? { database: name, count: 0, searches: 0 };
    entry.count += count;
    if (isSearch) entry.searches++;
    perDatabase.set(name, entry);
  };
  const flags: CountFlag[] = [];
  // Duplicates within one search: records an imported file held twice (they never became two
  // records), and records of one search merged into one another.
  let fileDuplicates = 0;
  for (const search of counted.values()) {
    const joined = linked.get(search.id) ?? 0;
    const stored = Math.max(storedPerSearch.get(search.id) ?? joined, joined);
    // Any search with a file's count: an import, or a search entered by hand a file was attached to.
    const inFile = Math.max((search.recordCount ?? stored) - stored, 0);
    const seen = stored + inFile;
    const reported = reportedCount(search);
    if (reported !== undefined && reported < stored) flags.push({ searchId: search.id, database: search.database, query: search.query, reported, seen: stored });
    fileDuplicates += seen - joined;
    add(search.database, Math.max(reported ?? 0, seen), true);
  }
  for (const [database, count] of direct) add(database, count, false);
  const identified = [...perDatabase.values()].sort((a, b) => b.count - a.count || a.database.localeCompare(b.database));
  return { identified, flags, fileDuplicates };
}

/**
 * The PRISMA 2020 numbers from the data.
 * - Identified, per database: for each counted search the count the database reported (or
 *   the records Saring saw from it, when higher or unknown); a record seen only on article
 *   pages, never in a logged search, counts once for each database it was seen on.
 * - Duplicates: sightings beyond the first of each record (the same study found again),
 *   records an imported file held more than once, and records of one search merged.
 * - Removed before screening: by automation (the publication-window rule) and for other
 *   reasons (records the reviewer deleted; results the database reported that were never viewed).
 * - Screening, then full text: the final decision of each stage decides the box (the latest,
 *   or in dual screening the reviewers' agreement or a resolution).
 * Records found by no counted database search but by a counted search of another method
 * (citation searching, websites…) go to that column (lib/prisma/other-methods.ts). Records seen
 * only in searches marked as not counting are left out (box `uncounted`).
 */
export function computePrisma(
  records: ReviewRecord[],
  decisions: { screening: Map<string, Decision>; fullText: Map<string, Decision> },
  searches: LoggedSearch[],
  removed: RemovedRecords = NOTHING_REMOVED,
): PrismaCounts {
  const counted = new Map(searches.filter((s) => s.counted && methodOf(s) === 'databases').map((s) => [s.id, s]));
  const others = otherMethodSearches(searches);
  const { boxes, linked, direct, reasons, sightings, countedRecords, duplicateRecords, uncountedIncluded, methods, otherReasons } = countRecords(
    records,
    removed.deleted,
    decisions,
    counted,
    others,
  );
  const other = otherColumn(boxes, methods, otherReasons, searches, others);
  const { identified, flags, fileDuplicates } = countDatabases(counted, linked, direct, removed.storedPerSearch);
  const removedDeleted = boxes.deleted.length;
  const removedNotViewed = identifiedTotal(identified) - sightings - fileDuplicates;
  const reports = reportsOf(boxes, reasons);
  return {
    identified,
    identifiedTotal: identifiedTotal(identified),
    duplicates: sightings - countedRecords - removedDeleted + fileDuplicates,
    removedAutomation: boxes.removedAutomation.length,
    removedOther: removedNotViewed + removedDeleted,
    removedNotViewed,
    removedDeleted,
    screened: countedRecords - boxes.removedAutomation.length,
    excludedScreening: boxes.excludedScreening.length,
    awaitingScreening: boxes.awaitingScreening.length,
    ...reports,
    included: studiesOf(records, [...boxes.included, ...boxes.otherIncluded]),
    includedReports: reports.included + other.included,
    other,
    boxes,
    uncountedIncluded,
    duplicateRecords,
    flags,
  };
}

/** Each record's box, by key (a record in none is neither shown nor deleted). */
export function boxByKey(counts: Pick<PrismaCounts, 'boxes'>): Map<string, RecordBox> {
  const byKey = new Map<string, RecordBox>();
  for (const box of RECORD_BOXES) for (const key of counts.boxes[box]) byKey.set(key, box);
  return byKey;
}

/** The diagram of a review as the dashboard folds it (lib/review/derive.ts): its final decisions of both stages. */
export function prismaOfReview(state: {
  records: ReviewRecord[];
  deleted: ReviewRecord[];
  storedPerSearch: Map<string, number>;
  screening: { final: Map<string, Decision> };
  fullTextStage: { final: Map<string, Decision> };
  searches: LoggedSearch[];
}): PrismaCounts {
  const { records, deleted, storedPerSearch, screening, fullTextStage, searches } = state;
  return computePrisma(records, { screening: screening.final, fullText: fullTextStage.final }, searches, { deleted, storedPerSearch });
}
