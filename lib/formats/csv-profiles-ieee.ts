// IEEE Xplore's "Export → CSV" of search results:
//   "Document Title","Authors","Author Affiliations","Publication Title","Date Added To Xplore",
//   "Publication Year","Volume","Issue","Start Page","End Page","Abstract","ISSN","ISBNs","DOI",
//   "Funding Information","PDF Link","Author Keywords","IEEE Terms","Mesh_Terms",
//   "Article Citation Count","Patent Citation Count","Reference Count","License","Online Date",
//   "Issue Date","Meeting Date","Publisher","Document Identifier"
// Older exports name the year "Publication_Year" (before that "Year") and add "INSPEC Controlled
// Terms" and "INSPEC Non-Controlled Terms" before "Mesh_Terms". Authors are "J. Sun; F. Liu",
// keywords "SDN;railway sensing". Left on purpose: affiliations, dates of IEEE's own (added, online,
// issue, meeting), ISSN/ISBNs, funding, counts, licence, publisher, IEEE's content type ("IEEE
// Journals"), and the INSPEC non-controlled terms: phrases a machine took from the abstract
// ("railways ramification calls"), no index a reviewer filters by.
import type { Profile } from './csv-profiles';
import { has } from './csv-profiles-more';

// "PDF Link" opens IEEE's PDF frame (https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8680613),
// which needs a subscription: the record's page, with its abstract, is /document/<arnumber>.
const ARNUMBER = /^https?:\/\/ieeexplore\.ieee\.org\/stamp\/stamp\.jsp\?(?:[^#]*&)?arnumber=(\d+)/i;

export const IEEE_PROFILE: Profile = {
  name: 'ieee',
  label: 'IEEE Xplore',
  matches: (h) => has(h, 'document title', 'authors', 'publication title') && (h.has('date added to xplore') || h.has('pdf link') || h.has('ieee terms')),
  mapping: {
    title: 'Document Title',
    authors: 'Authors',
    year: ['Publication Year', 'Publication_Year', 'Year'],
    journal: 'Publication Title',
    volume: 'Volume',
    issue: 'Issue',
    startPage: 'Start Page',
    endPage: 'End Page',
    doi: 'DOI',
    abstract: 'Abstract',
    // The authors' words, then IEEE's thesaurus, Inspec's and MeSH: the index terms a reviewer filters by.
    keywords: ['Author Keywords', 'IEEE Terms', 'INSPEC Controlled Terms', 'Mesh_Terms', 'MeSH Terms'],
    url: 'PDF Link',
  },
  authors: ';',
  fix(draft) {
    const arnumber = draft.url ? ARNUMBER.exec(draft.url)?.[1] : undefined;
    if (!arnumber) return;
    draft.url = `https://ieeexplore.ieee.org/document/${arnumber}`;
    // IEEE's own number, named so that no other export's number is taken for the same record.
    draft.sourceId = `ieee:${arnumber}`;
  },
};
