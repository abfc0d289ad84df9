// Known CSV / tab-delimited exports, recognised by their column names. Each profile is one
// column → field table; `fix` adds what needs more than a column (a citation string to split).
import type { Draft } from './record';
import { withoutFormulaGuard } from './csv-write';
import { embaseSource, has, MORE_PROFILES, pubmedAuthors, pubmedCitation } from './csv-profiles-more';
import { IEEE_PROFILE } from './csv-profiles-ieee';
import { SPRINGER_PROFILE } from './csv-profiles-springer';
import { CLINICALTRIALS_PROFILE } from './csv-profiles-registry';
import { EBSCO_PROFILES } from './csv-profiles-ebsco';
import { SCOPUS_PROFILES } from './csv-profiles-scopus';

export const MAPPABLE_FIELDS = [
  'title',
  'authors',
  'year',
  'journal',
  'volume',
  'issue',
  'pages',
  'startPage',
  'endPage',
  'doi',
  'pmid',
  'abstract',
  'keywords',
  'url',
  'language',
  'sourceId',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Which column holds each field, by header name as the file writes it (compared without case).
 * Several columns: the first non-empty one for single fields; all of them for `authors` and
 * `keywords`.
 */
export type Mapping = Partial<Record<MappableField, string | string[]>>;

/** How the names in an authors cell are separated. `auto`: ";", else " and ", else "," between multi-word names. */
export type AuthorSplit = 'auto' | ';' | ',' | ' and ';

export interface Profile {
  /** Reported as `dialect`. */
  name: string;
  /** The export it is, as the reviewer knows it ("Scopus"): the import says what it read by it. */
  label: string;
  /** Lower-case, trimmed header names. */
  matches(headers: Set<string>): boolean;
  mapping: Mapping;
  authors: AuthorSplit;
  /** Fields that need more than a column. `cell` reads a column by name. */
  fix?(draft: Draft, cell: (header: string) => string): void;
}

export const PROFILES: Profile[] = [
  ...SCOPUS_PROFILES,
  {
    // PubMed "Save > CSV": PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,…
    name: 'pubmed',
    label: 'PubMed',
    matches: (h) => has(h, 'pmid', 'title', 'authors') && (h.has('citation') || h.has('journal/book')),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: 'Publication Year',
      journal: 'Journal/Book',
      doi: 'DOI',
      pmid: 'PMID',
    },
    authors: ',',
    fix(draft, cell) {
      pubmedCitation(draft, cell('Citation'));
      if (draft.pmid) draft.url = `https://pubmed.ncbi.nlm.nih.gov/${draft.pmid}/`;
      draft.sourceId = draft.pmid;
      pubmedAuthors(draft);
    },
  },
  {
    // Ovid's CSV with its field codes as column names (VN "Ovid Technologies", DB "Ovid MEDLINE(R)
    // ALL", UI, AU, TI, SO …): read through medline.ts's tag table, as Ovid's tagged text
    // (csv-tagged.ts). Web of Science's tab-delimited export writes neither VN nor DB.
    name: 'ovid',
    label: 'Ovid',
    matches: (h) => h.has('ti') && (h.has('vn') || (h.has('db') && (h.has('ui') || h.has('an')))),
    mapping: {}, // read through the tag table instead
    authors: 'auto',
  },
  {
    // Web of Science tab-delimited (also WoS's MEDLINE, Zoological Record, …): tag names as columns.
    name: 'wos-tab',
    label: 'Web of Science',
    matches: (h) => has(h, 'pt', 'au', 'ti', 'so') && (h.has('ut') || h.has('py')),
    mapping: {}, // read through wos.ts's tag table instead (csv-tagged.ts)
    authors: ';',
  },
  {
    // Publish or Perish (Google Scholar): Cites,Authors,Title,Year,Source,Publisher,ArticleURL,…
    name: 'google-scholar-pop',
    label: 'Publish or Perish',
    matches: (h) => has(h, 'cites', 'authors', 'title', 'year', 'source') && (h.has('articleurl') || h.has('gsrank')),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: 'Year',
      journal: 'Source',
      volume: 'Volume',
      issue: 'Issue',
      startPage: 'StartPage',
      endPage: 'EndPage',
      doi: 'DOI',
      abstract: 'Abstract',
      url: 'ArticleURL',
    },
    // Publish or Perish writes every source's names "N Hidayah", one per comma ("Suharti, N Hidayah" is two).
    authors: ',',
  },
  {
    // Google Scholar "My library" export: Authors,Title,Publication,Volume,Number,Pages,Year,Publisher.
    name: 'google-scholar',
    label: 'Google Scholar',
    matches: (h) => has(h, 'authors', 'title', 'publication', 'year') && (h.has('number') || h.has('publisher')),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: 'Year',
      journal: 'Publication',
      volume: 'Volume',
      issue: 'Number',
      pages: 'Pages',
    },
    authors: ';',
  },
  {
    // Embase, old ("Source" holds the whole citation) and new ("Source title", "Publication year", …).
    name: 'embase',
    label: 'Embase',
    matches: (h) => h.has('title') && h.has('author names') && (h.has('source') || h.has('source title')),
    mapping: {
      title: 'Title',
      authors: 'Author Names',
      year: 'Publication year',
      journal: 'Source title',
      volume: 'Volume',
      issue: 'Issue',
      startPage: 'First page',
      endPage: 'Last page',
      doi: 'DOI',
      pmid: ['Medline PMID', 'PMID'],
      abstract: 'Abstract',
      keywords: ['Author keywords', 'keywords'],
      url: ['Embase link', 'Full text link'],
      language: 'Article language',
      sourceId: ['Embase Accession ID', 'PUI'],
    },
    authors: ',',
    fix(draft, cell) {
      const source = cell('Source');
      if (source && !cell('Source title')) embaseSource(draft, source);
      draft.doi ||= cell('Open URL Link') || undefined;
      draft.originalTitle = cell('Original Title') || undefined;
    },
  },
  {
    // Rayyan: key,title,authors,journal,issn,volume,issue,pages,year,publisher,url,abstract,notes,doi,keywords.
    name: 'rayyan',
    label: 'Rayyan',
    matches: (h) => has(h, 'key', 'title', 'authors', 'journal', 'year') && (h.has('notes') || h.has('publisher')) && !h.has('decision'),
    mapping: {
      title: 'title',
      authors: 'authors',
      year: 'year',
      journal: 'journal',
      volume: 'volume',
      issue: 'issue',
      pages: 'pages',
      doi: 'doi',
      pmid: ['pubmed_id', 'pmid'],
      abstract: 'abstract',
      keywords: 'keywords',
      url: 'url',
      language: 'language',
      sourceId: 'key',
    },
    authors: 'auto',
  },
  {
    // Saring's own screened-set CSV (lib/formats/screened-csv.ts), read back in.
    name: 'saring',
    label: 'Saring',
    matches: (h) => has(h, 'key', 'decision', 'title', 'authors', 'doi'),
    mapping: {
      title: 'title',
      authors: 'authors',
      year: 'year',
      journal: 'journal',
      volume: 'volume',
      issue: 'issue',
      pages: 'pages',
      doi: 'doi',
      pmid: 'pmid',
      abstract: 'abstract',
      keywords: 'keywords',
      url: 'url',
    },
    authors: ';',
    fix: saringCells,
  },
  ...MORE_PROFILES,
  ...EBSCO_PROFILES,
  IEEE_PROFILE,
  SPRINGER_PROFILE,
  CLINICALTRIALS_PROFILE,
];

/**
 * Saring's own CSV, read back as it was written (screened-csv.ts, csv-write.ts): the apostrophe
 * that kept a spreadsheet from running a cell ("'-Omics in midwifery", "'- Background: …") goes,
 * and every line break of an abstract is one Saring kept (its exports write an abstract's lines
 * as stored), so each stays: doubled, a break reads as a paragraph's, which the abstract's
 * cleaning keeps (markup.ts sectionLines) — never joined as a file's wrapping would be.
 */
function saringCells(draft: Draft): void {
  for (const field of ['title', 'journal', 'volume', 'issue', 'pages', 'pmid', 'abstract', 'url'] as const) {
    const value = draft[field];
    if (value) draft[field] = withoutFormulaGuard(value);
  }
  // Only a cell's first character is guarded: the first name or keyword of its list.
  if (draft.authors?.length) draft.authors[0] = withoutFormulaGuard(draft.authors[0]);
  if (draft.keywords?.length) draft.keywords[0] = withoutFormulaGuard(draft.keywords[0]);
  if (draft.abstract?.includes('\n')) draft.abstract = draft.abstract.replace(/\r?\n/g, '\n\n');
}

/** The export a profile's `dialect` names, in the reviewer's words ("scopus-2024" → "Scopus"); any other dialect as it is. */
export const dialectLabel = (dialect: string): string => PROFILES.find((p) => p.name === dialect)?.label ?? dialect;

// Header aliases for guessColumnMapping, compared with case, spaces and punctuation removed.
const ALIASES: Record<MappableField, string[]> = {
  title: ['title', 'articletitle', 'documenttitle', 'itemtitle', 'studytitle', 'primarytitle', 'ti', 't1', 'papertitle', 'name'],
  authors: ['authors', 'author', 'authornames', 'authorfullnames', 'au', 'af', 'creators', 'creator', 'a1'],
  year: ['year', 'publicationyear', 'publishedyear', 'pubyear', 'py', 'yearpublished', 'publicationdate', 'date', 'dp', 'pubdate'],
  journal: ['journal', 'sourcetitle', 'journaltitle', 'publicationtitle', 'journalbook', 'publication', 'source', 'so', 'venue', 'containertitle', 'jt', 't2'],
  volume: ['volume', 'vol', 'vl', 'journalvolume'],
  issue: ['issue', 'number', 'no', 'is', 'ip', 'journalissue', 'issuenumber'],
  pages: ['pages', 'pagerange', 'page', 'pp', 'pg'],
  startPage: ['pagestart', 'startpage', 'firstpage', 'bp', 'sp', 'spage'],
  endPage: ['pageend', 'endpage', 'lastpage', 'ep', 'epage'],
  doi: ['doi', 'di', 'digitalobjectidentifier', 'do', 'itemdoi'],
  pmid: ['pmid', 'pubmedid', 'medlinepmid', 'pubmed', 'pm'],
  abstract: ['abstract', 'ab', 'abstractnote', 'summary', 'description', 'briefsummary'],
  keywords: ['keywords', 'authorkeywords', 'keyword', 'indexkeywords', 'tags', 'de', 'kw', 'subjects', 'meshterms'],
  url: ['url', 'link', 'articleurl', 'fulltexturl', 'ur', 'href'],
  language: ['language', 'languageoforiginaldocument', 'la', 'lang'],
  sourceId: ['eid', 'ut', 'accessionnumber', 'an', 'recordid', 'unique-id'],
};

/** A header name without case, spaces or punctuation ("Page start" → "pagestart"). */
export const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A best guess of which column holds which field; fields with no likely column are left out. */
export function guessColumnMapping(headers: string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  const squashed = headers.map(squash);
  for (const field of MAPPABLE_FIELDS) {
    for (const alias of ALIASES[field]) {
      const index = squashed.findIndex((h, i) => h === alias.replace(/[^a-z0-9]/g, '') && !taken.has(headers[i]));
      if (index >= 0) {
        mapping[field] = headers[index];
        taken.add(headers[index]);
        break;
      }
    }
  }
  return mapping;
}

/** The known profile whose columns these are, if any. */
export function findProfile(headers: string[]): Profile | undefined {
  const set = new Set(headers.map((h) => h.trim().toLowerCase()));
  return PROFILES.find((p) => p.matches(set));
}
