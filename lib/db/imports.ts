import { ArticleSchema, isChecked, type Article, type ReviewEvent, type ScreeningMode } from '../model';
import { foldDecisions } from '../review/decisions';
import { foldGroups } from '../review/groups';
import { recordsView } from '../review/records-view';
import { db, type StoredRecord } from './schema';
import { allRecords, recordTables } from './record-store';
import { validate } from './errors';
import { storeSeen } from './records';
import { certainMerges } from './merges';
import { appendEvents, EVENT_TABLES, listEvents, newId } from './events';
import { importSearchDraft } from './searches';
import { foldSearches } from '../review/searches';

/**
 * What the search log records of an imported file: its database, name and format; the
 * fingerprint of its records (lib/review/import-overlap.ts), by which a later import of the same
 * file is found; and the search entered by hand that the reviewer chose to attach it to, if any.
 */
export interface ImportedFile {
  database: string;
  fileName: string;
  format: string;
  fingerprint?: string;
  attachTo?: string;
}

export interface ImportSummary {
  searchId: string;
  /** Records in the file. */
  read: number;
  /** New records in the review. */
  added: number;
  /** Records of the file that joined a record the review already held (or another of the file). */
  merged: number;
}

/**
 * Put an imported file's records into a review as undecided records, in ONE transaction:
 * the search log entry, the records (each joined to the record it certainly duplicates, by
 * key and then by lib/dedup's rules over the whole review, as merge events) — all of it or
 * nothing. Records are written in chunks so the page can show progress.
 */
export async function importRecords(
  reviewId: string,
  file: ImportedFile,
  articles: Article[],
  onProgress: (done: number, total: number) => void = () => undefined,
  now = Date.now(),
): Promise<ImportSummary> {
  // Articles the export readers or ArticleSchema made are valid already (lib/model/checked.ts).
  const valid = articles.map((a, i) => (isChecked(a) ? a : validate(ArticleSchema, a, `Record ${i + 1} of ${file.fileName} not imported`)));
  const d = db();
  return d.transaction('rw', [...recordTables(d), ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    // What the review holds already, read once: duplicate detection runs over all of it.
    const [existing, events, review] = await Promise.all([allRecords(d, reviewId), listEvents(reviewId), d.reviews.get(reviewId)]);
    // Attached to a search entered by hand (still in the log): the records carry its id and it stays one search.
    const attachTo = file.attachTo ? foldSearches(events).find((s) => s.id === file.attachTo && s.origin === 'manual') : undefined;
    const searchId = attachTo?.id ?? newId();
    const stored = await storeSeen(reviewId, valid, { database: file.database, fileName: file.fileName, searchId }, now, onProgress);
    const written = new Set(stored.records.map((r) => r.key));
    const docs: StoredRecord[] = [...existing.filter((r) => !written.has(r.key)), ...stored.records];
    // Same study under different keys (a Scholar row, the same paper with a DOI): merge it now.
    const { drafts, gone } = mergesFor(docs, events, review?.mode ?? 'single');
    await appendEvents(reviewId, [importSearchDraft(searchId, file, valid.length, attachTo), ...drafts], now);
    const had = new Set(existing.map((r) => r.key));
    const goneSet = new Set(gone);
    const added = [...written].filter((key) => !had.has(key) && !goneSet.has(key)).length;
    return { searchId, read: valid.length, added, merged: valid.length - added };
  });
}

/** The merges of the certain duplicates among a review's records, as the review shows them. */
function mergesFor(docs: StoredRecord[], events: ReviewEvent[], mode: ScreeningMode) {
  const groups = foldGroups(events);
  const decided = foldDecisions(events, groups, mode, 'screening');
  const view = recordsView(docs, groups, events);
  return certainMerges(view, new Set([...decided.final.keys(), ...decided.byReviewer.keys()]), groups.separations);
}

/**
 * Merge every group of records that are certainly one study (lib/dedup's rules), from the
 * dashboard; returns the number of records merged away.
 */
export async function mergeCertainDuplicates(reviewId: string, now = Date.now()): Promise<number> {
  const d = db();
  return d.transaction('rw', [...recordTables(d), ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    const [docs, events, review] = await Promise.all([allRecords(d, reviewId), listEvents(reviewId), d.reviews.get(reviewId)]);
    const { drafts, gone } = mergesFor(docs, events, review?.mode ?? 'single');
    await appendEvents(reviewId, drafts, now);
    return gone.length;
  });
}

// The Cochrane Library's files (its RIS, BibTeX and plain text) hold CENTRAL's trials, Cochrane
// reviews or both: named by their records' ids (cochraneDatabase), as the search log and PRISMA list them.
const COCHRANE = 'Cochrane Library';

/** The Cochrane Library's database of these records: CENTRAL when every id is a trial's (CN-…), the reviews' when every one is a review's (CD…). */
function cochraneDatabase(articles: Article[]): string {
  const ids = articles.map((a) => a.sourceId ?? '');
  if (!ids.length) return COCHRANE;
  if (ids.every((id) => id.startsWith('CN-'))) return 'Cochrane CENTRAL';
  if (ids.every((id) => id.startsWith('CD'))) return 'Cochrane Database of Systematic Reviews';
  return COCHRANE;
}

/** Where the records link to, when nothing else names the database. */
const LINKED: [RegExp, string][] = [
  [/scopus\.com/, 'Scopus'],
  [/garuda\.(kemdikbud|kemdiktisaintek)\.go\.id/, 'Garuda'],
  [/embase\.com/, 'Embase'],
  [/cochranelibrary\.com/, COCHRANE],
  [/app\.dimensions\.ai/, 'Dimensions'],
  [/ebscohost\.com/, 'EBSCO'],
];

/** The database an export most likely came from, for the search log (the reviewer can change it). */
export function guessDatabase(format: string, dialect: string | undefined, fileName: string, articles: Article[]): string {
  const name = fileName.toLowerCase();
  const known: [RegExp, string][] = [
    [/scopus/, 'Scopus'],
    [/pubmed|medline|nbib/, 'PubMed'],
    [/embase/, 'Embase'],
    [/wos|web.?of.?science|savedrecs/, 'Web of Science'],
    [/scholar|gs_/, 'Google Scholar'],
    [/garuda/, 'Garuda'],
    [/cinahl/, 'CINAHL'],
    [/proquest/, 'ProQuest'],
    [/sciencedirect|science.?direct/, 'ScienceDirect'],
    [/psycinfo|ovid/, 'Ovid'],
    [/rayyan/, 'Rayyan'],
    [/cochrane/, COCHRANE],
    [/dimensions/, 'Dimensions'],
    [/^lens|lens\.org/, 'Lens.org'],
    [/ebsco/, 'EBSCO'],
    [/openalex/, 'OpenAlex'],
  ];
  const named = (database: string) => (database === COCHRANE ? cochraneDatabase(articles) : database);
  for (const [pattern, database] of known) if (pattern.test(dialect ?? '') || pattern.test(name)) return named(database);
  if (format === 'medline' || format === 'pubmed-xml') return 'PubMed';
  // Not any tab-delimited file: Excel's "Unicode text" and Zotero save those too.
  if (format === 'wos') return 'Web of Science';
  if (format === 'cochrane-text') return cochraneDatabase(articles);
  for (const [host, database] of LINKED) if (articles.some((a) => host.test(a.url))) return named(database);
  return 'Imported file';
}
