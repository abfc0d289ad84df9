// PubMed's legacy "Send to → File → CSV" (before 2020), written here in its own columns: the
// citation in one cell (Details), the short one (ShortDetails), ids in Identifiers and EntrezUID.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const HEADER = 'Title,URL,Description,Details,ShortDetails,Resource,Type,Identifiers,Db,EntrezUID,Properties';
const row = (...cells: string[]) => cells.map((c) => `"${c}"`).join(',');

const PUBLISHED = row(
  'Oxytocin massage and breast milk production: a randomised trial.',
  '/pubmed/30612345',
  'Sari D, Lee A, KMC Study Group.',
  'J Hum Lact. 2019 May;35(2):123-30. doi: 10.1177/0890334418812345. Epub 2019 Jan 5.',
  'J Hum Lact. 2019',
  'PubMed',
  'citation',
  'PMID:30612345 | PMCID:PMC6512345',
  'pubmed',
  '30612345',
  'create date:2019/01/08 | first author:Sari D',
);
// Ahead of print: no volume, no pages; a day ("Jan 10") that is no DOI; a year in the citation only.
const AHEAD = row(
  'Kangaroo care after caesarean birth.',
  '/pubmed/31234567',
  'Rahmawati S.',
  'BMC Nurs. 2020 Jan 10:4. doi: 10.1186/s12912-020-0400-1. [Epub ahead of print]',
  'BMC Nurs. 2020',
  'PubMed',
  'citation',
  'PMID:31234567',
  'pubmed',
  '',
  'create date:2021/02/01 | first author:Rahmawati S',
);
// The same layout from PubMed Central: EntrezUID is the PMC number, never a PMID.
const FROM_PMC = row(
  'Skin-to-skin contact in the first hour.',
  '/pmc/articles/PMC6512399/',
  'Lestari D, Santoso B.',
  'Midwifery. 2018 Nov;66:45-52.',
  'Midwifery. 2018',
  'PMC',
  'citation',
  'PMCID:PMC6512399',
  'pmc',
  '6512399',
  'create date:2018/12/01 | first author:Lestari D',
);

describe("PubMed's legacy CSV (before 2020)", () => {
  it('is recognised and read: title, authors, journal, year, volume, issue, pages, DOI, PMID', () => {
    const { format, dialect, records, warnings } = parseBibliography(`${HEADER}\n${PUBLISHED}\n${AHEAD}\n${FROM_PMC}\n`, 'pubmed_result.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'pubmed-legacy', []]);
    expect(records[0]).toMatchObject({
      title: 'Oxytocin massage and breast milk production: a randomised trial.',
      authors: ['Sari D', 'Lee A', 'KMC Study Group'],
      journal: 'J Hum Lact',
      year: 2019,
      volume: '35',
      issue: '2',
      pages: '123-130',
      doi: '10.1177/0890334418812345',
      pmid: '30612345',
      sourceId: '30612345',
      url: 'https://pubmed.ncbi.nlm.nih.gov/30612345/',
    });
    const ahead = records[1];
    expect(ahead).toMatchObject({ journal: 'BMC Nurs', year: 2020, doi: '10.1186/s12912-020-0400-1', pmid: '31234567' });
    expect([ahead.volume, ahead.issue, ahead.pages]).toEqual([undefined, undefined, undefined]);
    // The record's own year, never PubMed's "create date" (2021).
    expect(ahead.year).toBe(2020);
  });

  it("takes no PMC number for a PMID, and reads the citation's numbers alike", () => {
    const [pmc] = parseBibliography(`${HEADER}\n${FROM_PMC}\n`, 'pmc_result.csv').records;
    expect(pmc).toMatchObject({ journal: 'Midwifery', year: 2018, volume: '66', pages: '45-52', authors: ['Lestari D', 'Santoso B'] });
    expect(pmc.pmid).toBeUndefined();
  });
});

describe('PubMed CSV citations of Bookshelf records', () => {
  const book = 'In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2019 Jan-. 2019 Dec 4.';

  it("give no volume, issue or pages (legacy layout and today's)", () => {
    const legacy = row(
      'Postpartum Hemorrhage.',
      '/pubmed/31869098',
      'Wormer KC, Jamil RT.',
      book,
      'StatPearls. 2019',
      'PubMed',
      'citation',
      'PMID:31869098',
      'pubmed',
      '31869098',
      '',
    );
    const today = `PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n31869098,Postpartum Hemorrhage.,"Wormer KC, Jamil RT.","${book}",Wormer KC,StatPearls Publishing,2019,2019/12/24,,,\n`;
    for (const text of [`${HEADER}\n${legacy}\n`, today]) {
      const [record] = parseBibliography(text, 'pubmed.csv').records;
      expect(record).toMatchObject({ title: 'Postpartum Hemorrhage.', year: 2019, pmid: '31869098' });
      expect([record.volume, record.issue, record.pages]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('give none for a whole book or report either, its date after the ";"', () => {
    const head = 'PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI';
    for (const citation of [
      'Geneva: World Health Organization; 2016.',
      'Rockville (MD): Agency for Healthcare Research and Quality (US); 2018 Mar. (Comparative Effectiveness Review, No. 203.)',
    ]) {
      const [record] = parseBibliography(
        `${head}\n28079998,WHO recommendations on antenatal care.,,"${citation}",,World Health Organization,2016,2017/01/13,,,\n`,
        'pubmed.csv',
      ).records;
      expect([record.volume, record.issue, record.pages], citation).toEqual([undefined, undefined, undefined]);
    }
  });
});
