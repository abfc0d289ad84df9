import { ArticleSchema, type Article } from '../model';
import { db, recordsOf } from './schema';
import { validate } from './errors';
import { storeSeen } from './records';
import { mergeDuplicatesAmong } from './merges';

export interface ImportSummary {
  searchId: number;
  /** Records in the file. */
  read: number;
  /** New records in the review. */
  added: number;
  /** Records of the file that joined a record the review already held (or another of the file). */
  merged: number;
}

/**
 * Put an imported file's records into a review as undecided records, in ONE transaction:
 * the search log entry, the records (each merged into the record it certainly duplicates,
 * by key and then by lib/dedup's rules over the whole review) — all of it or nothing.
 * Records are written in chunks so the page can show progress.
 */
export async function importRecords(
  reviewId: string,
  file: { database: string; fileName: string; format: string },
  articles: Article[],
  onProgress: (done: number, total: number) => void = () => undefined,
  now = Date.now(),
): Promise<ImportSummary> {
  const valid = articles.map((a, i) => validate(ArticleSchema, a, `Record ${i + 1} of ${file.fileName} not imported`));
  const d = db();
  return d.transaction('rw', [d.records, d.searches, d.decisions, d.merges, d.separations], async () => {
    // What the review holds already, read once: duplicate detection runs over all of it.
    const existing = await recordsOf(d, reviewId).toArray();
    const searchId = await d.searches.add({
      reviewId,
      database: file.database,
      query: '',
      url: '',
      filters: {},
      pages: [],
      at: now,
      origin: 'import',
      counted: true,
      fileName: file.fileName,
      recordCount: valid.length,
      note: `${file.format.toUpperCase()} file`,
    });
    const stored = await storeSeen(reviewId, valid, { database: file.database, fileName: file.fileName, searchId }, now, onProgress);
    const written = new Set(stored.records.map((r) => r.key));
    const records = [...existing.filter((r) => !written.has(r.key)), ...stored.records];
    // Same study under different keys (a Scholar row, the same paper with a DOI): merge it now.
    const gone = new Set(await mergeDuplicatesAmong(reviewId, records, now));
    const had = new Set(existing.map((r) => r.key));
    const added = [...written].filter((key) => !had.has(key) && !gone.has(key)).length;
    return { searchId, read: valid.length, added, merged: valid.length - added };
  });
}

/** The database an export most likely came from, for the search log (the reviewer can change it). */
export function guessDatabase(format: string, dialect: string | undefined, fileName: string, articles: Article[]): string {
  const name = fileName.toLowerCase();
  const known: [RegExp, string][] = [
    [/scopus/, 'Scopus'], [/pubmed|medline|nbib/, 'PubMed'], [/embase/, 'Embase'], [/wos|web.?of.?science|savedrecs/, 'Web of Science'],
    [/scholar|gs_/, 'Google Scholar'], [/garuda/, 'Garuda'], [/cinahl/, 'CINAHL'], [/proquest/, 'ProQuest'], [/sciencedirect|science.?direct/, 'ScienceDirect'],
    [/psycinfo|ovid/, 'Ovid'], [/rayyan/, 'Rayyan'],
  ];
  for (const [pattern, database] of known) if (pattern.test(dialect ?? '') || pattern.test(name)) return database;
  if (format === 'medline') return 'PubMed';
  if (format === 'wos' || format === 'tsv') return 'Web of Science';
  if (articles.some((a) => /scopus\.com/.test(a.url))) return 'Scopus';
  if (articles.some((a) => /garuda\.(kemdikbud|kemdiktisaintek)\.go\.id/.test(a.url))) return 'Garuda';
  return 'Imported file';
}
