// PRISMA 2020's last box counts studies and their reports apart: one trial published as a
// journal article and again as a conference abstract is one study of two reports.
import { describe, expect, it } from 'vitest';
import { computePrisma } from '../../lib/prisma/compute';
import { prismaRows, prismaSvg, type PrismaLabels } from '../../lib/prisma/svg';
import { studiesOf } from '../../lib/prisma/studies';
import { recordsView } from '../../lib/review/records-view';
import { foldGroups } from '../../lib/review/groups';
import type { Decision, LoggedSearch, ReviewEvent, ReviewRecord } from '../../lib/model';
import { foundRecord } from '../support/records';
import Papa from 'papaparse';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { evidenceCsv } from '../../lib/formats/evidence-csv';
import { ReviewSchema } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

const record = (key: string, more: Partial<ReviewRecord> = {}) => ({ ...foundRecord(key, [{ database: 'pubmed', searchId: 's' }]), ...more });

describe('studies of the included records', () => {
  const keys = ['trial', 'abstract', 'protocol', 'other'];
  it('counts a record linked to another included record as a report of its study, whichever way the links run', () => {
    expect(studiesOf([record('trial'), record('abstract', { reportOf: 'trial' }), record('protocol', { reportOf: 'abstract' }), record('other')], keys)).toBe(2);
    // Two teammates link the two records each to the other at once: still one study.
    expect(studiesOf([record('trial', { reportOf: 'abstract' }), record('abstract', { reportOf: 'trial' })], ['trial', 'abstract'])).toBe(1);
  });
  it('joins nothing through a record that is not included, and follows a key merged away since', () => {
    expect(studiesOf([record('trial'), record('abstract', { reportOf: 'trial' })], ['abstract'])).toBe(1);
    expect(studiesOf([record('trial', { aliases: ['old-key'] }), record('abstract', { reportOf: 'old-key' })], ['trial', 'abstract'])).toBe(1);
    expect(studiesOf([record('abstract', { reportOf: 'nowhere' })], ['abstract'])).toBe(1);
  });
});

describe('the diagram', () => {
  const search: LoggedSearch = { id: 's', reviewId: 'r', database: 'pubmed', query: 'q', url: '', filters: {}, pages: [1], at: 1, origin: 'web', counted: true };
  const include = (key: string, stage: Decision['stage']) =>
    ({ id: key + stage, reviewId: 'r', key, stage, answers: {}, decision: 'include', reviewerId: 'a', decidedAt: 1, retrieved: true }) as Decision;
  const records = [record('trial'), record('abstract', { reportOf: 'trial' }), record('other')];
  const decided = (stage: Decision['stage']) => new Map(records.map((r) => [r.key, include(r.key, stage)]));
  const counts = computePrisma(records, { screening: decided('screening'), fullText: decided('full-text') }, [search]);
  const labels = new Proxy({}, { get: (_, name) => `${String(name)} (n = $1)` }) as PrismaLabels;

  it('shows studies and reports of included studies in the last box, and in the numbers CSV', () => {
    expect([counts.included, counts.includedReports, counts.boxes.included.length]).toEqual([2, 3, 3]);
    const box = prismaSvg(counts, labels)
      .split('<g class="prisma-box"')
      .find((g) => g.includes('data-box="included"'))!;
    expect(box).toContain('studiesIncluded (n = 2)');
    expect(box).toContain('reportsIncluded (n = 3)');
    expect(prismaRows(counts, labels).filter((row) => row[0].startsWith('included'))).toEqual([
      ['included', 'studiesIncluded (n = 2)', '2'],
      ['includedReports', 'reportsIncluded (n = 3)', '3'],
    ]);
  });
});

describe('the link as the reviewer sets it (a record-edit event)', () => {
  const edit = (id: string, at: number, reportOf: string | null): ReviewEvent => ({
    id,
    reviewId: 'r',
    by: { id: 'a', name: 'Ani' },
    at,
    subject: 'abstract',
    kind: 'record-edit',
    payload: { reportOf },
  });
  const docs = [record('trial'), record('abstract')];
  const view = (events: ReviewEvent[]) => recordsView(docs, foldGroups(events), events).find((r) => r.key === 'abstract')!.reportOf;

  it('is set by the latest edit and cleared by null, without touching the article or the evidence', () => {
    expect(view([edit('e1-abcdefgh', 2, 'trial')])).toBe('trial');
    expect(view([edit('e1-abcdefgh', 2, 'trial'), edit('e2-abcdefgh', 3, null)])).toBeUndefined();
    const linked = recordsView(docs, foldGroups([]), [edit('e1-abcdefgh', 2, 'trial')]).find((r) => r.key === 'abstract')!;
    expect(linked.article).toEqual(docs[1].article);
  });
});

describe('the exports', () => {
  it('name the study a report belongs to under the key it is shown under now (report_of, last)', () => {
    const trial = record('trial', { aliases: ['old-key'] });
    const abstract = record('abstract', { reportOf: 'old-key' });
    const review = ReviewSchema.parse(blankReview('r', 'R', 1));
    const read = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    for (const [header, ...rows] of [read(screenedCsv([{ record: trial }, { record: abstract }], review, [])), read(evidenceCsv([trial, abstract]))]) {
      expect(header.at(-1)).toBe('report_of');
      expect(rows.map((row) => row.at(-1))).toEqual(['', 'trial']);
    }
  });
});
