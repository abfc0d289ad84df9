import { beforeEach, describe, expect, it } from 'vitest';
import {
  db,
  decide,
  decideAll,
  deleteRecords,
  getActiveReview,
  getRecord,
  listRecords,
  loadReviewData,
  mergeRecords,
  readFirstScreen,
  reviewsWithStaleScreens,
  recordSeen,
  saveReview,
  setActiveReview,
  setReviewArchived,
  setLocalReviewer,
  storeEvents,
  storeRecordVersions,
  stripStored,
  updateRecord,
} from '../../lib/db';
import { firstScreenOf, type FirstScreen } from '../../lib/review/first-screen';
import { article, freshDb } from './helpers';

// The dashboard shows a saved first screen at once. When the review changed since it was
// taken, the screen catches up on the changed records alone — and must then show exactly what
// a full read would: the same counts and the same first rows (perhaps fewer of them).
const settled = () => new Promise((r) => setTimeout(r, 20));

describe('saved first screen', () => {
  beforeEach(freshDb);

  it('is saved by a full read that asks for it, and read back while nothing changed', async () => {
    const id = await review();
    expect(await readFirstScreen(id)).toBeUndefined();
    await loadReviewData(id);
    await settled();
    expect(await readFirstScreen(id)).toBeUndefined(); // a plain read saves nothing
    await loadReviewData(id, { remember: true });
    await settled();
    const screen = await readFirstScreen(id);
    expect(screen?.rows.map((r) => r.record.key)).toEqual(['pmid:2', 'pmid:1']);
    expect(screen?.counts).toMatchObject({ include: 1, undecided: 1 });
    expect(screen?.rows[0].record).not.toHaveProperty('matchKeys');
  });

  it('catches up on decisions, sightings and a team member’s record version, as a full read would show them', async () => {
    const id = await review();
    await remember(id);
    await decide(id, 'pmid:1', { decision: 'exclude' });
    await expectCurrent(id);
    await recordSeen(id, [article({ pmid: '3', sourceId: '3', title: 'Kangaroo care' })], { database: 'pubmed' });
    await expectCurrent(id);
    await decide(id, 'pmid:3', { decision: 'include' });
    await updateRecord(id, 'pmid:3', { article: { ...article({ pmid: '3', sourceId: '3' }), title: 'Kangaroo mother care' } });
    expect((await expectCurrent(id)).rows[0].record.article.title).toBe('Kangaroo mother care');
    // A team member's version of a record, received from the server: it keeps its change
    // number (it is not sent back), yet the table shows it differently.
    const [first] = await listRecords(id);
    await storeRecordVersions([{ ...stripStored(first), article: { ...first.article, abstract: 'Received from the team server.' } }], new Map([[first.key, '2-abc']]));
    expect((await getRecord(id, first.key))?.article.abstract).toBe('Received from the team server.');
    const screen = await expectCurrent(id);
    expect(screen.rows.find((r) => r.record.key === first.key)?.record.article.abstract).toBe('Received from the team server.');
  });

  it('is not used after a merge, a deletion, a protocol change, another reviewer or an import the write log does not list', async () => {
    const id = await review();
    const steps: (() => Promise<unknown>)[] = [
      () => mergeRecords(id, 'pmid:1', ['pmid:2']),
      () => deleteRecords(id, ['pmid:1']),
      async () => saveReview({ ...(await getActiveReview()), mode: 'dual-open' }),
      () => setLocalReviewer({ id: 'budi', name: 'Budi' }),
      () =>
        recordSeen(
          id,
          Array.from({ length: 501 }, (_, i) => article({ pmid: String(1000 + i), sourceId: String(1000 + i), title: `Study ${i}` })),
          { database: 'pubmed' },
        ),
    ];
    for (const step of steps) {
      await remember(id);
      await step();
      expect(await readFirstScreen(id)).toBeUndefined();
    }
  });

  it('counts a decision only once when the review changed while it was read', async () => {
    const id = await review();
    const reading = loadReviewData(id, { remember: true });
    await decide(id, 'pmid:1', { decision: 'exclude' });
    await reading;
    await settled();
    const screen = await readFirstScreen(id);
    if (screen) await expectCurrent(id);
  });

  it('shows what a full read shows after any run of small changes to a review larger than the screen', async () => {
    // A fixed pseudo-random walk: decisions (several at one time, so ties in the opening
    // order are met; some dated long ago, as from another device), sightings of new and known
    // records, edits, another reviewer's decisions in a dual review.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const { id } = await getActiveReview();
    await saveReview({ ...(await getActiveReview()), mode: 'dual-open' });
    const keys = await recordSeen(
      id,
      Array.from({ length: 90 }, (_, i) => article({ pmid: String(100 + i), sourceId: String(100 + i), title: `Study ${i}` })),
      { database: 'pubmed' },
    );
    let clock = 1_700_000_000_000;
    let caughtUp = 0;
    for (let step = 0; step < 40; step++) {
      if (step % 4 === 0) await remember(id);
      const kind = pick(['decide', 'decide', 'tie', 'late', 'seen', 'seen-new', 'edit', 'other']);
      clock += 1_000;
      if (kind === 'decide') await decide(id, pick(keys), { decision: pick(['include', 'exclude', 'maybe'] as const) }, clock);
      if (kind === 'late') await decide(id, pick(keys), { decision: 'exclude' }, clock - 9_000_000);
      if (kind === 'tie') await decideAll(id, [pick(keys), pick(keys), pick(keys)], { decision: 'maybe' }, clock);
      if (kind === 'seen') await recordSeen(id, [article({ pmid: pick(keys).slice(5), sourceId: 'x', title: 'Seen again' })], { database: 'google-scholar' }, clock);
      if (kind === 'seen-new')
        keys.push(...(await recordSeen(id, [article({ pmid: String(500 + step), sourceId: String(500 + step), title: `New ${step}` })], { database: 'pubmed' }, clock)));
      if (kind === 'edit') {
        const key = pick(keys);
        const record = await getRecord(id, key);
        await updateRecord(id, key, { article: { ...record!.article, title: `Edited ${step}` } });
      }
      if (kind === 'other')
        await storeEvents([
          {
            id: `budi-${step}-decision`,
            reviewId: id,
            by: { id: 'budi', name: 'Budi' },
            at: clock,
            subject: pick(keys),
            kind: 'decision',
            payload: { stage: 'screening', decision: 'include', answers: {} },
          },
        ]);
      const screen = await readFirstScreen(id);
      if (screen) {
        await expectCurrent(id, screen);
        caughtUp++;
      }
    }
    // Most walks end in a screen that caught up (a tie it cannot order gives up).
    expect(caughtUp).toBeGreaterThan(25);
  });
});

describe('reviews to warm at start', () => {
  beforeEach(freshDb);

  it('are those whose saved first screen is missing or behind, archived ones left', async () => {
    const id = await review();
    expect(await reviewsWithStaleScreens()).toEqual([id]); // none saved yet (as after an update)
    await remember(id);
    expect(await reviewsWithStaleScreens()).toEqual([]);
    await decide(id, 'pmid:1', { decision: 'exclude' });
    expect(await reviewsWithStaleScreens()).toEqual([id]);
    const other = await saveReview({ ...(await getActiveReview()), id: 'other-review', title: 'Another review' });
    await setActiveReview(other.id);
    await setReviewArchived(id, true);
    expect(await reviewsWithStaleScreens()).toEqual([other.id]);
  });
});

async function review() {
  const { id } = await getActiveReview();
  await recordSeen(id, [article({ pmid: '1', sourceId: '1', title: 'Pijat oksitosin' }), article({ pmid: '2', sourceId: '2', title: 'Breast massage' })], { database: 'pubmed' });
  await decide(id, 'pmid:2', { decision: 'include' });
  return id;
}

/** A full read that saves the first screen, and the screen saved. */
async function remember(id: string) {
  await loadReviewData(id, { remember: true });
  await settled();
  expect((await db().screens.get(id))?.mark).toBeDefined();
}

/** The first screen shown now equals a full read's: same counts, its rows the first rows. */
async function expectCurrent(id: string, shown?: FirstScreen): Promise<FirstScreen> {
  const screen = shown ?? (await readFirstScreen(id));
  expect(screen).toBeDefined();
  const data = await loadReviewData(id);
  const full = firstScreenOf({ reviewId: id, mark: '', reviewerId: data.me.id }, data.records, data.decisions);
  expect({ total: screen!.total, counts: screen!.counts }).toEqual({ total: full.total, counts: full.counts });
  expect(screen!.rows.length).toBeGreaterThanOrEqual(Math.min(full.total, 20));
  const plain = (rows: FirstScreen['rows']) => rows.map((r) => ({ record: stripStored(r.record as never), decision: r.decision }));
  expect(plain(screen!.rows)).toEqual(plain(full.rows.slice(0, screen!.rows.length)));
  return screen!;
}
