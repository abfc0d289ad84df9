import { beforeEach, expect, it } from 'vitest';
import { getRecord, storeRecordVersions } from '../../lib/db';
import { sameStudyMerges } from '../../lib/db/received-merges';
import { eventRev } from '../../lib/sync/docs';
import { article, europePmc, freshDb, teammatesCopy as copyOf } from './helpers';

beforeEach(freshDb);

it('makes a byte-identical merge on two machines that received the copies in different orders', async () => {
  const pubmed = await copyOf(article({ doi: undefined }), 'PubMed', 100);
  const doi = europePmc();
  // Budi met the DOI record at 200, Citra (on Europe PMC too, another search) at 150.
  const budis = await copyOf(doi, 'Europe PMC', 200);
  const citras = await copyOf({ ...doi, url: 'https://europepmc.org/search?q=oxytocin' }, 'Europe PMC search', 150);

  // Ani holds her PubMed record and receives Budi's copy of the DOI record.
  await freshDb();
  await storeRecordVersions([pubmed]);
  await storeRecordVersions([budis]);
  const onAnis = await sameStudyMerges('r1', [(await getRecord('r1', budis.key))!]);
  // Budi holds his copy, got Citra's version of it (joined: first arrival 150), then Ani's record.
  await freshDb();
  await storeRecordVersions([budis]);
  await storeRecordVersions([citras]);
  await storeRecordVersions([pubmed]);
  const onBudis = await sameStudyMerges('r1', [(await getRecord('r1', pubmed.key))!]);

  expect(onAnis).toHaveLength(1);
  expect(JSON.stringify(onBudis)).toBe(JSON.stringify(onAnis));
  expect(eventRev(onBudis[0])).toBe(eventRev(onAnis[0]));
});
