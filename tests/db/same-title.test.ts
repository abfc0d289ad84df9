// A preprint and the article it became, same title, year and first author, one without a DOI:
// lib/dedup keeps them apart (a likely pair for the reviewer), and so must storing them —
// otherwise one record would carry the preprint's DOI and venue with the article's authors.
import { beforeEach, describe, expect, it } from 'vitest';
import { importRecords } from '../../lib/db';
import { stateOf } from './helpers';
import { parseBibliography } from '../../lib/formats';
import { freshDb } from './helpers';

beforeEach(freshDb);

const FILE = `TY  - JOUR
TI  - Oxytocin massage and breast milk volume in postpartum mothers
AU  - Sari, Dewi
PY  - 2020
DO  - 10.1101/2020.05.01.20087654
T2  - medRxiv
ER  - 

TY  - JOUR
TI  - Oxytocin massage and breast milk volume in postpartum mothers
AU  - Sari, Dewi
AU  - Putri, Ayu
PY  - 2020
T2  - Midwifery
ER  - 
`;

describe('a preprint and its article in one file', () => {
  it('stay two records, each with its own DOI, venue and authors', async () => {
    const { records } = parseBibliography(FILE, 'same.ris');
    await importRecords('r1', { database: 'Scopus', fileName: 'same.ris', format: 'ris' }, records);
    const stored = (await stateOf('r1')).records.map((r) => [r.article.doi, r.article.journal, r.article.authors.length]);
    expect(stored).toEqual([
      ['10.1101/2020.05.01.20087654', 'medRxiv', 1],
      [undefined, 'Midwifery', 2],
    ]);
  });
});
