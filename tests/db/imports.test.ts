import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../lib/model';
import { db, guessDatabase, importRecords, listRecords, listSearches, recordSeen, ValidationError } from '../../lib/db';
import { ArticleSchema } from '../../lib/model';
import { article, freshDb, stateOf } from './helpers';

beforeEach(freshDb);

const imported = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    ArticleSchema.parse(
      article({
        source: 'import',
        pmid: undefined,
        sourceId: undefined,
        url: '',
        doi: `10.1000/file.${i}`,
        title: `Imported study number ${i} on breast milk`,
        authors: [`Author${i} A`],
      }),
    ),
  );

describe('importing a file', () => {
  it('stores the records undecided, logs the file as a search, and merges what the review already holds', async () => {
    // A Scholar row without identifiers: the same study as file record 0 (title, author, year).
    await recordSeen(
      'r1',
      [
        article({
          source: 'google-scholar',
          sourceId: 'cid',
          pmid: undefined,
          url: 'https://example.org/x',
          title: 'Imported study number 0 on breast milk',
          authors: ['Author0 A'],
        }),
      ],
      { database: 'google-scholar' },
    );
    const progress = vi.fn();
    const summary = await importRecords('r1', { database: 'Scopus', fileName: 'scopus.csv', format: 'csv' }, imported(2_500), progress);
    expect(summary).toMatchObject({ read: 2_500, added: 2_499, merged: 1 });
    expect(progress).toHaveBeenLastCalledWith(2_500, 2_500);
    const { records, decisions } = await stateOf('r1');
    expect(records).toHaveLength(2_500);
    const [search] = (await listSearches('r1')).filter((s) => s.origin === 'import');
    expect(search).toMatchObject({ database: 'Scopus', fileName: 'scopus.csv', recordCount: 2_500, counted: true });
    expect(records.every((r) => r.sources.some((s) => s.searchId === summary.searchId || s.database === 'google-scholar'))).toBe(true);
    const joined = records.find((r) => r.sources.length === 2)!;
    expect(joined.sources.map((s) => s.database).sort()).toEqual(['Scopus', 'google-scholar']);
    expect(decisions.size).toBe(0);
  });

  it('leaves the review unchanged when the import fails midway', async () => {
    await recordSeen('r1', [article()], { database: 'pubmed' });
    const before = await db().records.toArray();
    // 2,500 new records are written packed, five hundred a write: the second write fails.
    const add = db().packs.bulkAdd.bind(db().packs);
    let calls = 0;
    const spy = vi.spyOn(db().packs, 'bulkAdd').mockImplementation(((...args: Parameters<typeof add>) => {
      if (++calls === 2) return Promise.reject(new Error('disk full'));
      return add(...args);
    }) as typeof add);
    await expect(importRecords('r1', { database: 'Scopus', fileName: 'x.ris', format: 'ris' }, imported(2_500))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(await db().records.toArray()).toEqual(before);
    expect(await db().packs.count()).toBe(0);
    expect(await listRecords('r1')).toEqual(before);
    expect(await db().events.count()).toBe(0);
  });

  it('refuses a file with an invalid record before writing anything', async () => {
    const records = imported(3);
    (records[1] as { title: string }).title = '';
    await expect(importRecords('r1', { database: 'Scopus', fileName: 'x.ris', format: 'ris' }, records)).rejects.toBeInstanceOf(ValidationError);
    expect(await db().records.count()).toBe(0);
  });

  it('guesses the database from the dialect, the format or the file name', () => {
    expect(guessDatabase('csv', 'scopus-2024', 'export.csv', [])).toBe('Scopus');
    expect(guessDatabase('ris', undefined, 'pubmed-oxytocin-set.txt', [])).toBe('PubMed');
    expect(guessDatabase('medline', undefined, 'download.txt', [])).toBe('PubMed');
    expect(guessDatabase('pubmed-xml', undefined, 'efetch.xml', [])).toBe('PubMed');
    // The Cochrane Library's plain text, whatever the file is called (its reviews' records link to doi.org),
    // named by its records: CENTRAL's trials, Cochrane reviews, or both.
    const ids = (...sourceIds: string[]) => sourceIds.map((sourceId) => ({ sourceId, url: '' }) as Article);
    expect(guessDatabase('cochrane-text', undefined, 'citation-export.txt', ids('CN-01234567', 'CN-02012345'))).toBe('Cochrane CENTRAL');
    expect(guessDatabase('cochrane-text', undefined, 'citation-export.txt', ids('CD003519.pub4'))).toBe('Cochrane Database of Systematic Reviews');
    expect(guessDatabase('cochrane-text', undefined, 'citation-export.txt', ids('CN-01234567', 'CD003519.pub4'))).toBe('Cochrane Library');
    expect(guessDatabase('ris', undefined, 'cochrane-reviews.ris', ids('CD003519.pub4'))).toBe('Cochrane Database of Systematic Reviews');
    expect(guessDatabase('ris', undefined, 'refs.ris', [])).toBe('Imported file');
    expect(guessDatabase('csv', 'dimensions', 'export.csv', [])).toBe('Dimensions');
    expect(guessDatabase('csv', 'lens', 'export.csv', [])).toBe('Lens.org');
  });

  it('takes a tab-delimited file for Web of Science only when it is one (Excel and Zotero save tab-delimited text too)', () => {
    expect(guessDatabase('tsv', 'wos-tab', 'savedrecs.txt', [])).toBe('Web of Science');
    expect(guessDatabase('tsv', 'zotero', 'library.txt', [])).toBe('Imported file');
    expect(guessDatabase('tsv', 'mapped', 'hasil.txt', [])).toBe('Imported file');
  });

  it('guesses from where the records link to when nothing else names the database', () => {
    const linked = (url: string) => [{ url } as Article];
    expect(guessDatabase('ris', undefined, 'refs.ris', linked('https://www.embase.com/records?id=L2001234567'))).toBe('Embase');
    const trial = { url: 'https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01234567/full', sourceId: 'CN-01234567' } as Article;
    expect(guessDatabase('ris', undefined, 'refs.ris', [trial])).toBe('Cochrane CENTRAL');
    expect(guessDatabase('ris', undefined, 'refs.ris', linked('https://garuda.kemdikbud.go.id/documents/detail/123'))).toBe('Garuda');
  });
});
