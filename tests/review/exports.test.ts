import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EvidenceSchema, ReviewSchema, type LoggedSearch, type ReviewEvent, type ReviewRecord, type ScreeningMode } from '../../lib/model';
import { deriveReview } from '../../lib/review/derive';
import { toRows } from '../../lib/review/query';
import { buildExport, decisionNote, exportRows, exportRowsOf, type ExportSet } from '../../lib/review/exports';
import { boxByKey, computePrisma, prismaOfReview } from '../../lib/prisma/compute';
import { agreementCsv } from '../../lib/formats/agreement-csv';
import { blankReview } from '../../lib/screening/templates';

// R6: the PRISMA diagram counts a study as included once it is eligible at full text; the exports
// took the title/abstract decision alone, so "included" held studies excluded at full text.

const review = (mode: ScreeningMode = 'single') => ReviewSchema.parse({ ...blankReview('r', 'Pijat oksitosin', 1), mode });
const ani = { id: 'ani', name: 'Ani' };
const budi = { id: 'budi', name: 'Budi' };
const search: LoggedSearch = { id: 's1', reviewId: 'r', database: 'pubmed', query: 'oxytocin massage', url: '', filters: {}, pages: [1], at: 1, origin: 'import', counted: true };

const record = (key: string): ReviewRecord => ({
  reviewId: 'r',
  key,
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
  sources: [{ database: 'pubmed', searchId: 's1', at: 1 }],
  article: { title: `Study ${key}`, authors: ['Siti Nurhasanah'], year: 2021, url: `https://example.org/${key}`, source: 'import' },
});

let clock = 0;
const decide = (by: { id: string; name: string }, key: string, payload: object): ReviewEvent =>
  ({ id: `e${++clock}`, reviewId: 'r', by, at: clock, subject: key, kind: 'decision', payload: { answers: {}, ...payload } }) as ReviewEvent;
const screen = (by: typeof ani, key: string, decision: 'include' | 'exclude' | 'maybe') =>
  decide(by, key, { stage: 'screening', decision, ...(decision === 'exclude' ? { reason: 'wrong population' } : {}) });

/**
 * R6's sequence: A, B, C, D, F included at title/abstract; at full text A eligible, B excluded, C not
 * retrieved, D not assessed yet, F excluded for "not full text" (an older decision: not retrieved); E excluded.
 */
function fullTextReview() {
  const records = ['A', 'B', 'C', 'D', 'E', 'F'].map(record);
  const events = [
    ...['A', 'B', 'C', 'D', 'F'].map((k) => screen(ani, k, 'include')),
    screen(ani, 'E', 'exclude'),
    decide(ani, 'A', { stage: 'full-text', decision: 'include', retrieved: true }),
    decide(ani, 'B', { stage: 'full-text', decision: 'exclude', retrieved: true, reason: 'wrong outcome' }),
    decide(ani, 'C', { stage: 'full-text', decision: 'exclude', retrieved: false, reason: 'Full text not retrieved' }),
    decide(ani, 'F', { stage: 'full-text', decision: 'exclude', reason: 'not full text' }),
  ];
  const state = deriveReview(review(), ani, records, events);
  const rows = exportRowsOf(state, toRows(state.records, state.decisions));
  const prisma = computePrisma(state.records, { screening: state.screening.final, fullText: state.fullTextStage.final }, [search]);
  return { state, rows, prisma };
}

/** A CSV export read back as a spreadsheet would: one object per row, by column name. */
function readCsv(parts: string[]): Record<string, string>[] {
  const [header, ...rows] = Papa.parse<string[]>(parts.join('').slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const keysOf = (rows: Record<string, string>[]) => rows.map((r) => r.key);

describe('exports agree with the PRISMA diagram', () => {
  it('the set "included in the review" and the evidence table hold the studies PRISMA counts as included', () => {
    const { rows, prisma } = fullTextReview();
    expect(prisma.included).toBe(1);
    const included = exportRows(rows, rows, 'included-in-review');
    expect(included.map((r) => r.record.key)).toEqual(prisma.boxes.included);
    // The set chosen before keeps its name and its meaning: included at title/abstract.
    expect(exportRows(rows, rows, 'include').map((r) => r.record.key)).toEqual(['A', 'B', 'C', 'D', 'F']);
    for (const set of ['all', 'include', 'included-in-review'] as ExportSet[]) {
      const evidence = buildExport('evidence', exportRows(rows, rows, set), review(), [search], 'x', ',');
      expect(keysOf(readCsv(evidence.parts)), set).toEqual(prisma.boxes.included);
    }
  });

  it('the screened CSV says the full-text decision, its reason, whether the report was retrieved and the PRISMA box', () => {
    const { rows, prisma } = fullTextReview();
    const csv = readCsv(buildExport('csv', rows, review(), [search], 'x', ',').parts);
    const fullText = (key: string) => {
      const row = csv.find((r) => r.key === key);
      return [row?.decision, row?.full_text_decision, row?.full_text_reason, row?.report_retrieved, row?.prisma_box];
    };
    expect(fullText('A')).toEqual(['include', 'include', '', 'yes', 'included in review']);
    expect(fullText('B')).toEqual(['include', 'exclude', 'wrong outcome', 'yes', 'excluded at full text']);
    expect(fullText('C')).toEqual(['include', 'not retrieved', 'Full text not retrieved', 'no', 'report not retrieved']);
    expect(fullText('D')).toEqual(['include', '', '', '', 'awaiting full text']);
    expect(fullText('E')).toEqual(['exclude', '', '', '', 'excluded at title/abstract']);
    expect(fullText('F')).toEqual(['include', 'not retrieved', 'not full text', 'no', 'report not retrieved']);
    // The rows of each box add up to the diagram's numbers.
    expect(csv.filter((r) => r.prisma_box === 'included in review')).toHaveLength(prisma.included);
    expect(csv.filter((r) => r.full_text_decision === 'exclude')).toHaveLength(prisma.excludedFullTextTotal);
    expect(csv.filter((r) => r.report_retrieved === 'no')).toHaveLength(prisma.notRetrieved);
  });

  it('RIS and BibTeX notes say the full-text decision when there is one, and are unchanged otherwise', () => {
    const { rows } = fullTextReview();
    const row = (key: string) => rows.find((r) => r.record.key === key) ?? rows[0];
    const ris = buildExport('ris', rows, review(), [search], 'x', ',').parts.join('');
    const bib = buildExport('bibtex', rows, review(), [search], 'x', ',').parts.join('');
    expect(ris).toContain('full text: exclude; full-text reason: wrong outcome');
    expect(bib).toContain('full text: exclude; full-text reason: wrong outcome');
    expect(decisionNote(row('A').decision, review(), row('A').fullText)).toMatch(/; full text: include$/);
    expect(decisionNote(row('C').decision, review(), row('C').fullText)).toMatch(/; full text: not retrieved$/);
    for (const key of ['D', 'E']) {
      expect(decisionNote(row(key).decision, review(), row(key).fullText)).toBe(decisionNote(row(key).decision, review()));
      expect(decisionNote(row(key).decision, review())).not.toContain('full text');
    }
  });
});

describe('exports and the studies the diagram leaves out (review R9)', () => {
  // G: found only in a "Cited by" list (uncounted), included at full text. H: included at
  // title/abstract, its evidence filled in, no full-text decision yet.
  function outsideReview() {
    const cited: LoggedSearch = { ...search, id: 's2', origin: 'web', counted: false, list: 'cited-by' };
    const g = { ...record('G'), sources: [{ database: 'google-scholar', searchId: 's2', at: 1 }] };
    const h = { ...record('H'), evidence: EvidenceSchema.parse({ studyDesign: 'quasi-experimental' }) };
    const events = [screen(ani, 'G', 'include'), screen(ani, 'H', 'include'), decide(ani, 'G', { stage: 'full-text', decision: 'include', retrieved: true })];
    const state = { ...deriveReview(review(), ani, [g, h], events), searches: [search, cited] };
    const prisma = prismaOfReview(state);
    return { rows: exportRowsOf(state, toRows(state.records, state.decisions), boxByKey(prisma)), prisma };
  }

  it('a study only an uncounted list found is outside "included in the review", as in the diagram', () => {
    const { rows, prisma } = outsideReview();
    expect(prisma).toMatchObject({ included: 0, uncountedIncluded: 1 });
    expect(exportRows(rows, rows, 'included-in-review')).toEqual([]);
    const csv = readCsv(buildExport('csv', rows, review(), [search], 'x', ',').parts);
    expect(csv.find((r) => r.key === 'G')?.prisma_box).toBe('outside the diagram (search not counted)');
  });

  it('the evidence table keeps evidence filled in before the full-text decision, never a study the diagram leaves out', () => {
    const { rows } = outsideReview();
    expect(keysOf(readCsv(buildExport('evidence', rows, review(), [search], 'x', ',').parts))).toEqual(['H']);
  });
});

describe('exports in blind screening', () => {
  // R6: only Budi decided; Ani's CSV said reviewer_decisions = "Budi: exclude".
  const csvOf = (mode: ScreeningMode, me: typeof ani, events: ReviewEvent[]) => {
    const state = deriveReview(review(mode), me, [record('k')], events);
    const rows = exportRowsOf(state, toRows(state.records, state.decisions));
    return readCsv(buildExport('csv', rows, review(mode), [search], 'x', ',').parts)[0];
  };

  it("leaves another reviewer's decision out until the record is revealed", () => {
    const budiOnly = [screen(budi, 'k', 'exclude')];
    expect(csvOf('dual-blind', ani, budiOnly).reviewer_decisions).toBe('');
    expect(csvOf('dual-blind', budi, budiOnly).reviewer_decisions).toBe('Budi: exclude');
    // Once Ani decided too (a conflict: no final decision yet), both show.
    const both = [...budiOnly, screen(ani, 'k', 'include')];
    expect(csvOf('dual-blind', ani, both).reviewer_decisions).toBe('Ani: include; Budi: exclude');
  });

  it('shows every decision at once in open screening', () => {
    expect(csvOf('dual-open', ani, [screen(budi, 'k', 'exclude')]).reviewer_decisions).toBe('Budi: exclude');
  });
});

describe('the agreement CSV in blind screening', () => {
  const csvOf = (mode: ScreeningMode, me: typeof ani, events: ReviewEvent[]) => {
    const state = deriveReview(review(mode), me, [record('k'), record('m')], events);
    const stages = { screening: state.screening, 'full-text': state.fullTextStage };
    return readCsv([agreementCsv(state.records, stages, state.reviewers, ',', { mode, me: me.id })]);
  };

  it("writes another reviewer's decision only once the record is revealed to the one exporting", () => {
    // k: only Budi decided. m: both decided (a conflict), so it is revealed to Ani.
    const events = [screen(budi, 'k', 'exclude'), screen(budi, 'm', 'include'), screen(ani, 'm', 'exclude')];
    const rows = csvOf('dual-blind', ani, events);
    expect(rows).toEqual([
      { key: 'm', title: 'Study m', stage: 'screening', Ani: 'exclude', Budi: 'include', all_agree: 'no', final_decision: '', final_reason: '', final_decided_by: '' },
    ]);
    expect(csvOf('dual-blind', budi, events).map((r) => [r.key, r.Ani ?? '', r.Budi])).toEqual([
      ['k', '', 'exclude'],
      ['m', 'exclude', 'include'],
    ]);
    expect(csvOf('dual-open', ani, events).map((r) => [r.key, r.Ani, r.Budi])).toEqual([
      ['k', '', 'exclude'],
      ['m', 'exclude', 'include'],
    ]);
  });

  it('says "no" at full text where the Conflicts list does: not retrieved against excluded, or two reasons', () => {
    const fullText = (by: typeof ani, key: string, payload: object) => decide(by, key, { stage: 'full-text', ...payload });
    const events = [
      ...['k', 'm'].flatMap((key) => [screen(ani, key, 'include'), screen(budi, key, 'include')]),
      fullText(ani, 'k', { decision: 'exclude', retrieved: false, reason: 'not full text' }),
      fullText(budi, 'k', { decision: 'exclude', retrieved: true, reason: 'wrong outcome' }),
      fullText(ani, 'm', { decision: 'exclude', retrieved: true, reason: 'wrong outcome' }),
      fullText(budi, 'm', { decision: 'exclude', retrieved: true, reason: 'wrong outcome' }),
    ];
    const agree = csvOf('dual-open', ani, events)
      .filter((r) => r.stage === 'full-text')
      .map((r) => [r.key, r.Ani, r.Budi, r.all_agree]);
    expect(agree).toEqual([
      ['k', 'exclude', 'exclude', 'no'],
      ['m', 'exclude', 'exclude', 'yes'],
    ]);
  });
});
