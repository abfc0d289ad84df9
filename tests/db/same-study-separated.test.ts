import { expect, it } from 'vitest';
import type { ReviewEvent } from '../../lib/model';
import { foldGroups, resolveKey, SAME_STUDY_AT, SAME_STUDY_BY_ID } from '../../lib/review/groups';

// Found by reviewer R13: a Saring (same-study) merge made on another machine joined again records
// a reviewer had unmerged or kept apart, so one decision silently stood for two studies.
const saring = { id: SAME_STUDY_BY_ID, name: 'Saring' };
const ani = { id: 'ani', name: 'Ani' };
const sameStudy = (id: string, target: string, keys: string[]) =>
  ({ id, reviewId: 'r', by: saring, at: SAME_STUDY_AT, subject: 'merge', kind: 'merge', payload: { target, keys } }) as ReviewEvent;
const manual = (id: string, at: number, target: string, keys: string[]) =>
  ({ id, reviewId: 'r', by: ani, at, subject: 'merge', kind: 'merge', payload: { target, keys } }) as ReviewEvent;
const undo = (of: string) => ({ id: 'u1-abcdefgh', reviewId: 'r', by: ani, at: 500, subject: 'merge', kind: 'merge-undo', payload: { merge: of } }) as ReviewEvent;
const keepApart = (a: string, b: string) =>
  ({ id: 'k1-abcdefgh', reviewId: 'r', by: ani, at: 600, subject: 'merge', kind: 'keep-apart', payload: { a, b } }) as unknown as ReviewEvent;

/** The groups from these events in the order given and reversed: they must be the same. */
function groupsBothWays(events: ReviewEvent[]) {
  const groups = foldGroups(events);
  const reversed = foldGroups([...events].reverse());
  expect(reversed.repOf).toEqual(groups.repOf);
  expect(reversed.members).toEqual(groups.members);
  return groups;
}

it("an undone Saring merge does not come back through another machine's merge of the same study with a third record", () => {
  // Ani's machine merged pmid:1 into doi:X (h1) and Ani undid it: two studies. Citra's machine
  // held a Scholar row of the same study before either arrived: it merged all three (h2).
  const groups = groupsBothWays([sameStudy('same-h1aaaaaaaaaa', 'doi:X', ['pmid:1']), undo('same-h1aaaaaaaaaa'), sameStudy('same-h2aaaaaaaaaa', 'doi:X', ['pmid:1', 'scholar:z'])]);
  expect(resolveKey(groups, 'pmid:1')).toBe('pmid:1');
  // The Scholar row was never separated from doi:X: it still joins it.
  expect(resolveKey(groups, 'scholar:z')).toBe('doi:X');
  expect(groups.members.get('doi:X')).toEqual(['doi:X', 'scholar:z']);
});

it('a pair a reviewer kept apart is not joined through two Saring merges that each hold one of them', () => {
  // Ani's machine: pmid:1 merged into doi:X; she keeps the Scholar row apart from doi:X.
  // Citra's machine, before doi:X arrived, merged the Scholar row into pmid:1.
  const groups = groupsBothWays([sameStudy('same-h1aaaaaaaaaa', 'doi:X', ['pmid:1']), keepApart('doi:X', 'scholar:z'), sameStudy('same-h3aaaaaaaaaa', 'pmid:1', ['scholar:z'])]);
  expect(resolveKey(groups, 'scholar:z')).not.toBe(resolveKey(groups, 'doi:X'));
  // The first merge in the one event order (h1) stands; h3 is the one that would join the pair.
  expect(resolveKey(groups, 'pmid:1')).toBe('doi:X');
  expect(resolveKey(groups, 'scholar:z')).toBe('scholar:z');
});

it("a Saring merge does not join a kept-apart pair through a reviewer's own merge", () => {
  const groups = groupsBothWays([manual('m1-abcdefgh', 300, 'doi:X', ['pmid:1']), keepApart('doi:X', 'scholar:z'), sameStudy('same-h3aaaaaaaaaa', 'pmid:1', ['scholar:z'])]);
  expect(resolveKey(groups, 'pmid:1')).toBe('doi:X');
  expect(resolveKey(groups, 'scholar:z')).toBe('scholar:z');
});

it("a reviewer's own merge still joins a pair they once kept apart", () => {
  const groups = groupsBothWays([keepApart('doi:X', 'pmid:1'), manual('m1-abcdefgh', 700, 'doi:X', ['pmid:1'])]);
  expect(resolveKey(groups, 'pmid:1')).toBe('doi:X');
});
