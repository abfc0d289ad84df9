// Real exports: the citefmt__baseline_* files read from ../shared/fixtures (never copied into
// the repository). Skipped, and said so, when that folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDuplicates, groupsFromLabels, pairwiseMetrics } from '../../lib/dedup';
import { parseBibliography } from '../../lib/formats';
import type { Article } from '../../lib/model/article';
import { BASELINE, BASELINE_FACTS } from './baseline-truth';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures');
const present = existsSync(path.join(FIXTURES, 'exports', BASELINE[0].file));
if (!present) console.warn('skipped: ../shared/fixtures not found');

describe.skipIf(!present)('duplicate detection on the citefmt baseline exports', () => {
  const parsed: { file: string; studies: string[]; records: Article[] }[] = [];
  // All files' records in one list, each with its true study label and where it came from.
  const articles: Article[] = [];
  const labels: string[] = [];
  const fileOf: string[] = [];

  beforeAll(() => {
    for (const { file, studies } of BASELINE) {
      const { records } = parseBibliography(readFileSync(path.join(FIXTURES, 'exports', file), 'utf8'), file);
      parsed.push({ file, studies, records });
      records.forEach((record, i) => {
        articles.push(record);
        labels.push(studies[i] ?? `${file} extra #${i}`);
        fileOf.push(`${file} #${i}`);
      });
    }
  });

  it('parses every file into the records it holds, aligned with the hand-checked truth', () => {
    for (const { file, studies, records } of parsed) {
      expect(records.length, file).toBe(studies.length);
      records.forEach((record, i) => {
        const label = studies[i];
        if (label.startsWith('title:')) expect(record.title.toLowerCase(), `${file} #${i}`).toMatch(new RegExp(`^${escapeRegExp(label.slice(6))}`));
        else if (label.startsWith('10.')) expect(record.doi, `${file} #${i}`).toBe(label);
        else expect(record.pmid, `${file} #${i}`).toBe(label);
      });
    }
    expect(articles.length).toBe(BASELINE_FACTS.records);
    expect(new Set(labels).size).toBe(BASELINE_FACTS.studies);
  });

  it('collapses the records to the 80 studies: each study in one group, no group holding two', () => {
    const { groups } = findDuplicates(articles);
    const split = groupsFromLabels(labels)
      .filter((study) => new Set(study.map((i) => groups.findIndex((g) => g.includes(i)))).size > 1)
      .map((study) => study.map((i) => fileOf[i]));
    const mixed = groups.filter((g) => new Set(g.map((i) => labels[i])).size > 1).map((g) => g.map((i) => `${fileOf[i]} ${labels[i]}`));
    expect(split, 'studies split over several groups').toEqual([]);
    expect(mixed, 'groups holding different studies').toEqual([]);
    expect(groups.length).toBe(BASELINE_FACTS.studies);
  });

  it('reaches precision 1.0 and recall ≥ 0.98 over pairs', () => {
    const m = pairwiseMetrics(findDuplicates(articles).groups, groupsFromLabels(labels));
    console.log(`baseline: ${articles.length} records, ${m.truePairs} true pairs; precision ${m.precision}, recall ${m.recall}`);
    expect(m.truePairs).toBe(BASELINE_FACTS.truePairs);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('raises no false alarm: errata are not offered as duplicates of the papers they correct', () => {
    const { likely } = findDuplicates(articles);
    expect(likely.map((p) => `${fileOf[p.a]} ~ ${fileOf[p.b]}: ${p.reason}`)).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
