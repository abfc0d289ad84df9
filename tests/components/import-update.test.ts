// Review R13: a search run again later (97 records imported before, 3 new) was skipped by default,
// and its new records were lost unless the reviewer changed the choice.
import { expect, it } from 'vitest';
import { importOverlap, importFingerprint } from '../../lib/review/import-overlap';
import { defaultChoice } from '../../components/dashboard/ImportOverlap';
import type { LoggedSearch, ReviewRecord } from '../../lib/model';
import { foundRecord } from '../support/records';

it('a re-run of the same PubMed search with 3 new records (search update) is not skipped by default', () => {
  const keys = Array.from({ length: 97 }, (_, i) => `pmid:${1000 + i}`);
  const records = keys.map((k) => foundRecord(k, [{ database: 'pubmed', searchId: 's1' }])) as ReviewRecord[];
  const search = {
    id: 's1',
    reviewId: 'r',
    database: 'PubMed',
    query: 'q',
    url: '',
    filters: {},
    pages: [],
    at: 1,
    origin: 'import',
    counted: true,
    recordCount: 97,
    fingerprint: importFingerprint(keys),
  } as unknown as LoggedSearch;
  const update = [...keys, 'pmid:2001', 'pmid:2002', 'pmid:2003'].sort();
  const overlap = importOverlap({ keys: update, fingerprint: importFingerprint(update), records: 100, database: 'PubMed' }, { records, deleted: [], searches: [search] });
  const choice = defaultChoice({ overlap, attachable: [], total: 100, records: 100 });
  expect(choice).toBe('new');
});
