import { ReviewEventSchema, ReviewSchema, type ReviewEvent, type ReviewRecord } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';
import { seededRandom } from '../support/random';

/**
 * A review's worth of events from three reviewers, as several replicas could hold them:
 * decisions, resolutions, merges and their undos, edits, deletions, searches and protocol
 * versions, all validated as real events are. Seeded, so a failure can be replayed.
 */
export function generateReview(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const reviewers = [
    { id: 'ani', name: 'Ani' },
    { id: 'budi', name: 'Budi' },
    { id: 'citra', name: 'Citra' },
  ];
  const keys = Array.from({ length: 30 }, (_, i) => `pmid:${i + 1}`);
  const records: ReviewRecord[] = keys.map((key, i) => ({
    reviewId: 'r',
    key,
    aliases: [],
    addedAt: 10 + i,
    updatedAt: 10 + i,
    article: { title: `Study ${i} of oxytocin massage`, authors: [`Author${i} A`], year: 2015 + (i % 10), url: '', source: 'import' },
    sources: [{ database: pick(['pubmed', 'garuda', 'Scopus']), searchId: `s${i % 3}`, at: 10 + i }],
  }));
  const events: ReviewEvent[] = [];
  let n = 0;
  const add = (kind: string, subject: string, payload: unknown) => {
    n++;
    // Clocks of different machines: times collide on purpose, ids break the ties.
    const event = { id: `ev-${seed}-${n}-${Math.floor(random() * 1e6)}`, reviewId: 'r', by: pick(reviewers), at: 100 + Math.floor(random() * 60), subject, kind, payload };
    events.push(ReviewEventSchema.parse(event));
    return event.id;
  };
  const protocol = ReviewSchema.parse(blankReview('r', 'Team review', 1));
  for (let i = 0; i < 120; i++) {
    const roll = random();
    const key = pick(keys);
    const decision = pick(['include', 'exclude', 'maybe'] as const);
    const payload = { stage: random() < 0.85 ? 'screening' : 'full-text', decision, reason: decision === 'exclude' ? pick(['wrong population', 'other']) : undefined, answers: {} };
    if (roll < 0.6) add('decision', key, payload);
    else if (roll < 0.68) add('resolution', key, { ...payload, why: 'discussed' });
    else if (roll < 0.76) {
      const id = add('merge', 'merge', { target: key, keys: [pick(keys), pick(keys)].filter((k) => k !== key).slice(0, 1 + Math.floor(random() * 2)) });
      if (random() < 0.3) add('merge-undo', 'merge', { merge: id });
    } else if (roll < 0.8) add('records-delete', 'delete', { keys: [key] });
    else if (roll < 0.83) add('records-restore', 'delete', { keys: [key] });
    else if (roll < 0.87) add('record-edit', key, { evidence: { studyDesign: `design ${i}` } });
    else if (roll < 0.94)
      add('search', `search:s${i % 3}`, {
        searchId: `s${i % 3}`,
        database: 'pubmed',
        query: 'q',
        pages: [1 + (i % 4)],
        totalResults: random() < 0.5 ? i : undefined,
        origin: 'web',
      });
    else if (roll < 0.97) add('search-edit', `search:s${i % 3}`, { searchId: `s${i % 3}`, patch: { counted: random() < 0.5 } });
    else add('protocol', 'protocol', { protocol: { ...protocol, title: `Team review v${i}` } });
  }
  return { records, events, reviewers };
}

/** A copy of the events in another order (another replica's arrival order). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
