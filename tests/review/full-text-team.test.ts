import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUSION_REASONS, ReviewEventSchema, type ReviewEvent } from '../../lib/model';
import { boxOf } from '../../lib/prisma/compute';
import { pairwiseAgreement } from '../../lib/review/agreement';
import { foldDecisions } from '../../lib/review/decisions';
import { fullTextDecision, fullTextExclusionReasons, notRetrievedReason, stageDecision } from '../../lib/review/full-text';
import { exclusionReasonsIn } from '../../lib/screening/templates';

const ani = { id: 'ani-1', name: 'Ani' };
const budi = { id: 'budi-1', name: 'Budi' };
const reasons = [...DEFAULT_EXCLUSION_REASONS];
const NO_GROUPS = { repOf: new Map<string, string>() };
let n = 0;

function event(kind: 'decision' | 'resolution', by: typeof ani, at: number, payload: object, subject = 'pmid:1'): ReviewEvent {
  n++;
  return ReviewEventSchema.parse({ id: `event-${String(n).padStart(4, '0')}`, reviewId: 'r', by, at, subject, kind, payload: { answers: {}, ...payload } });
}
/** Both reviewers included the record at title/abstract. */
const screened = () => [event('decision', ani, 10, { stage: 'screening', decision: 'include' }), event('decision', budi, 11, { stage: 'screening', decision: 'include' })];
/** What the record's full-text panel stores for each answer (FullTextControls). */
const fullText = (by: typeof ani, at: number, answer: Parameters<typeof fullTextDecision>[0], reason?: string) =>
  event('decision', by, at, { stage: 'full-text', ...fullTextDecision(answer, reason, reasons) });

function fold(events: ReviewEvent[]) {
  const first = foldDecisions(events, NO_GROUPS, 'dual-blind', 'screening');
  const second = foldDecisions(events, NO_GROUPS, 'dual-blind', 'full-text');
  return { state: second.state.get('pmid:1'), final: second.final.get('pmid:1'), box: boxOf(first.final.get('pmid:1'), second.final.get('pmid:1')), byReviewer: second.byReviewer };
}

describe('two reviewers at the full-text stage', () => {
  it('disagree when one found no report and the other excluded it for a reason: a conflict, not a box that depends on who clicked last', () => {
    for (const [first, last] of [
      [ani, budi],
      [budi, ani],
    ]) {
      const result = fold([...screened(), fullText(first, 20, 'not-retrieved'), fullText(last, 21, 'exclude', 'wrong outcome')]);
      expect(result).toMatchObject({ state: 'conflict', final: undefined, box: 'awaitingFullText' });
    }
  });

  it('disagree when both excluded the report for different reasons (PRISMA reports each reason), but not at title/abstract', () => {
    const result = fold([...screened(), fullText(ani, 20, 'exclude', 'wrong outcome'), fullText(budi, 21, 'exclude', 'wrong population')]);
    expect(result.state).toBe('conflict');
    const titleAbstract = [
      event('decision', ani, 10, { stage: 'screening', decision: 'exclude', reason: 'wrong outcome' }),
      event('decision', budi, 11, { stage: 'screening', decision: 'exclude', reason: 'wrong population' }),
    ];
    expect(foldDecisions(titleAbstract, NO_GROUPS, 'dual-blind', 'screening').state.get('pmid:1')).toBe('agreed');
  });

  it('agree when both found no report, or both excluded it for the same reason', () => {
    // Budi's copy of the review has no "not full text" reason: his not-retrieved carries none.
    const budiNone = event('decision', budi, 21, { stage: 'full-text', ...fullTextDecision('not-retrieved', undefined, ['wrong outcome']) });
    expect(fold([...screened(), fullText(ani, 20, 'not-retrieved'), budiNone])).toMatchObject({ state: 'agreed', box: 'notRetrieved' });
    expect(fold([...screened(), fullText(ani, 20, 'exclude', 'wrong outcome'), fullText(budi, 21, 'exclude', 'wrong outcome')])).toMatchObject({
      state: 'agreed',
      box: 'excludedFullText',
      final: { reason: 'wrong outcome' },
    });
  });

  it('is resolved as "Report not retrieved": the record counts as not retrieved', () => {
    const conflict = [...screened(), fullText(ani, 20, 'not-retrieved'), fullText(budi, 21, 'exclude', 'wrong outcome')];
    const resolution = event('resolution', ani, 30, { stage: 'full-text', ...stageDecision('full-text', 'not-retrieved', undefined, reasons), why: 'no library holds it' });
    expect(fold([...conflict, resolution])).toMatchObject({ state: 'resolved', final: { retrieved: false }, box: 'notRetrieved' });
    const excluded = event('resolution', ani, 30, { stage: 'full-text', ...stageDecision('full-text', 'exclude', 'wrong outcome', reasons), why: 'Budi found it' });
    expect(fold([...conflict, excluded])).toMatchObject({ state: 'resolved', final: { retrieved: true, reason: 'wrong outcome' }, box: 'excludedFullText' });
  });

  it('keeps the agreement figures on the verdicts: "not retrieved" against "excluded" is exclude against exclude there', () => {
    const { byReviewer } = fold([...screened(), fullText(ani, 20, 'not-retrieved'), fullText(budi, 21, 'exclude', 'wrong outcome')]);
    const [pair] = pairwiseAgreement(byReviewer);
    expect(pair).toMatchObject({ n: 1, percent: 1 });
  });

  it('resolves title/abstract conflicts without a report to retrieve', () => {
    expect(stageDecision('screening', 'exclude', 'wrong outcome', reasons)).toEqual({ decision: 'exclude', reason: 'wrong outcome' });
    expect(() => stageDecision('screening', 'not-retrieved', undefined, reasons)).toThrow(/full-text/);
  });
});

describe('"not full text" at the full-text stage', () => {
  it('is not a reason to exclude a report read in full, in either language; a reason that only names the full text is', () => {
    expect(fullTextExclusionReasons(reasons)).not.toContain('not full text');
    expect(fullTextExclusionReasons(reasons)).toContain('wrong outcome');
    expect(fullTextExclusionReasons(exclusionReasonsIn('id'))).not.toContain('teks lengkap tidak tersedia');
    expect(fullTextExclusionReasons(['Full text not in English', 'teks lengkap berbahasa Jerman', 'No full text'])).toEqual([
      'Full text not in English',
      'teks lengkap berbahasa Jerman',
    ]);
  });

  it('goes with "Report not retrieved", in the review’s own words', () => {
    expect(notRetrievedReason(reasons)).toBe('not full text');
    expect(fullTextDecision('not-retrieved', undefined, exclusionReasonsIn('id'))).toEqual({ decision: 'exclude', retrieved: false, reason: 'teks lengkap tidak tersedia' });
  });

  it('chosen as an exclusion reason by a copy that says nothing of the report counts as "Reports not retrieved"', () => {
    const old = [
      event('decision', ani, 10, { stage: 'screening', decision: 'include' }),
      event('decision', ani, 20, { stage: 'full-text', decision: 'exclude', reason: 'teks lengkap tidak tersedia' }),
    ];
    const first = foldDecisions(old, NO_GROUPS, 'single', 'screening').final.get('pmid:1');
    const second = foldDecisions(old, NO_GROUPS, 'single', 'full-text').final.get('pmid:1');
    expect(second).toMatchObject({ retrieved: false });
    expect(boxOf(first, second)).toBe('notRetrieved');
  });

  it('chosen by a reviewer who had the report (Exclude, beside "Report not retrieved") stays an exclusion (a poster, an abstract only)', () => {
    const old = [
      event('decision', ani, 10, { stage: 'screening', decision: 'include' }),
      event('decision', ani, 20, { stage: 'full-text', decision: 'exclude', reason: 'teks lengkap tidak tersedia', retrieved: true }),
    ];
    const first = foldDecisions(old, NO_GROUPS, 'single', 'screening').final.get('pmid:1');
    const second = foldDecisions(old, NO_GROUPS, 'single', 'full-text').final.get('pmid:1');
    expect(second).toMatchObject({ retrieved: true });
    expect(boxOf(first, second)).toBe('excludedFullText');
  });

  it('stays a reason to exclude at title/abstract (an abstract with no paper behind it)', () => {
    const titleAbstract = [event('decision', ani, 10, { stage: 'screening', decision: 'exclude', reason: 'not full text' })];
    const first = foldDecisions(titleAbstract, NO_GROUPS, 'single', 'screening').final.get('pmid:1');
    expect(first).toMatchObject({ decision: 'exclude', reason: 'not full text', retrieved: undefined });
    expect(boxOf(first, undefined)).toBe('excludedScreening');
  });
});
