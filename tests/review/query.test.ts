import { describe, expect, it } from 'vitest';
import { countDecisions, filterRows, NO_FILTER, sortRows, toRows } from '../../lib/review/query';
import type { Decision, ReviewRecord } from '../../lib/model';

const record = (key: string, title: string, year: number | undefined, database: string): ReviewRecord => ({
  reviewId: 'r',
  key,
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
  sources: [{ database, at: 1 }],
  article: { title, authors: [`${title.split(' ')[0]} A`], year, url: '', source: 'import', abstract: `About ${title.toLowerCase()}` },
});
const decision = (key: string, verdict: Decision['decision'], extra: Partial<Decision> = {}): Decision => ({
  id: `e-${key}`,
  reviewerId: 'ani',
  reviewId: 'r',
  key,
  stage: 'screening',
  answers: {},
  decision: verdict,
  reviewer: 'Ani',
  decidedAt: 1,
  ...extra,
});

const records = [record('a', 'Pijat oksitosin', 2021, 'garuda'), record('b', 'Breast massage', 2016, 'pubmed'), record('c', 'Kangaroo care', undefined, 'pubmed')];
const decisions = new Map([
  ['a', decision('a', 'include', { answers: { population: 'met' } })],
  ['b', decision('b', 'exclude', { reason: 'wrong population', answers: { population: 'not met' } })],
]);
const rows = toRows(records, decisions);
const keys = (list: { record: ReviewRecord }[]) => list.map((r) => r.record.key);

describe('records table queries', () => {
  it('counts each decision and the undecided', () => {
    expect(countDecisions(records, decisions)).toEqual({ include: 1, exclude: 1, maybe: 0, undecided: 1 });
  });

  it('filters by decision, reason, database, years, criterion and every word of the text', () => {
    expect(keys(filterRows(rows, { ...NO_FILTER, decision: 'undecided' }))).toEqual(['c']);
    expect(keys(filterRows(rows, { ...NO_FILTER, reason: 'wrong population' }))).toEqual(['b']);
    expect(keys(filterRows(rows, { ...NO_FILTER, database: 'PubMed' }))).toEqual(['b', 'c']);
    expect(keys(filterRows(rows, { ...NO_FILTER, yearFrom: 2018 }))).toEqual(['a']);
    expect(keys(filterRows(rows, { ...NO_FILTER, criterion: { criterion: 'population', answer: 'not met' } }))).toEqual(['b']);
    expect(keys(filterRows(rows, { ...NO_FILTER, criterion: { criterion: 'population', answer: 'unanswered' } }))).toEqual(['c']);
    expect(keys(filterRows(rows, { ...NO_FILTER, text: 'about MASSAGE' }))).toEqual(['b']);
  });

  it('sorts by any column', () => {
    expect(keys(sortRows(rows, { key: 'year', descending: true }))).toEqual(['a', 'b', 'c']);
    expect(keys(sortRows(rows, { key: 'title', descending: false }))).toEqual(['b', 'c', 'a']);
    expect(keys(sortRows(rows, { key: 'decision', descending: false }))).toEqual(['a', 'b', 'c']);
  });
});
