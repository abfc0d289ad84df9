import type { Evidence, ReviewRecord } from '../model';
import { writeCsv, type CsvSeparator } from './csv-write';
import { titleWithOriginal } from './translated';
import { currentKeys, reportOfKey } from '../prisma/studies';

/** The evidence table of included studies: what a literature review prints, one study per row. */
export const EVIDENCE_CSV_COLUMNS = [
  'key',
  'authors',
  'year',
  'title',
  'journal',
  'doi',
  'study_design',
  'sample_size',
  'setting',
  'intervention',
  'comparison',
  'outcome_measure',
  'main_result',
  'notes',
  // The kind of publication (lib/model/article-type.ts), last: the columns before it keep their place.
  'type',
  // Another report of the study of the record under this key (PRISMA's reports of included studies).
  'report_of',
] as const;

const FIELD: Record<string, keyof Evidence> = {
  study_design: 'studyDesign',
  sample_size: 'sampleSize',
  setting: 'setting',
  intervention: 'intervention',
  comparison: 'comparison',
  outcome_measure: 'outcomeMeasure',
  main_result: 'mainResult',
  notes: 'notes',
};

/** `separator`: the reviewer's choice in Settings (comma by default). */
export function evidenceCsv(records: ReviewRecord[], separator: CsvSeparator = ','): string {
  const current = currentKeys(records);
  return writeCsv(
    EVIDENCE_CSV_COLUMNS,
    records.map((record) => {
      const a = record.article;
      const base: Record<string, string> = {
        key: record.key,
        authors: a.authors.join('; '),
        year: a.year !== undefined ? String(a.year) : '',
        title: titleWithOriginal(a),
        journal: a.journal ?? '',
        doi: a.doi ?? '',
        type: a.type ?? '',
        report_of: reportOfKey(record, current),
      };
      return EVIDENCE_CSV_COLUMNS.map((c) => base[c] ?? record.evidence?.[FIELD[c]] ?? '');
    }),
    separator,
  );
}
