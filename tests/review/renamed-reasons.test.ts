import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { decide, loadReviewData, recordSeen, resetDbForTests, saveReview } from '../../lib/db';
import { prismaOfReview } from '../../lib/prisma/compute';
import { exportRowsOf } from '../../lib/review/exports';
import { toRows } from '../../lib/review/query';
import { reasonRenames, renamesBetween, withCurrentReason, type ReasonRename } from '../../lib/review/reason-names';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { ReviewSchema, type Decision, type ReviewEvent } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';

// Exclusion reasons are stored by their text. A reason renamed in the protocol after records were
// excluded with it ("Wrong population" → "Population not relevant") showed as two lines in
// PRISMA's full-text exclusions and two texts in the exports.
beforeEach(resetDbForTests);

const reasons = (exclusionReasons: string[]) => ReviewSchema.parse({ ...blankReview('r1', 'Pijat oksitosin', 1), exclusionReasons });
/** A protocol save as an earlier release stored it (no `renamed`). */
const save = (list: string[], at: number, by = 'ani'): ReviewEvent =>
  ({ id: `p${at}`, reviewId: 'r1', kind: 'protocol', subject: 'protocol', by: { id: by, name: by }, at, payload: { protocol: reasons(list) } }) as unknown as ReviewEvent;
/** The name an exclusion with `reason` made at `at` counts under. */
const current = (reason: string, at: number, renames: ReasonRename[]) => withCurrentReason({ reason, decidedAt: at } as Decision, renames).reason;

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
    // As the protocol form saves it: the line edited in place is named a rename.
    await saveReview(reasons(['Population not relevant', 'Wrong design']), 4_000, [['Wrong population', 'Population not relevant']]);
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

  it('is read from one reviewer’s saves of an earlier release in any order: renames chain, a reason renamed back is itself, a reason removed is no rename', () => {
    const events = [
      save(['Wrong population', 'Wrong design', 'Not in English'], 1),
      save(['Population not relevant', 'Wrong design', 'Not in English'], 2),
      save(['Population not relevant', 'Design not eligible', 'Not in English'], 3),
      save(['Population outside the question', 'Wrong design', 'Not in English'], 4),
      save(['Population outside the question', 'Wrong design'], 5),
      save(['Population outside the question', 'Wrong design', 'No full text'], 6),
    ];
    for (const order of [events, [...events].reverse()]) {
      const renames = reasonRenames(order);
      // Excluded before the renames: "Wrong design" went to "Design not eligible" and back.
      expect(['Wrong population', 'Population not relevant', 'Wrong design', 'Design not eligible', 'Not in English'].map((r) => current(r, 0, renames))).toEqual([
        'Population outside the question',
        'Population outside the question',
        'Wrong design',
        'Wrong design',
        'Not in English',
      ]);
      expect(current('Design not eligible', 3, renames)).toBe('Wrong design');
    }
  });

  // Review R12: a rename guessed from the list's shape counted one reason's exclusions under another.
  it('is never a reason removed while another is added elsewhere in the list', () => {
    const renames = reasonRenames([save(['Wrong population', 'Wrong outcome', 'Wrong design'], 1), save(['Wrong population', 'Wrong design', 'Conference abstract only'], 2)]);
    expect(renames).toEqual([]);
  });

  it('is read against the list the saving reviewer edited, not a teammate’s save that came between', () => {
    // Both opened [Wrong population, Wrong outcome]; Ani removed the first, Budi renamed the second (the form names it).
    const renames = reasonRenames([
      save(['Wrong population', 'Wrong outcome'], 1),
      { ...save(['Wrong outcome'], 2, 'ani'), payload: { protocol: reasons(['Wrong outcome']), renamed: [] } } as ReviewEvent,
      {
        ...save(['Wrong population', 'Outcome not relevant'], 3, 'budi'),
        payload: { protocol: reasons(['Wrong population', 'Outcome not relevant']), renamed: [['Wrong outcome', 'Outcome not relevant']] },
      } as ReviewEvent,
    ]);
    expect(current('Wrong outcome', 0, renames)).toBe('Outcome not relevant');
    expect(current('Wrong population', 0, renames)).toBe('Wrong population');
  });

  it('leaves exclusions made after it alone: an old name used again later is a reason of its own', () => {
    const renames = reasonRenames([
      save(['Wrong population', 'Wrong design'], 1),
      save(['Not adults', 'Wrong design'], 2),
      save(['Not adults', 'Wrong design', 'Wrong population'], 3),
    ]);
    expect(current('Wrong population', 1, renames)).toBe('Not adults');
    expect(current('Wrong population', 4, renames)).toBe('Wrong population');
  });
});

// Review R13: the first fix of R12's findings lost renames that worked before and still made some.
describe('a renamed exclusion reason, after review R13', () => {
  it('is found in a save of an earlier release by a teammate other than the one who saved before', () => {
    const renames = reasonRenames([save(['Wrong population', 'Wrong design'], 1, 'lina'), save(['Population not relevant', 'Wrong design'], 5, 'ani')]);
    expect(current('Wrong population', 3, renames)).toBe('Population not relevant');
  });

  it('is never a reason a teammate removed meanwhile, nor a line removed and the next one edited', () => {
    const renames = reasonRenames([save(['A', 'B'], 1, 'ani'), save(['A', 'B', 'C'], 2, 'budi'), save(['A', 'C'], 3, 'budi'), save(['A', 'C', 'D'], 4, 'ani')]);
    expect(renames).toEqual([]);
    expect(renamesBetween(['Wrong population', 'Wrong design', 'Wrong outcme'], ['Wrong population', 'Wrong outcome'])).toEqual([]);
    // Lines kept around an edited one anchor it: the edit is a rename wherever the line is.
    expect(renamesBetween(['A', 'B', 'Wrong outcme', 'C'], ['B', 'Wrong outcome', 'C', 'D'])).toEqual([['Wrong outcme', 'Wrong outcome']]);
  });

  it('reaches a teammate’s exclusion made with the old name after the rename, until the old name is back in the list', () => {
    const renamed = {
      ...save(['Population not relevant'], 10),
      payload: { protocol: reasons(['Population not relevant']), renamed: [['Wrong population', 'Population not relevant']] },
    } as ReviewEvent;
    const renames = reasonRenames([save(['Wrong population'], 1), renamed, save(['Population not relevant', 'Wrong population'], 30)]);
    expect(current('Wrong population', 20, renames)).toBe('Population not relevant');
    expect(current('Wrong population', 40, renames)).toBe('Wrong population');
  });
});
