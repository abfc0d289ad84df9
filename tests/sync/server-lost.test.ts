// @vitest-environment node
import { expect, it } from 'vitest';
import { ArticleSchema, ReviewSchema } from '../../lib/model';
import { decide, importRecords, recordSeen, saveReview, setActiveReview } from '../../lib/db';
import { blankReview } from '../../lib/screening/templates';
import { article } from '../db/helpers';
import { teamDatabase } from './couch-server';
import { clientFor, profile, serverForFile, syncOnce } from './helpers';

// A team server that lost what it held (restored from nothing, or the administrator gave the
// team another database) must get this reviewer's records again: they are the review's
// records for every teammate who joins later. Each record was sent before under the server's
// revision of it, which the new database does not know.

const server = serverForFile();

const serverIds = async (name: string, prefix: string) => {
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  return ((await (await server.couch.admin(`/${name}/_all_docs?${range}`)).json()) as { rows: { id: string }[] }).rows.map((r) => r.id);
};

async function synced(name: string) {
  await teamDatabase(server.couch, name, [['ani', 'ani-pw']]);
  await profile('Ani');
  const review = await saveReview(ReviewSchema.parse({ ...blankReview('lost-review', 'Pijat oksitosin', 1) }));
  await setActiveReview(review.id);
  const articles = [0, 1, 2].map((i) =>
    ArticleSchema.parse(article({ pmid: String(1000 + i), sourceId: String(1000 + i), title: `Oxytocin massage study ${i} in postpartum mothers` })),
  );
  await importRecords(review.id, { database: 'PubMed', fileName: 'pubmed.nbib', format: 'medline' }, articles);
  await decide(review.id, 'pmid:1000', { decision: 'include' });
  await syncOnce(clientFor(server.couch, name, 'ani', 'ani-pw'), review.id);
  expect(await serverIds(name, 'rec:')).toHaveLength(3);
  return { review, articles };
}

for (const how of ['wiped', 'replaced'] as const) {
  it(`sends every record again to a server that was ${how}`, async () => {
    const name = `lost-${how}`;
    const { review } = await synced(name);
    let target = name;
    if (how === 'wiped') {
      await server.couch.admin(`/${name}`, { method: 'DELETE' });
      await teamDatabase(server.couch, name, [['ani', 'ani-pw']]);
    } else {
      target = `${name}-new`;
      await teamDatabase(server.couch, target, [['ani', 'ani-pw']]);
    }
    // Sent once each, without the old revisions: no conflict to look up first.
    const client = clientFor(server.couch, target, 'ani', 'ani-pw');
    let lookups = 0;
    await syncOnce(
      {
        ...client,
        allDocs: (keys: string[]) => {
          lookups++;
          return client.allDocs(keys);
        },
      },
      review.id,
    );
    expect(lookups).toBe(0);
    expect(await serverIds(target, 'rec:')).toEqual(['rec:pmid:1000', 'rec:pmid:1001', 'rec:pmid:1002']);
    expect((await serverIds(target, 'ev:')).length).toBeGreaterThan(0);
  });
}

it('sends a record again that the server no longer has under the revision known here', async () => {
  // The same server and checkpoint, but the record's document was deleted there (by an
  // administrator's clean-up): its revision known here is not the server's any more.
  const name = 'lost-one';
  const { review, articles } = await synced(name);
  const doc = (await (await server.couch.admin(`/${name}/rec:pmid:1001`)).json()) as { _rev: string };
  await server.couch.admin(`/${name}/rec:pmid:1001?rev=${doc._rev}`, { method: 'DELETE' });
  await recordSeen(review.id, [articles[1]], { database: 'garuda', url: 'https://garuda.kemdikbud.go.id/documents?q=pijat' });
  const { sent } = await syncOnce(clientFor(server.couch, name, 'ani', 'ani-pw'), review.id);
  expect(sent).toBe(1);
  const back = (await (await server.couch.admin(`/${name}/rec:pmid:1001`)).json()) as { record?: { sources: { database: string }[] } };
  expect(back.record?.sources.map((s) => s.database).sort()).toEqual(['PubMed', 'garuda']);
});
