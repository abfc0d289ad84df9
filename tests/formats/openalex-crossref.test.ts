// Exports from the open indexes: OpenAlex's CSV (lists joined by "|", ids written as links) and
// the Crossref API's answer saved as a file; and CSL names with particles and suffixes.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { oneRecord } from './helpers';

const OPENALEX_CSV = [
  'id,doi,title,display_name,publication_year,publication_date,ids.pmid,language,primary_location.source.display_name,primary_location.landing_page_url,authorships.author.display_name,biblio.volume,biblio.issue,biblio.first_page,biblio.last_page,keywords.display_name,type',
  'https://openalex.org/W4385,https://doi.org/10.33546/bnj.2145,Oxytocin massage and breast milk production,Oxytocin massage and breast milk production,2022,2022-08-01,https://pubmed.ncbi.nlm.nih.gov/37123457,en,Belitung Nursing Journal,https://belitungraya.org/BRP/index.php/bnj/article/view/2145,Siti Aminah|Budi Santoso|Rina Wati,8,4,300,308,Oxytocin|Breast milk,article',
  'https://openalex.org/W4386,,Senam hamil dan kecemasan,Senam hamil dan kecemasan,2021,,,id,Jurnal Kebidanan,,Nur Hidayah,,,,,,article',
].join('\n');

describe('OpenAlex CSV', () => {
  it('reads "|" lists, and the DOI and PMID from their links', () => {
    const { format, dialect, records, warnings } = parseBibliography(OPENALEX_CSV, 'works-export.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'openalex', []]);
    expect(records[0]).toMatchObject({
      title: 'Oxytocin massage and breast milk production',
      authors: ['Siti Aminah', 'Budi Santoso', 'Rina Wati'],
      year: 2022,
      journal: 'Belitung Nursing Journal',
      volume: '8',
      issue: '4',
      pages: '300-308',
      doi: '10.33546/bnj.2145',
      pmid: '37123457',
      keywords: ['Oxytocin', 'Breast milk'],
      sourceId: 'https://openalex.org/W4385',
    });
    expect(records[1]).toMatchObject({ authors: ['Nur Hidayah'], year: 2021, journal: 'Jurnal Kebidanan' });
    expect(records[1].doi).toBeUndefined();
  });
});

describe('the Crossref API answer saved as a file', () => {
  const work = {
    DOI: '10.1016/j.midw.2020.102345',
    type: 'journal-article',
    title: ['Oxytocin massage in postpartum mothers'],
    'container-title': ['Midwifery'],
    author: [{ given: 'Siti', family: 'Aminah', sequence: 'first', affiliation: [] }],
    issued: { 'date-parts': [[2021, 2]] },
    volume: '95',
    page: '102345',
  };

  it('reads one work and a list of works', () => {
    const single = oneRecord(JSON.stringify({ status: 'ok', 'message-type': 'work', message: work }), 'crossref.json');
    expect(single).toMatchObject({
      title: 'Oxytocin massage in postpartum mothers',
      journal: 'Midwifery',
      year: 2021,
      doi: '10.1016/j.midw.2020.102345',
      authors: ['Aminah, Siti'],
    });
    const list = { status: 'ok', 'message-type': 'work-list', message: { 'total-results': 2, items: [work, { ...work, DOI: '10.1016/j.midw.2021.1', title: ['Second'] }] } };
    expect(parseBibliography(JSON.stringify(list), 'crossref.json').records.map((r) => r.title)).toEqual(['Oxytocin massage in postpartum mothers', 'Second']);
  });
});

describe('CSL names', () => {
  it('keep their particles and suffix', () => {
    const item = {
      type: 'article-journal',
      title: 'Kangaroo care',
      issued: { 'date-parts': [[2020]] },
      author: [
        { family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van den' },
        { family: 'Gaulle', given: 'Charles', 'dropping-particle': 'de' },
        { family: 'King', given: 'Martin', suffix: 'Jr.' },
      ],
    };
    expect(oneRecord(JSON.stringify([item]), 'names.json').authors).toEqual(['van den Berg, Anna', 'Gaulle, Charles de', 'King, Martin, Jr.']);
  });
});
