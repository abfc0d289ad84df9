import { STAGES, type Decision, type ReviewRecord, type Stage } from '../model';
import type { StageDecisions } from '../review/decisions';
import { decidedByText } from '../review/decisions';
import { writeCsv, type CsvSeparator } from './csv-write';

/**
 * The screening decisions of every reviewer, one row per record and stage that anyone
 * decided: the data behind the agreement figures, for a methods section or a re-analysis.
 * One column per reviewer (named as they went by), then whether all who decided agree, and
 * the final decision with who made it. `separator`: the reviewer's choice in Settings.
 */
export function agreementCsv(records: ReviewRecord[], stages: Record<Stage, StageDecisions>, reviewers: Map<string, string>, separator: CsvSeparator = ','): string {
  const people = [...reviewers.keys()].filter((id) => STAGES.some((s) => [...stages[s].byReviewer.values()].some((m) => m.has(id))));
  people.sort((a, b) => (reviewers.get(a) ?? a).localeCompare(reviewers.get(b) ?? b) || a.localeCompare(b));
  const name = (id: string) => reviewers.get(id) || id.slice(0, 6);
  const header = ['key', 'title', 'stage', ...people.map(name), 'all_agree', 'final_decision', 'final_reason', 'final_decided_by'];
  const rows: string[][] = [];
  for (const stage of STAGES) {
    const folded = stages[stage];
    for (const record of records) {
      const perReviewer = folded.byReviewer.get(record.key);
      const final: Decision | undefined = folded.final.get(record.key);
      if (!perReviewer && !final) continue;
      const verdicts = people.map((id) => perReviewer?.get(id)?.decision ?? '');
      const given = verdicts.filter(Boolean);
      rows.push([
        record.key,
        record.article.title,
        stage,
        ...verdicts,
        given.length < 2 ? '' : new Set(given).size === 1 ? 'yes' : 'no',
        final?.decision ?? '',
        final?.reason ?? '',
        decidedByText(final),
      ]);
    }
  }
  return writeCsv(header, rows, separator);
}
