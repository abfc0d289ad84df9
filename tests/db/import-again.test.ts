import { beforeEach, describe, expect, it } from 'vitest';
import { addManualSearch, appendEvents, importRecords, listEvents, listSearches, newId } from '../../lib/db';
import { ArticleSchema, SUBJECT } from '../../lib/model';
import { prismaOfReview } from '../../lib/prisma/compute';
import { attachableSearches, fileKeys, importFingerprint, importOverlap } from '../../lib/review/import-overlap';
import { storeSeen } from '../../lib/db/records';
import { article, freshDb, stateOf } from './helpers';

// The same PubMed export imported twice doubled PRISMA's "records identified" (each import is
// a search counted with its records); a search entered by hand and the import of its export were
// two searches too. The import view is told before storing (lib/review/import-overlap.ts).
beforeEach(freshDb);

const exported = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) =>
    ArticleSchema.parse(article({ source: 'import', sourceId: undefined, url: '', pmid: String(3000 + from + i), title: `Pijat oksitosin study ${from + i}` })),
  );
const file = (articles: ReturnType<typeof exported>) => {
  const keys = fileKeys(articles);
  return { keys, fingerprint: importFingerprint(keys), records: articles.length, database: 'PubMed' };
};
const PUBMED = { database: 'PubMed', fileName: 'pubmed-pijat-set.nbib', format: 'medline' };

describe('a file imported again', () => {
  it('is found by its fingerprint, kept on the import’s search, whatever the file’s order', async () => {
    const first = exported(0, 12);
    await importRecords('r1', { ...PUBMED, fingerprint: file(first).fingerprint }, first, undefined, Date.UTC(2026, 11, 3));
    const logged = (await listEvents('r1')).find((e) => e.kind === 'search');
    expect(logged?.payload).toMatchObject({ origin: 'import', fingerprint: file(first).fingerprint });
    const again = file([...first].reverse());
    const overlap = importOverlap(again, await stateOf('r1'));
    expect(overlap.same).toMatchObject({ database: 'PubMed', fileName: 'pubmed-pijat-set.nbib', recordCount: 12, at: Date.UTC(2026, 11, 3) });
    expect(overlap.partial).toEqual([]);
  });

  it('names the import a second, longer export of the same search shares records with (n of m)', async () => {
    const first = exported(0, 10);
    await importRecords('r1', { ...PUBMED, fingerprint: file(first).fingerprint }, first);
    const overlap = importOverlap(file(exported(0, 13)), await stateOf('r1'));
    expect(overlap.same).toBeUndefined();
    expect(overlap.partial.map((p) => [p.search.fileName, p.shared])).toEqual([['pubmed-pijat-set.nbib', 10]]);
  });

  it('finds an import of an earlier release, logged without a fingerprint, by its records', async () => {
    // As releases before this one logged an import: no fingerprint on its search.
    const first = exported(0, 8);
    const searchId = newId();
    await storeSeen('r1', first, { database: 'PubMed', fileName: 'old.nbib', searchId }, 1);
    const payload = { searchId, database: 'PubMed', query: '', url: '', filters: {}, pages: [], origin: 'import' as const, counted: true, fileName: 'old.nbib', recordCount: 8 };
    await appendEvents('r1', [{ kind: 'search', subject: SUBJECT.search(searchId), payload }]);
    const state = await stateOf('r1');
    expect(importOverlap(file(first), state).same?.fileName).toBe('old.nbib');
    expect(importOverlap(file(exported(4, 10)), state)).toMatchObject({ same: undefined, partial: [{ shared: 4 }] });
  });
});

describe('an import attached to a search entered by hand', () => {
  it('is offered for the same database within two weeks, and then counts once in PRISMA', async () => {
    const ran = Date.UTC(2026, 11, 1, 12);
    const manualId = await addManualSearch('r1', { database: 'PubMed', query: 'pijat oksitosin', totalResults: 15, ranAt: ran });
    await addManualSearch('r1', { database: 'Scopus', query: 'pijat oksitosin', totalResults: 40, ranAt: ran });
    const now = Date.UTC(2026, 11, 3);
    expect(attachableSearches('pubmed', now, await stateOf('r1')).map((s) => s.id)).toEqual([manualId]);
    expect(attachableSearches('PubMed', now + 30 * 86_400_000, await stateOf('r1'))).toEqual([]);

    const records = exported(0, 12);
    await importRecords('r1', { ...PUBMED, fingerprint: file(records).fingerprint, attachTo: manualId }, records, undefined, now);
    const state = await stateOf('r1');
    expect((await listSearches('r1')).map((s) => [s.database, s.origin, s.query]).sort()).toEqual([
      ['PubMed', 'manual', 'pijat oksitosin'],
      ['Scopus', 'manual', 'pijat oksitosin'],
    ]);
    // PubMed's 15 reported (12 imported of them) once, Scopus's 40: not 15 + 12 + 40.
    expect(prismaOfReview(state).identifiedTotal).toBe(55);
    // It has records now: not offered again; and the same file is still found as imported.
    expect(attachableSearches('PubMed', now, state)).toEqual([]);
    expect(importOverlap(file(records), state).same?.id).toBe(manualId);
  });
});
