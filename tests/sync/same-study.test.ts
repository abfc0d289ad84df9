// @vitest-environment node
import { expect, it } from 'vitest';
import { ReviewSchema } from '../../lib/model';
import { listEvents, listRecords, recordSeen, saveReview, setActiveReview } from '../../lib/db';
import { foldGroups, resolveKey } from '../../lib/review/groups';
import { blankReview } from '../../lib/screening/templates';
import { article } from '../db/helpers';
import { teamDatabase } from './couch-server';
import { clientFor, profile, serverForFile, syncOnce } from './helpers';

// Ani met a study on PubMed, whose result list shows no DOI (record `pmid:31978945`); Budi met
// the same paper on Europe PMC with its DOI (record `doi:10.1234/oxy.2021`) before they
// synced. One reviewer meeting it twice gets one record (same PMID); two reviewers got two
// until someone ran "Merge certain duplicates". Both machines now merge them, with the same
// merge event, so the server holds it once and nothing goes back and forth.

const server = serverForFile();

it('merges the same study two teammates met under two keys, the same way on both machines', async () => {
  const name = 'same-study-a';
  await teamDatabase(server.couch, name, [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
  const ani = clientFor(server.couch, name, 'ani', 'ani-pw');
  const budi = clientFor(server.couch, name, 'budi', 'budi-pw');
  await profile('Ani');
  const review = await saveReview(ReviewSchema.parse({ ...blankReview('same-study-review', 'Pijat oksitosin', 1) }));
  await setActiveReview(review.id);
  await syncOnce(ani, review.id);
  await profile('Budi');
  await syncOnce(budi, review.id);

  await profile('Ani');
  await recordSeen(review.id, [article({ doi: undefined })], { database: 'PubMed' });
  await profile('Budi');
  await recordSeen(review.id, [article({ doi: '10.1234/oxy.2021', source: 'web', url: 'https://europepmc.org/article/MED/31978945' })], { database: 'Europe PMC' });

  const turns: ['Ani' | 'Budi', ReturnType<typeof clientFor>][] = [
    ['Budi', budi],
    ['Ani', ani],
    ['Budi', budi],
    ['Ani', ani],
    ['Budi', budi],
  ];
  for (const [who, client] of turns) {
    await profile(who);
    await syncOnce(client, review.id);
  }
  const seen = async (who: string) => {
    await profile(who);
    const events = await listEvents(review.id);
    const groups = foldGroups(events);
    return {
      keys: (await listRecords(review.id)).map((r) => resolveKey(groups, r.key)),
      merges: events.filter((e) => e.kind === 'merge').map(({ seq: _seq, ...e }) => e),
    };
  };
  const a = await seen('Ani');
  const b = await seen('Budi');
  expect(new Set(a.keys)).toEqual(new Set(['doi:10.1234/oxy.2021']));
  expect(a.merges).toHaveLength(1);
  expect(a.merges[0].payload).toEqual({ target: 'doi:10.1234/oxy.2021', keys: ['pmid:31978945'] });
  expect(b).toEqual(a);
  // One version of the merge on the server, and nothing waits on either side.
  const doc = await (await server.couch.admin(`/${name}/ev:${a.merges[0].id}?conflicts=true`)).json();
  expect(doc._conflicts).toBeUndefined();
  for (const [who, client] of turns.slice(0, 2)) {
    await profile(who);
    expect(await syncOnce(client, review.id)).toMatchObject({ sent: 0, received: 0 });
  }
});
