import type { Decision, LoggedSearch, Review } from '../model';
import { boxOfRow, screenedCsvLines } from '../formats/screened-csv';
import { evidenceCsv } from '../formats/evidence-csv';
import type { CsvSeparator } from '../formats/csv-write';
import { serialiseRis } from '../formats/ris-write';
import { serialiseBibtex } from '../formats/bibtex-write';
import { isAwaitingFullTextBox, isIncludedBox, type RecordBox } from '../prisma/boxes';
import type { RecordRow } from './query';
import type { ReviewState } from './derive';
import { visibleDecisions } from './status';

/**
 * The sets a reviewer can export. `include` is what was included at title/abstract (still the
 * set's name, as before); `included-in-review` is what the PRISMA diagram counts as "Studies
 * included in review": included at title/abstract and found eligible at full text (boxOf).
 */
export const EXPORT_SETS = ['all', 'include', 'included-in-review', 'exclude', 'maybe', 'undecided', 'filter'] as const;
export type ExportSet = (typeof EXPORT_SETS)[number];
export const EXPORT_FORMATS = ['csv', 'ris', 'bibtex', 'evidence'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A row as the exports write it: the final decision of each stage, and the reviewers' decisions the exporting reviewer may see. */
export interface ExportRow extends RecordRow {
  /** The final full-text decision, if any. */
  fullText?: Decision;
  /** Its box in the review's PRISMA diagram (absent: the box its decisions give, boxOf). */
  box?: RecordBox;
  /** Dual screening: each reviewer's title/abstract decision this reviewer may see, by reviewer id. */
  reviewers?: Map<string, Decision>;
}

/** Whether PRISMA counts the row among the studies included in the review (never one the diagram leaves out). */
export const includedInReview = (row: Pick<ExportRow, 'decision' | 'fullText' | 'box'>): boolean => isIncludedBox(boxOfRow(row));

/**
 * A row of the evidence table: a study included in the review, or one included at title/abstract
 * whose evidence was filled in before its full-text decision (the form is open from then on: what
 * was entered is not left out of the table without a word).
 */
const evidenceRow = (row: ExportRow): boolean =>
  includedInReview(row) || (isAwaitingFullTextBox(boxOfRow(row)) && Object.values(row.record.evidence ?? {}).some((value) => !!value));

/**
 * The rows as the exports take them, whatever this reviewer sees in the table: the final
 * decision of each stage (in dual screening: agreed or resolved), and in team modes the
 * reviewers' decisions — in blind screening only the exporting reviewer's own until the record is
 * revealed (decisionView: both decided, or a final decision), as the records table shows them.
 */
export function exportRowsOf(state: Pick<ReviewState, 'review' | 'me' | 'screening' | 'fullTextStage'>, rows: readonly RecordRow[], boxes?: Map<string, RecordBox>): ExportRow[] {
  const { review, me, screening, fullTextStage } = state;
  return rows.map((r) => {
    const key = r.record.key;
    const row: ExportRow = { ...r, decision: screening.final.get(key), fullText: fullTextStage.final.get(key), box: boxes?.get(key) };
    if (review.mode !== 'single') row.reviewers = visibleDecisions(review.mode, me.id, key, screening);
    return row;
  });
}

/** The rows of a chosen set: everything, one title/abstract decision, those included in the review, the undecided, or what the filter shows. */
export function exportRows<R extends ExportRow>(all: R[], filtered: R[], set: ExportSet): R[] {
  if (set === 'all') return all;
  if (set === 'filter') return filtered;
  if (set === 'undecided') return all.filter((r) => !r.decision);
  if (set === 'included-in-review') return all.filter(includedInReview);
  return all.filter((r) => r.decision?.decision === set);
}

/**
 * The decisions in words for the note field of RIS and BibTeX (one line, machine-readable too):
 * the title/abstract decision, then the full-text one when there is one
 * ("…: include; by Ani; at …; full text: exclude; full-text reason: wrong outcome").
 */
export function decisionNote(decision: Decision | undefined, review: Review, fullText?: Decision): string {
  if (!decision) return `Saring (${review.title}): undecided`;
  const parts = [`Saring (${review.title}): ${decision.decision}`];
  if (decision.reason) parts.push(`reason: ${decision.reason}`);
  if (decision.note) parts.push(`note: ${decision.note}`);
  if (decision.reviewer) parts.push(`by ${decision.reviewer}`);
  parts.push(`at ${new Date(decision.decidedAt).toISOString()}`);
  if (fullText) parts.push(...fullTextNote(fullText));
  return parts.join('; ');
}

/** The full-text decision's parts of the note: "not retrieved" for a report that could not be had. */
function fullTextNote(fullText: Decision): string[] {
  if (fullText.retrieved === false) return ['full text: not retrieved'];
  const parts = [`full text: ${fullText.decision}`];
  if (fullText.reason) parts.push(`full-text reason: ${fullText.reason}`);
  if (fullText.note) parts.push(`full-text note: ${fullText.note}`);
  return parts;
}

export interface ExportFile {
  fileName: string;
  mime: string;
  /** The file's text in parts (a large CSV line by line): joined, it is the whole file. */
  parts: string[];
}

/**
 * Build one export file of a set of rows. The evidence table holds those of them included in the
 * review (the PRISMA diagram's "Studies included": eligible at full text), never a study excluded
 * or not retrieved at full text or one the diagram leaves out, and those awaiting their full text
 * whose evidence was filled in (evidenceRow). The two CSVs are separated by `separator`, the reviewer's choice in Settings (RIS and BibTeX ignore it).
 */
export function buildExport(format: ExportFormat, rows: ExportRow[], review: Review, searches: LoggedSearch[], slug: string, separator: CsvSeparator): ExportFile {
  const noted = () => rows.map((r) => ({ article: r.record.article, note: decisionNote(r.decision, review, r.fullText) }));
  switch (format) {
    case 'csv':
      return { fileName: `${slug}.csv`, mime: 'text/csv;charset=utf-8', parts: screenedCsvLines(rows, review, searches, { team: review.mode !== 'single', separator }) };
    case 'ris':
      return { fileName: `${slug}.ris`, mime: 'application/x-research-info-systems;charset=utf-8', parts: [serialiseRis(noted())] };
    case 'bibtex':
      return { fileName: `${slug}.bib`, mime: 'application/x-bibtex;charset=utf-8', parts: [serialiseBibtex(noted())] };
    case 'evidence':
      return {
        fileName: `${slug}-evidence.csv`,
        mime: 'text/csv;charset=utf-8',
        parts: [
          evidenceCsv(
            rows.filter(evidenceRow).map((r) => r.record),
            separator,
          ),
        ],
      };
  }
}
