import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { decide, loadReviewData, recordSeen, resetDbForTests, saveReview } from '../../lib/db';
import { prismaOfReview } from '../../lib/prisma/compute';
import { exportRowsOf } from '../../lib/review/exports';
import { toRows } from '../../lib/review/query';
import { reasonRenames } from '../../lib/review/reason-names';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { ReviewSchema, type ReviewEvent } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

// Exclusion reasons are stored by their text. A reason renamed in the protocol after records were
// excluded with it ("Wrong population" → "Population not relevant") showed as two lines in
// PRISMA's full-text exclusions and two texts in the exports.
beforeEach(resetDbForTests);

const reasons = (exclusionReasons: string[]) => ReviewSchema.parse({ ...blankReview('r1', 'Pijat oksitosin', 1), exclusionReasons });
const save = (list: string[], at: number): ReviewEvent =>
  ({ id: `p${at}`, reviewId: 'r1', kind: 'protocol', subject: 'protocol', by: { id: 'ani', name: 'Ani' }, at, payload: { protocol: reasons(list) } }) as unknown as ReviewEvent;

describe('a renamed exclusion reason', () => {
  it('counts as one line under its current name in PRISMA and the screened CSV', async () => {
    await saveReview(reasons(['Wrong population', 'Wrong design']), 1_000);
    await recordSeen(
      'r1',
      ['1', '2', '3'].map((n) => ({ title: `Pijat oksitosin ${n}`, authors: ['Sari D'], year: 2021, url: `https://pubmed.ncbi.nlm.nih.gov/${n}/`, source: 'pubmed', pmid: n })),
      { database: 'pubmed' },
    );
    for (const key of ['pmid:1', 'pmid:2', 'pmid:3']) await decide('r1', key, { decision: 'include' }, 2_000);
    await decide('r1', 'pmid:1', { stage: 'full-text', decision: 'exclude', reason: 'Wrong population', retrieved: true }, 3_000);
    await saveReview(reasons(['Population not relevant', 'Wrong design']), 4_000);
    await decide('r1', 'pmid:2', { stage: 'full-text', decision: 'exclude', reason: 'Population not relevant', retrieved: true }, 5_000);
    await decide('r1', 'pmid:3', { stage: 'full-text', decision: 'exclude', reason: 'Wrong design', retrieved: true }, 5_000);
    const state = await loadReviewData('r1');
    expect(prismaOfReview(state).excludedFullText).toEqual([
      { reason: 'Population not relevant', count: 2 },
      { reason: 'Wrong design', count: 1 },
    ]);
    const rows = exportRowsOf(state, toRows(state.records, state.decisions));
    const [header, ...cells] = Papa.parse<string[]>(screenedCsv(rows, state.review, state.searches).slice(1), { skipEmptyLines: true }).data;
    const reason = header.indexOf('full_text_reason');
    expect(cells.map((row) => row[reason]).sort()).toEqual(['Population not relevant', 'Population not relevant', 'Wrong design']);
  });

  it('is read from the protocol’s saves in any order: renames chain, a reason renamed back is itself, and a reason removed is no rename', () => {
    const events = [
      save(['Wrong population', 'Wrong design', 'Not in English'], 1),
      save(['Population not relevant', 'Wrong design', 'Not in English'], 2),
      save(['Population not relevant', 'Design not eligible', 'Not in English'], 3),
      save(['Population outside the question', 'Wrong design', 'Not in English'], 4),
      save(['Population outside the question', 'Wrong design'], 5),
      save(['Population outside the question', 'Wrong design', 'No full text'], 6),
    ];
    // "Wrong design" went to "Design not eligible" and back: exclusions made meanwhile count as "Wrong design".
    const expected = [
      ['Design not eligible', 'Wrong design'],
      ['Population not relevant', 'Population outside the question'],
      ['Wrong population', 'Population outside the question'],
    ];
    for (const order of [events, [...events].reverse()]) expect([...reasonRenames(order)].sort()).toEqual(expected);
  });
});
