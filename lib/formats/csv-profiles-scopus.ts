// Scopus's CSV export, in the three column sets it has had (recognised in this order, newest first).
import { pagesOr } from './values';
import type { Draft } from './record';
import type { Mapping, Profile } from './csv-profiles';
import { has } from './csv-profiles-more';

const SCOPUS: Mapping = {
  title: 'Title',
  authors: 'Authors',
  year: 'Year',
  journal: 'Source title',
  volume: 'Volume',
  issue: 'Issue',
  startPage: 'Page start',
  endPage: 'Page end',
  doi: 'DOI',
  pmid: 'PubMed ID',
  abstract: 'Abstract',
  keywords: ['Author Keywords', 'Index Keywords'],
  url: 'Link',
  language: 'Language of Original Document',
  sourceId: 'EID',
};

/** Scopus writes an unpaged article's number in "Art. No." and leaves the pages empty. */
function scopusArticleNumber(draft: Draft, cell: (header: string) => string): void {
  draft.pages = pagesOr(draft.pages, cell('Art. No.'));
}

export const SCOPUS_PROFILES: Profile[] = [
  {
    // Column sets: 2024 adds "Author full names"; 2019 adds "Publication Stage"; 2018 has neither.
    name: 'scopus-2024',
    label: 'Scopus',
    matches: (h) => has(h, 'title', 'source title', 'author full names') && (h.has('eid') || h.has('link')),
    mapping: SCOPUS,
    authors: 'auto',
    fix: scopusArticleNumber,
  },
  {
    name: 'scopus-2019',
    label: 'Scopus',
    matches: (h) => has(h, 'title', 'source title', 'publication stage') && (h.has('eid') || h.has('link')),
    mapping: SCOPUS,
    authors: 'auto',
    fix: scopusArticleNumber,
  },
  {
    name: 'scopus-2018',
    label: 'Scopus',
    matches: (h) => has(h, 'title', 'source title') && (h.has('eid') || h.has('link')),
    mapping: SCOPUS,
    authors: 'auto',
    fix: scopusArticleNumber,
  },
];
