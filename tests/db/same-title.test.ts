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

// Two letters to one editor, same title and year, no DOI, first authors of one family name.
const LETTERS = `TY  - JOUR
TI  - Re: Oxytocin massage for lactation support
AU  - Sari, Dewi
PY  - 2022
T2  - Midwifery
ER  - 

TY  - JOUR
TI  - Re: Oxytocin massage for lactation support
AU  - Sari, Ayu
AU  - Lestari, Budi
PY  - 2022
T2  - Midwifery
ER  - 
`;

describe('two letters of one title whose first authors share a family name', () => {
  it('stay two records, each with its own authors', async () => {
    const { records } = parseBibliography(LETTERS, 'letters.ris');
    await importRecords('r1', { database: 'Scopus', fileName: 'letters.ris', format: 'ris' }, records);
    const stored = (await stateOf('r1')).records.map((r) => r.article.authors);
    expect(stored.sort()).toEqual([['Sari, Ayu', 'Lestari, Budi'], ['Sari, Dewi']]);
  });

  it('but one author written two ways is one record', async () => {
    const sameAuthor = LETTERS.replace('AU  - Sari, Ayu\nAU  - Lestari, Budi', 'AU  - D. Sari');
    const { records } = parseBibliography(sameAuthor, 'letters.ris');
    await importRecords('r1', { database: 'Scopus', fileName: 'letters.ris', format: 'ris' }, records);
    expect((await stateOf('r1')).records).toHaveLength(1);
  });
});
