// Review of d73cbf9 (lib/db/backup.ts restoreBackup → mayOpen): the restore opens the backup's
// review whenever this profile's active review holds no records. Meant for the empty first review
// of a new computer, it also takes the reviewer away from a review they set up here on purpose —
// its protocol written and its searches logged (Garuda's "0 documents" search is logged with no
// record) — so the next decisions made on result pages go into the backup's review instead.
import { beforeEach, expect, it } from 'vitest';
import { exportBackup, getActiveReview, logSearch, parseBackup, recordSeen, resetDbForTests, restoreBackup, saveReview } from '../../lib/db';
import { article, freshDb } from '../db/helpers';

beforeEach(freshDb);

it('keeps active a review set up here (protocol and searches, no records yet)', async () => {
  const old = await getActiveReview();
  await recordSeen(old.id, [article()], { database: 'pubmed' });
  const backup = parseBackup(JSON.stringify(await exportBackup()));

  await resetDbForTests();
  const mine = await getActiveReview();
  await saveReview({ ...mine, title: 'Pijat oksitosin pada ibu nifas', question: 'Apakah pijat oksitosin meningkatkan produksi ASI?' });
  await logSearch(mine.id, { database: 'garuda', query: 'pijat oksitosin', url: '', filters: {}, page: 1, totalResults: 0 }, 1_000);

  await restoreBackup(backup);
  expect((await getActiveReview()).id).toBe(mine.id);
});
