// Profiles of CSV exports from a review tool (Covidence) and scholarly indexes (Lens.org,
// Dimensions), kept beside csv-profiles.ts (the databases' exports) and tried after them.
import type { Profile } from './csv-profiles';

export const has = (h: Set<string>, ...names: string[]) => names.every((n) => h.has(n));

export const MORE_PROFILES: Profile[] = [
  {
    // Covidence: Title,Authors,Abstract,Published Year,Published Month,Journal,Volume,Issue,Pages,
    // Accession Number,DOI,Ref,Covidence #,Study,Notes,Tags. "Accession Number" is whatever the
    // study's first database called it (a CINAHL AN, an Embase id): never read as a PMID.
    name: 'covidence',
    matches: (h) => has(h, 'title', 'authors', 'covidence #'),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: 'Published Year',
      journal: 'Journal',
      volume: 'Volume',
      issue: 'Issue',
      pages: 'Pages',
      doi: 'DOI',
      abstract: 'Abstract',
    },
    authors: 'auto',
    fix(draft, cell) {
      // Covidence numbers studies within one review ("#123"): named so that no other export's
      // number 123 is taken for the same record.
      const written = cell('Covidence #');
      const number = written.startsWith('#') ? written.slice(1) : written;
      if (number) draft.sourceId = `covidence:${number}`;
    },
  },
  {
    // Lens.org scholarly works: Lens ID,Title,Date Published,Publication Year,…,Author/s,…,PMID,DOI,…
    name: 'lens',
    matches: (h) => has(h, 'lens id', 'title', 'author/s'),
    mapping: {
      title: 'Title',
      authors: 'Author/s',
      year: ['Publication Year', 'Date Published'],
      journal: 'Source Title',
      volume: 'Volume',
      issue: 'Issue Number',
      startPage: 'Start Page',
      endPage: 'End Page',
      doi: 'DOI',
      pmid: 'PMID',
      abstract: 'Abstract',
      keywords: ['Keywords', 'MeSH Terms'],
      url: 'External URL',
      sourceId: 'Lens ID',
    },
    authors: ';',
  },
  {
    // Dimensions: Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,…,Source title,Anthology title,
    // MeSH terms,Publication date,PubYear,…,Authors,…,Dimensions URL,… (after a one-cell "About the
    // data" line, which csv-import.ts skips). Publication ID ("pub.1149983225") is Dimensions' own.
    name: 'dimensions',
    matches: (h) => has(h, 'publication id', 'title', 'authors') && (h.has('pubyear') || h.has('dimensions url')),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: ['PubYear', 'Publication date'],
      journal: ['Source title', 'Anthology title'],
      volume: 'Volume',
      issue: 'Issue',
      pages: 'Pagination',
      doi: 'DOI',
      pmid: 'PMID',
      abstract: 'Abstract',
      keywords: 'MeSH terms',
      url: ['Source Linkout', 'Dimensions URL'],
      sourceId: 'Publication ID',
    },
    authors: ';',
  },
];
