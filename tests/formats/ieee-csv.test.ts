// IEEE Xplore's "Export → CSV" of search results (lib/formats/csv-profiles-ieee.ts): small tables in
// its own columns, in the layout of today's export and of older ones ("Publication_Year", INSPEC terms).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const HEADER = [
  'Document Title',
  'Authors',
  'Author Affiliations',
  'Publication Title',
  'Date Added To Xplore',
  'Publication Year',
  'Volume',
  'Issue',
  'Start Page',
  'End Page',
  'Abstract',
  'ISSN',
  'ISBNs',
  'DOI',
  'Funding Information',
  'PDF Link',
  'Author Keywords',
  'IEEE Terms',
  'Mesh_Terms',
  'Article Citation Count',
  'Patent Citation Count',
  'Reference Count',
  'License',
  'Online Date',
  'Issue Date',
  'Meeting Date',
  'Publisher',
  'Document Identifier',
];

/** Before 2020: the year in "Publication_Year", Inspec's terms before MeSH's, no patent count. */
const OLD_HEADER = HEADER.flatMap((name) =>
  name === 'Publication Year'
    ? ['Publication_Year']
    : name === 'Mesh_Terms'
      ? ['INSPEC Controlled Terms', 'INSPEC Non-Controlled Terms', name]
      : name === 'Patent Citation Count'
        ? []
        : [name],
);

/** IEEE quotes every cell, even the empty ones. */
const csv = (header: string[], rows: Record<string, string>[]) =>
  [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))].map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n');

const JOURNAL_PAPER = {
  'Document Title': 'A Unified Framework for Software Defined Sensing, Transmission and Computing',
  Authors: 'J. Sun; F. Liu; M. Ahmed',
  'Author Affiliations': 'School of Electronics and Information Engineering, Beihang University, Beijing, China; Qingdao University, Qingdao, China; NA',
  'Publication Title': 'IEEE Access',
  'Publication Year': '2019',
  Publication_Year: '2019',
  Volume: '7',
  'Start Page': '48923',
  'End Page': '48934',
  Abstract: 'We propose a software-defined sensing and integrated architecture for railway sensing, and discuss its design and open problems.',
  ISSN: '2169-3536',
  DOI: '10.1109/ACCESS.2019.2908823',
  'Funding Information': 'National Natural Science Foundation of China; ',
  'PDF Link': 'https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8680613',
  'Author Keywords': 'SDN;railway sensing;architecture design',
  'IEEE Terms': 'Rail transportation;Computer architecture;Monitoring',
  'INSPEC Controlled Terms': 'data acquisition;railways',
  'INSPEC Non-Controlled Terms': 'railways ramification calls;STIN nodes',
  'Reference Count': '35',
  Publisher: 'IEEE',
  'Document Identifier': 'IEEE Journals',
};

const CONFERENCE_PAPER = {
  'Document Title': 'A Dashboard for Microservice Monitoring and Management',
  Authors: 'B. Mayer; R. Weinreich',
  'Author Affiliations': 'NA; NA',
  'Publication Title': '2017 IEEE International Conference on Software Architecture Workshops (ICSAW)',
  'Publication Year': '2017',
  'Start Page': '66',
  'End Page': '69',
  Abstract: 'We present an experimental dashboard for microservice monitoring and management.',
  ISBNs: '978-1-5090-4793-2978-1-5090-4794',
  DOI: '10.1109/ICSAW.2017.44',
  'PDF Link': 'https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=7958458',
  'Author Keywords': 'Microservices;microservice monitoring',
  'IEEE Terms': 'Conferences;Software architecture',
  Mesh_Terms: 'Humans;Software',
  'Article Citation Count': '3',
  'Reference Count': '8',
  License: 'IEEE',
  Publisher: 'IEEE',
  'Document Identifier': 'IEEE Conferences',
};

describe('IEEE Xplore CSV', () => {
  it('is recognised, and read: title, "; " authors, journal, year, volume, pages, abstract, DOI', () => {
    const { format, dialect, records, warnings } = parseBibliography(csv(HEADER, [JOURNAL_PAPER, CONFERENCE_PAPER]), 'export2024.07.18-10.12.55.csv');
    expect([format, dialect, warnings]).toEqual(['csv', 'ieee', []]);
    expect(records[0]).toMatchObject({
      title: 'A Unified Framework for Software Defined Sensing, Transmission and Computing',
      authors: ['J. Sun', 'F. Liu', 'M. Ahmed'],
      journal: 'IEEE Access',
      year: 2019,
      volume: '7',
      pages: '48923-48934',
      doi: '10.1109/access.2019.2908823',
    });
    expect(records[0].abstract).toMatch(/^We propose a software-defined sensing/);
    expect(records[1]).toMatchObject({
      authors: ['B. Mayer', 'R. Weinreich'],
      journal: '2017 IEEE International Conference on Software Architecture Workshops (ICSAW)',
      year: 2017,
      pages: '66-69',
    });
    expect(records[1].volume).toBeUndefined();
  });

  it("links the record's page, not the PDF frame, and keeps IEEE's article number as its id", () => {
    const [journal, conference] = parseBibliography(csv(HEADER, [JOURNAL_PAPER, CONFERENCE_PAPER]), 'ieee.csv').records;
    expect(journal).toMatchObject({ url: 'https://ieeexplore.ieee.org/document/8680613', sourceId: 'ieee:8680613' });
    expect(conference).toMatchObject({ url: 'https://ieeexplore.ieee.org/document/7958458', sourceId: 'ieee:7958458' });
  });

  it("gives the authors' keywords, IEEE's terms and MeSH as keywords", () => {
    const conference = parseBibliography(csv(HEADER, [CONFERENCE_PAPER]), 'ieee.csv').records[0];
    expect(conference.keywords).toEqual(['Microservices', 'microservice monitoring', 'Conferences', 'Software architecture', 'Humans', 'Software']);
  });

  it('reads the older layout ("Publication_Year", Inspec terms) without a word about the columns it leaves', () => {
    const { dialect, records, warnings } = parseBibliography(csv(OLD_HEADER, [JOURNAL_PAPER]), 'export2019.csv');
    expect([dialect, warnings]).toEqual(['ieee', []]);
    expect(records[0].year).toBe(2019);
    // Inspec's controlled terms are an index; its non-controlled ones, phrases taken from the abstract, are not.
    expect(records[0].keywords).toEqual([
      'SDN',
      'railway sensing',
      'architecture design',
      'Rail transportation',
      'Computer architecture',
      'Monitoring',
      'data acquisition',
      'railways',
    ]);
  });

  it('says nothing of the licence IEEE writes out, in a file without abstracts', () => {
    const licence =
      'Creative Commons Attribution 4.0 International License, which permits use, distribution and reproduction in any medium, provided the original work is properly cited and the changes made are indicated';
    const header = HEADER.filter((name) => name !== 'Abstract');
    const { records, warnings } = parseBibliography(
      csv(header, [
        { ...JOURNAL_PAPER, License: licence },
        { ...CONFERENCE_PAPER, License: licence },
      ]),
      'ieee.csv',
    );
    expect([records.length, warnings]).toEqual([2, []]);
  });
});
