// Labelled screening datasets in the common layout (ASReview's systematic-review-datasets,
// SYNERGY): a CSV with `title`, `abstract` and `label_included` (1 / 0); other columns ignored.
import Papa from 'papaparse';
import type { LabelledRecord } from './simulate';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

function column(headers: string[], name: string, required: boolean): number {
  const at = headers.findIndex((h) => h.trim().toLowerCase() === name);
  if (at < 0 && required) {
    throw new DatasetError(`no "${name}" column (the columns are: ${headers.map((h) => `"${h}"`).join(', ') || 'none'})`);
  }
  return at;
}

/** The records of a dataset file; throws a DatasetError naming what is wrong. */
export function parseDataset(text: string): LabelledRecord[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  const label = column(headers, 'label_included', true);
  const title = column(headers, 'title', true);
  const abstract = column(headers, 'abstract', false);
  const keywords = column(headers, 'keywords', false);
  return rows.map((cells, i) => {
    const value = (cells[label] ?? '').trim();
    if (value !== '1' && value !== '0') {
      throw new DatasetError(`record ${i + 1}: label_included is "${value.slice(0, 20)}", not 1 or 0`);
    }
    return {
      title: cells[title] ?? '',
      abstract: abstract >= 0 ? cells[abstract] : undefined,
      keywords: keywords >= 0 && cells[keywords] ? cells[keywords].split(/;\s*/) : undefined,
      included: value === '1',
    };
  });
}
