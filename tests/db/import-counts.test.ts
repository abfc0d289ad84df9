import { beforeEach, describe, expect, it } from 'vitest';
import { addManualSearch, importRecords, listEvents, listSearches } from '../../lib/db';
import { ArticleSchema, type Article } from '../../lib/model';
import { prismaOfReview } from '../../lib/prisma/compute';
import { fileIdentifiers, fileKeys, importFingerprint, importOverlap } from '../../lib/review/import-overlap';
import { defaultChoice, importCheck, planImports } from '../../components/dashboard/ImportOverlap';
import { article, freshDb, stateOf } from './helpers';

// PRISMA 2020's "records identified" per database, as a nursing or midwifery reviewer reports it,
// from files imported: found by reviewer R12 counted wrong in four ways (R12-6, -7, -8, -10).
beforeEach(freshDb);

const DEC_3 = Date.UTC(2026, 11, 3, 12);
const DAY = 86_400_000;
const byDoi = (n: number, extra: Partial<Article> = {}) =>
  ArticleSchema.parse(article({ source: 'import', sourceId: undefined, url: '', pmid: undefined, doi: `10.1000/pijat.${n}`, title: `Pijat oksitosin study ${n}`, ...extra }));
const byPmid = (n: number, doi?: string) =>
  ArticleSchema.parse(article({ source: 'import', sourceId: undefined, url: '', pmid: String(3000 + n), doi, title: `Pijat oksitosin study ${n}` }));

/** A file as the import view has it read (platform/parse.worker.ts), from `database`. */
const read = (articles: Article[], database: string) => {
  const keys = fileKeys(articles);
  return { keys, ids: fileIdentifiers(articles), fingerprint: importFingerprint(keys), records: articles.length, count: articles.length, database };
};
const stored = (articles: Article[], database: string, extra: { attachTo?: string } = {}) => ({
  database,
  fileName: `${database}.ris`,
  format: 'ris',
  fingerprint: read(articles, database).fingerprint,
  ...extra,
});
const identified = async () => Object.fromEntries(prismaOfReview(await stateOf('r1')).identified.map((d) => [d.database, d.count]));

describe('the same records from another database (R12-6)', () => {
  it('are no second import: Web of Science holding Scopus’s 4 DOIs is logged as its own search, and counted', async () => {
    const scopus = [1, 2, 3, 4].map((n) => byDoi(n));
    await importRecords('r1', stored(scopus, 'Scopus'), scopus, undefined, DEC_3);
    const wos = [1, 2, 3, 4].map((n) => byDoi(n, { journal: 'Jurnal Kebidanan Indonesia' }));
    const state = await stateOf('r1');
    const overlap = importOverlap(read(wos, 'Web of Science'), state);
    expect(overlap.same).toBeUndefined();
    expect(overlap.again).toBeUndefined();
    expect(overlap.partial.map((p) => [p.search.database, p.shared])).toEqual([['Scopus', 4]]);
    expect(defaultChoice(importCheck(read(wos, 'Web of Science'), state, DEC_3 + DAY))).toBe('new');
    // The same database, whatever its letter case, is the same file imported again.
    expect(importOverlap(read(wos, 'scopus'), state).same?.database).toBe('Scopus');

    await importRecords('r1', stored(wos, 'Web of Science'), wos, undefined, DEC_3 + DAY);
    expect(await identified()).toEqual({ Scopus: 4, 'Web of Science': 4 });
  });
});

describe('the same search exported again after PubMed added a DOI (R12-10)', () => {
  it('shares all its records by PMID or DOI, and is skipped unless the reviewer chooses', async () => {
    const first = [1, 2, 3, 4].map((n) => byPmid(n));
    await importRecords('r1', stored(first, 'PubMed'), first, undefined, DEC_3);
    const again = [byPmid(1), byPmid(2), byPmid(3), byPmid(4, '10.1000/late.doi')];
    const state = await stateOf('r1');
    const overlap = importOverlap(read(again, 'PubMed'), state);
    expect(overlap.same).toBeUndefined();
    expect(overlap.partial.map((p) => p.shared)).toEqual([4]);
    expect(overlap.again?.search.fileName).toBe('PubMed.ris');
    expect(defaultChoice(importCheck(read(again, 'PubMed'), state, DEC_3 + DAY))).toBe('skip');
  });

  it('is no second export when many records differ, nor from another database', async () => {
    const first = [1, 2, 3, 4].map((n) => byPmid(n));
    await importRecords('r1', stored(first, 'PubMed'), first, undefined, DEC_3);
    const state = await stateOf('r1');
    const longer = read(
      [1, 2, 3, 4, 5, 6].map((n) => byPmid(n)),
      'PubMed',
    );
    expect(importOverlap(longer, state)).toMatchObject({ partial: [{ shared: 4 }] });
    expect(importOverlap(longer, state).again).toBeUndefined();
    expect(importOverlap(read(first, 'Europe PMC'), state).again).toBeUndefined();
  });
});

describe('a file logged under a search entered by hand (R12-8)', () => {
  it('counts as an import of it would: a record the file held twice is a duplicate identified', async () => {
    const file = [byDoi(1), byDoi(2), byDoi(3), byDoi(3)];
    const manual = await addManualSearch('r1', { database: 'PubMed', query: 'oxytocin massage', ranAt: DEC_3 });
    await importRecords('r1', stored(file, 'PubMed', { attachTo: manual }), file, undefined, DEC_3 + DAY);
    const attached = prismaOfReview(await stateOf('r1'));
    await freshDb();
    await importRecords('r1', stored(file, 'PubMed'), file, undefined, DEC_3 + DAY);
    const plain = prismaOfReview(await stateOf('r1'));
    expect(attached.identified).toEqual([{ database: 'PubMed', count: 4, searches: 1 }]);
    expect(attached.identified).toEqual(plain.identified);
    expect(attached.duplicates).toBe(plain.duplicates);
  });

  it('keeps the file’s name, records and fingerprint, said when the file is chosen again', async () => {
    const file = [byDoi(1), byDoi(2), byDoi(3)];
    const manual = await addManualSearch('r1', { database: 'PubMed', query: 'oxytocin massage', totalResults: 3, ranAt: DEC_3 });
    await importRecords('r1', stored(file, 'PubMed', { attachTo: manual }), file);
    const [search] = await listSearches('r1');
    const imported = (await listEvents('r1')).find((e) => e.kind === 'search' && e.payload.origin === 'import');
    expect(search).toMatchObject({ id: manual, origin: 'manual', query: 'oxytocin massage', at: DEC_3, fileName: 'PubMed.ris', recordCount: 3 });
    expect(search).toMatchObject({ fingerprint: read(file, 'PubMed').fingerprint, importedAt: imported?.at });
    expect(importOverlap(read(file, 'PubMed'), await stateOf('r1')).same).toMatchObject({ id: manual, recordCount: 3 });
  });
});

describe('files chosen together, searches entered by hand (R12-7)', () => {
  it('logs each file under its own search: the one whose typed count is its records', async () => {
    const s1 = await addManualSearch('r1', { database: 'PubMed', query: 'oxytocin massage', totalResults: 3, ranAt: DEC_3 });
    const s2 = await addManualSearch('r1', { database: 'PubMed', query: 'breast milk production', totalResults: 5, ranAt: DEC_3 + 1000 });
    const files = [
      [1, 2, 3],
      [10, 11, 12, 13, 14],
    ].map((ns) => ns.map((n) => byDoi(n)));
    const state = await stateOf('r1');
    const plan = planImports(files.map((f) => ({ check: importCheck(read(f, 'PubMed'), state, DEC_3 + DAY) })));
    expect(plan.map((p) => p.choice)).toEqual([`attach:${s1}`, `attach:${s2}`]);
    for (const [i, f] of files.entries()) await importRecords('r1', stored(f, 'PubMed', { attachTo: plan[i].choice.slice('attach:'.length) }), f);
    expect(await identified()).toEqual({ PubMed: 8 });
  });

  it('never logs two files under one search, and offers neither the other’s', async () => {
    const s1 = await addManualSearch('r1', { database: 'PubMed', query: 'oxytocin massage', ranAt: DEC_3 });
    const s2 = await addManualSearch('r1', { database: 'PubMed', query: 'breast milk production', ranAt: DEC_3 + 1000 });
    const state = await stateOf('r1');
    const checks = [
      [1, 2],
      [3, 4],
    ].map((ns) => ({
      check: importCheck(
        read(
          ns.map((n) => byDoi(n)),
          'PubMed',
        ),
        state,
        DEC_3 + DAY,
      ),
    }));
    const plan = planImports(checks);
    expect(plan.map((p) => p.choice)).toEqual([`attach:${s2}`, `attach:${s1}`]);
    expect(plan.map((p) => p.attachable.map((s) => s.id))).toEqual([[s2], [s1]]);
    // The reviewer's own choice takes its search first.
    const chosen = planImports([checks[0], { ...checks[1], choice: `attach:${s2}` as const }]);
    expect(chosen.map((p) => p.choice)).toEqual([`attach:${s1}`, `attach:${s2}`]);
  });
});
