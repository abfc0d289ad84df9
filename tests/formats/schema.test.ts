// Every record any importer returns is exactly what ArticleSchema.parse makes of it: the
// importers build Articles by hand (for speed) and this is the proof that they agree.
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseBibliographyBytes, parseBibtex, parseRis, serialiseBibtex, serialiseRis } from '../../lib/formats';
import { ArticleSchema, type Article } from '../../lib/model/article';
import { generateRis } from './generate';
import { allFixtures, HAS_SHARED, sharedBytes, sharedExports } from './helpers';

function expectSchemaAccepts(records: Article[], where: string) {
  for (const [i, record] of records.entries()) {
    const parsed = ArticleSchema.safeParse(record);
    expect(parsed.success, `${where} #${i}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
    expect(parsed.data, `${where} #${i}`).toEqual(record);
  }
}

describe('ArticleSchema accepts every record', () => {
  it.each(allFixtures().filter(([name]) => name !== 'csv/unknown.csv'))('committed fixture %s', (name, text) => {
    const { records } = parseBibliography(text, name);
    expect(records.length).toBeGreaterThan(0);
    expectSchemaAccepts(records, name);
  });

  it.skipIf(!HAS_SHARED)('every real export in ../shared/fixtures/exports', () => {
    for (const name of sharedExports()) expectSchemaAccepts(parseBibliographyBytes(sharedBytes(`exports/${name}`), name).records, name);
  });

  it('generated records and their round trips', () => {
    const records = parseRis(generateRis(500)).records;
    expectSchemaAccepts(records, 'generated');
    const notes = records.map((article) => ({ article, note: 'x' }));
    expectSchemaAccepts(parseRis(serialiseRis(notes)).records, 'ris round trip');
    expectSchemaAccepts(parseBibtex(serialiseBibtex(notes)).records, 'bibtex round trip');
  });

  it('hostile values: over-long text, odd whitespace, bad DOIs, PMIDs and URLs', () => {
    const nasty = [
      'TY  - JOUR',
      `TI  - \u00a0 ${'long title '.repeat(300)}\u2003`,
      ...Array.from({ length: 3 }, (_, i) => `AU  - ${'N'.repeat(500)}${i}`),
      'AU  - ;',
      'DO  - 10.1000/ab%2520cd.',
      'PY  - 0999',
      'UR  - http://exa mple.com/',
      'UR  - https://ok.example/path?q=1',
      `KW  - ${'k'.repeat(400)}`,
      'KW  - dup',
      'KW  - dup',
      'N1  - PMID: 0000123',
      `LA  - ${'English '.repeat(10)}`,
      'ER  - ',
    ].join('\n');
    const { records } = parseRis(nasty);
    expectSchemaAccepts(records, 'hostile');
    expect(records[0]).toMatchObject({ url: 'https://ok.example/path?q=1', pmid: '123', keywords: ['k'.repeat(300), 'dup'] });
  });
});
