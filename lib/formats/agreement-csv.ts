import { STAGES, type Decision, type ReviewRecord, type ScreeningMode, type Stage } from '../model';
import type { StageDecisions } from '../review/decisions';
import { decidedByText } from '../review/decisions';
import { visibleDecisions } from '../review/status';
import { agreementAnswer } from '../review/full-text';
import { writeCsv, type CsvSeparator } from './csv-write';

/** Who exports, in which screening mode: what of the others' decisions they may see. */
export interface AgreementViewer {
  mode: ScreeningMode;
  /** The exporting reviewer's id. */
  me: string;
}

/**
 * The screening decisions of every reviewer, one row per record and stage that anyone
 * decided: the data behind the agreement figures, for a methods section or a re-analysis.
 * One column per reviewer (named as they went by), then whether all who decided agree, and
 * the final decision with who made it. `separator`: the reviewer's choice in Settings.
 * `viewer`: in blind screening the others' decisions on a record are written only once it is
 * revealed to the exporting reviewer (both decided, or a final decision), and a record only
 * others decided has no row — README: blind mode keeps them out of exports, this file too.
 */
export function agreementCsv(
  records: ReviewRecord[],
  stages: Record<Stage, StageDecisions>,
  reviewers: Map<string, string>,
  separator: CsvSeparator = ',',
  viewer?: AgreementViewer,
): string {
  const visible = (stage: Stage, key: string) => (viewer ? visibleDecisions(viewer.mode, viewer.me, key, stages[stage]) : stages[stage].byReviewer.get(key));
  const entries = STAGES.flatMap((stage) =>
    records.flatMap((record) => {
      const perReviewer = visible(stage, record.key);
      const final: Decision | undefined = stages[stage].final.get(record.key);
      return perReviewer || final ? [{ record, stage, perReviewer, final }] : [];
    }),
  );
  const people = [...reviewers.keys()].filter((id) => entries.some((e) => e.perReviewer?.has(id)));
  people.sort((a, b) => (reviewers.get(a) ?? a).localeCompare(reviewers.get(b) ?? b) || a.localeCompare(b));
  const name = (id: string) => reviewers.get(id) || id.slice(0, 6);
  const header = ['key', 'title', 'stage', ...people.map(name), 'all_agree', 'final_decision', 'final_reason', 'final_decided_by'];
  const rows = entries.map(({ record, stage, perReviewer, final }) => {
    const decided = people.map((id) => perReviewer?.get(id));
    // Agreement as the review counts it: at full text "not retrieved" and each exclusion reason too.
    const given = decided.filter((d): d is Decision => !!d).map(agreementAnswer);
    return [
      record.key,
      record.article.title,
      stage,
      ...decided.map((d) => d?.decision ?? ''),
      given.length < 2 ? '' : new Set(given).size === 1 ? 'yes' : 'no',
      final?.decision ?? '',
      final?.reason ?? '',
      decidedByText(final),
    ];
  });
  return writeCsv(header, rows, separator);
}
