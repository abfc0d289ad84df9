// Review R13: an "another report of" link set on a record that a later merge leaves behind as an
// alias (its own merge, or Saring's merge of a teammate's copy that takes the group's key) was dropped.
import { expect, it } from 'vitest';
import { studiesOf } from '../../lib/prisma/studies';
import { recordsView } from '../../lib/review/records-view';
import { foldGroups } from '../../lib/review/groups';
import type { ReviewEvent, ReviewRecord } from '../../lib/model';
import { foundRecord } from '../support/records';

const record = (key: string, more: Partial<ReviewRecord> = {}) => ({ ...foundRecord(key, [{ database: 'pubmed', searchId: 's' }]), ...more });
const ev = (id: string, at: number, kind: string, subject: string, payload: unknown): ReviewEvent =>
  ({ id, reviewId: 'r', by: { id: 'a', name: 'Ani' }, at, subject, kind, payload }) as ReviewEvent;

it('a link made on a record that is later merged into another (not the survivor) is kept', () => {
  // Ani links her conference abstract (pmid:abs) to the trial. Later the same abstract is found
  // again in Scopus as doi:abs and merged, doi:abs surviving.
  const docs = [record('trial'), record('pmid:abs'), record('doi:abs')];
  const events = [ev('e1-abcdefgh', 2, 'record-edit', 'pmid:abs', { reportOf: 'trial' }), ev('m1-abcdefgh', 3, 'merge', 'merge', { target: 'doi:abs', keys: ['pmid:abs'] })];
  const shown = recordsView(docs, foldGroups(events), events);
  const abs = shown.find((r) => r.key === 'doi:abs')!;
  expect(abs.aliases).toContain('pmid:abs');
  expect(abs.reportOf).toBe('trial');
  expect(studiesOf(shown, ['trial', 'doi:abs'])).toBe(1);
});

it("a link set on a merged record as shown is kept when a teammate's copy (a DOI record) later joins the study", () => {
  // Ani merged her PubMed and Scholar copies of the abstract (shown as pmid:abs) and linked it to the trial.
  // Budi's copy doi:abs arrives; Saring merges it (dated SAME_STUDY_AT = 1, so its target becomes the group's key).
  const docs = [record('trial'), record('pmid:abs'), record('scholar:abs'), record('doi:abs')];
  const events = [
    ev('m1-abcdefgh', 100, 'merge', 'merge', { target: 'pmid:abs', keys: ['scholar:abs'] }),
    ev('e1-abcdefgh', 200, 'record-edit', 'pmid:abs', { reportOf: 'trial' }),
    { ...ev('same-abcdefghijkl', 1, 'merge', 'merge', { target: 'doi:abs', keys: ['pmid:abs'] }), by: { id: 'saring:same-study', name: 'Saring' } } as ReviewEvent,
  ];
  const shown = recordsView(docs, foldGroups(events), events);
  const abs = shown.find((r) => r.aliases.includes('pmid:abs'))!;
  expect(abs.key).toBe('doi:abs');
  expect(abs.reportOf).toBe('trial');
});

it("a title corrected on a merged record as shown stays corrected when a teammate's DOI copy joins by Saring's merge", () => {
  const docs = [record('pmid:abs'), record('scholar:abs'), record('doi:abs')];
  const fixed = { ...docs[1].article, title: 'Corrected title of the abstract' };
  const events = [ev('m1-abcdefgh', 100, 'merge', 'merge', { target: 'pmid:abs', keys: ['scholar:abs'] }), ev('e1-abcdefgh', 200, 'record-edit', 'pmid:abs', { article: fixed })];
  const before = recordsView(docs, foldGroups(events), events).find((r) => r.key === 'pmid:abs')!;
  expect(before.article.title).toBe('Corrected title of the abstract');
  events.push({ ...ev('same-abcdefghijkl', 1, 'merge', 'merge', { target: 'doi:abs', keys: ['pmid:abs'] }), by: { id: 'saring:same-study', name: 'Saring' } } as ReviewEvent);
  const after = recordsView(docs, foldGroups(events), events).find((r) => r.aliases.includes('pmid:abs'))!;
  expect(after.article.title).toBe('Corrected title of the abstract');
});
