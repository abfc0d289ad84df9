import { describe, expect, it } from 'vitest';
import { ReviewSchema, SCREENING_MODES, type ReviewEvent } from '../../lib/model';
import { deriveReview, recordDecisions, visibleHistory } from '../../lib/review/derive';
import { foldDecisions } from '../../lib/review/decisions';
import { foldGroups } from '../../lib/review/groups';
import { protocolHistory } from '../../lib/review/protocol';
import { blankReview } from '../../lib/screening/templates';
import { generateReview, shuffled } from './generate-events';

const review = (mode: (typeof SCREENING_MODES)[number]) => ReviewSchema.parse({ ...blankReview('r', 'Team review', 1), mode });
const me = { id: 'ani', name: 'Ani' };

/** Everything the views show, in a form two derivations can be compared by. */
function snapshot(state: ReturnType<typeof deriveReview>) {
  const map = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    records: [...state.records].sort((a, b) => a.key.localeCompare(b.key)),
    final: map(state.screening.final),
    fullText: map(state.fullTextStage.final),
    byReviewer: map(state.screening.byReviewer).map(([k, m]) => [k, map(m)]),
    teamState: map(state.screening.state),
    shown: map(state.decisions),
    searches: state.searches,
    merges: state.merges,
    separations: [...state.separations].sort(),
    protocol: protocolHistory(state.events).at(-1)?.protocol.title,
  };
}

describe('state folded from events', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`is the same whatever order the events arrived in (seed ${seed})`, () => {
      const { records, events } = generateReview(seed);
      for (const mode of SCREENING_MODES) {
        const reference = snapshot(deriveReview(review(mode), me, records, events));
        for (const order of [11, 12, 13]) {
          expect(snapshot(deriveReview(review(mode), me, shuffled(records, order), shuffled(events, order)))).toEqual(reference);
        }
        // Receiving an event twice changes nothing either.
        expect(snapshot(deriveReview(review(mode), me, records, [...events, ...events.slice(0, 20)]))).toEqual(reference);
      }
    });
  }
});

const decision = (id: string, by: string, key: string, verdict: 'include' | 'exclude' | 'maybe', at: number, extra: object = {}): ReviewEvent =>
  ({
    id,
    reviewId: 'r',
    by: { id: by, name: by[0].toUpperCase() + by.slice(1) },
    at,
    subject: key,
    kind: 'decision',
    payload: { stage: 'screening', decision: verdict, answers: {}, ...(verdict === 'exclude' ? { reason: 'other' } : {}), ...extra },
  }) as ReviewEvent;

describe('dual screening', () => {
  const fold = (events: ReviewEvent[]) => foldDecisions(events, foldGroups(events), 'dual-blind', 'screening');

  it('has no final decision until two reviewers decided; agreement is final, disagreement a conflict', () => {
    const one = fold([decision('e1', 'ani', 'k', 'include', 1)]);
    expect(one.final.has('k')).toBe(false);
    expect(one.state.get('k')).toBe('awaiting');
    const agree = fold([decision('e1', 'ani', 'k', 'include', 1), decision('e2', 'budi', 'k', 'include', 2)]);
    expect(agree.final.get('k')).toMatchObject({ decision: 'include', agreedBy: ['Ani', 'Budi'] });
    const maybe = fold([decision('e1', 'ani', 'k', 'include', 1), decision('e2', 'budi', 'k', 'maybe', 2)]);
    expect(maybe.state.get('k')).toBe('conflict');
    expect(maybe.final.has('k')).toBe(false);
  });

  it('takes a resolution made after both decisions as final, and who resolved it', () => {
    const events = [
      decision('e1', 'ani', 'k', 'include', 1),
      decision('e2', 'budi', 'k', 'exclude', 2),
      {
        ...decision('e3', 'citra', 'k', 'exclude', 3),
        kind: 'resolution',
        payload: { stage: 'screening', decision: 'exclude', reason: 'other', answers: {}, why: 'adults only' },
      } as ReviewEvent,
    ];
    const folded = fold(events);
    expect(folded.state.get('k')).toBe('resolved');
    expect(folded.final.get('k')).toMatchObject({ decision: 'exclude', reviewer: 'Citra', why: 'adults only' });
    // A reviewer changing their mind after the resolution opens the question again.
    expect(fold([...events, decision('e4', 'ani', 'k', 'maybe', 4)]).state.get('k')).toBe('conflict');
  });

  it('counts a publication-window rule decision at once', () => {
    const folded = fold([decision('e1', 'ani', 'k', 'exclude', 1, { automatic: true })]);
    expect(folded.final.get('k')).toMatchObject({ decision: 'exclude', automatic: true });
  });

  it('in blind mode shows a reviewer only their own decision until both decided', () => {
    const events = [decision('e1', 'budi', 'k', 'exclude', 1)];
    const records = [{ reviewId: 'r', key: 'k', aliases: [], addedAt: 1, updatedAt: 1, sources: [], article: { title: 'T', authors: [], url: '', source: 'import' as const } }];
    const blind = deriveReview(review('dual-blind'), me, records, events);
    expect(recordDecisions(blind, 'k')).toMatchObject({ others: [], todo: true, team: 'awaiting' });
    expect(blind.decisions.has('k')).toBe(false);
    expect(visibleHistory(blind, 'k')).toEqual([]);
    const open = deriveReview(review('dual-open'), me, records, events);
    expect(recordDecisions(open, 'k').others).toHaveLength(1);
    const both = deriveReview(review('dual-blind'), me, records, [...events, decision('e2', 'ani', 'k', 'include', 2)]);
    expect(recordDecisions(both, 'k')).toMatchObject({ team: 'conflict', todo: false, others: [expect.objectContaining({ reviewer: 'Budi' })] });
    expect(visibleHistory(both, 'k')).toHaveLength(2);
  });

  it('keeps both of two protocol edits made at once: the later is current, the other in history', () => {
    const protocol = review('single');
    const edit = (id: string, by: string, at: number, title: string): ReviewEvent =>
      ({ id, reviewId: 'r', by: { id: by, name: by }, at, subject: 'protocol', kind: 'protocol', payload: { protocol: { ...protocol, title } } }) as unknown as ReviewEvent;
    const history = protocolHistory([edit('p2', 'budi', 5, 'Budi’s title'), edit('p1', 'ani', 5, 'Ani’s title')]);
    expect(history.map((v) => v.protocol.title)).toEqual(['Ani’s title', 'Budi’s title']);
  });
});
