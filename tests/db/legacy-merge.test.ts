import { beforeEach, expect, it } from 'vitest';
import { loadReviewData, parseBackup, restoreBackup, undoMerge } from '../../lib/db';
import backupV1 from './backup-v1.json';
import { freshDb } from './helpers';

// Saring before schema 4 folded a merged record into its target and logged the target as it
// was at the merge. A merge still in force is converted to unmerged records and a merge event
// (the schema-4 upgrade and every format-1 backup restored): the target must keep what it
// learnt after the merge, and give back only what the merged record brought.

beforeEach(freshDb);

type V1 = { records: { article: Record<string, unknown>; sources: unknown[] }[] };

it('keeps what a merged record learnt after the merge, and gives back what the merge brought', async () => {
  const backup = structuredClone(backupV1) as unknown as V1;
  // After the merge (at 50) the record was seen again on its PubMed page (at 60), which gave its
  // abstract and journal; the merge had brought the DOI of the record merged into it.
  backup.records[0].article = {
    ...backup.records[0].article,
    doi: '10.1000/x',
    abstract: 'Pijat oksitosin menambah volume ASI.',
    journal: 'Jurnal Kebidanan',
  };
  backup.records[0].sources = [...backup.records[0].sources, { database: 'pubmed', url: 'https://pubmed.ncbi.nlm.nih.gov/1/', at: 60 }];
  await restoreBackup(parseBackup(JSON.stringify(backup)));
  const shown = (await loadReviewData('old')).records.find((r) => r.key === 'pmid:1')!;
  expect(shown.article).toMatchObject({ abstract: 'Pijat oksitosin menambah volume ASI.', journal: 'Jurnal Kebidanan', doi: '10.1000/x' });
  expect(shown.sources.map((s) => s.at).sort()).toEqual([30, 40, 60]);

  // Undone, the merged record takes its DOI back; the target keeps its later abstract.
  await undoMerge('old', (await loadReviewData('old')).merges[0].id);
  const apart = (await loadReviewData('old')).records;
  expect(apart.find((r) => r.key === 'pmid:1')!.article).toMatchObject({ abstract: 'Pijat oksitosin menambah volume ASI.', journal: 'Jurnal Kebidanan' });
  expect(apart.find((r) => r.key === 'pmid:1')!.article.doi).toBeUndefined();
  expect(apart.find((r) => r.key === 'doi:10.1000/x')!.article.doi).toBe('10.1000/x');
});
