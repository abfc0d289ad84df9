import type { Decision, LoggedSearch, Review } from '../model';
import { screenedCsvLines } from '../formats/screened-csv';
import { evidenceCsv } from '../formats/evidence-csv';
import type { CsvSeparator } from '../formats/csv-write';
import { serialiseRis } from '../formats/ris-write';
import { serialiseBibtex } from '../formats/bibtex-write';
import type { RecordRow } from './query';

export const EXPORT_SETS = ['all', 'include', 'exclude', 'maybe', 'undecided', 'filter'] as const;
export type ExportSet = (typeof EXPORT_SETS)[number];
export const EXPORT_FORMATS = ['csv', 'ris', 'bibtex', 'evidence'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The rows of a chosen set: everything, one decision, the undecided, or what the filter shows. */
export function exportRows(all: RecordRow[], filtered: RecordRow[], set: ExportSet): RecordRow[] {
  if (set === 'all') return all;
  if (set === 'filter') return filtered;
  if (set === 'undecided') return all.filter((r) => !r.decision);
  return all.filter((r) => r.decision?.decision === set);
}

/** The decision in words for the note field of RIS and BibTeX (one line, machine-readable too). */
export function decisionNote(decision: Decision | undefined, review: Review): string {
  if (!decision) return `Saring (${review.title}): undecided`;
  const parts = [`Saring (${review.title}): ${decision.decision}`];
  if (decision.reason) parts.push(`reason: ${decision.reason}`);
  if (decision.note) parts.push(`note: ${decision.note}`);
  if (decision.reviewer) parts.push(`by ${decision.reviewer}`);
  parts.push(`at ${new Date(decision.decidedAt).toISOString()}`);
  return parts.join('; ');
}

export interface ExportFile {
  fileName: string;
  mime: string;
  /** The file's text in parts (a large CSV line by line): joined, it is the whole file. */
  parts: string[];
}

/**
 * Build one export file of a set of rows. The evidence table holds included studies only. The two
 * CSVs are separated by `separator`, the reviewer's choice in Settings (RIS and BibTeX ignore it).
 */
export function buildExport(
  format: ExportFormat,
  rows: (RecordRow & { reviewers?: Map<string, Decision> })[],
  review: Review,
  searches: LoggedSearch[],
  slug: string,
  separator: CsvSeparator,
): ExportFile {
  switch (format) {
    case 'csv':
      return { fileName: `${slug}.csv`, mime: 'text/csv;charset=utf-8', parts: screenedCsvLines(rows, review, searches, { team: review.mode !== 'single', separator }) };
    case 'ris':
      return {
        fileName: `${slug}.ris`,
        mime: 'application/x-research-info-systems;charset=utf-8',
        parts: [serialiseRis(rows.map((r) => ({ article: r.record.article, note: decisionNote(r.decision, review) })))],
      };
    case 'bibtex':
      return {
        fileName: `${slug}.bib`,
        mime: 'application/x-bibtex;charset=utf-8',
        parts: [serialiseBibtex(rows.map((r) => ({ article: r.record.article, note: decisionNote(r.decision, review) })))],
      };
    case 'evidence':
      return {
        fileName: `${slug}-evidence.csv`,
        mime: 'text/csv;charset=utf-8',
        parts: [
          evidenceCsv(
            rows.filter((r) => r.decision?.decision === 'include').map((r) => r.record),
            separator,
          ),
        ],
      };
  }
}
