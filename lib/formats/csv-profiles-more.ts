// Profiles of CSV exports from a review tool (Covidence), a reference manager (Zotero), scholarly
// indexes (Lens.org, Dimensions) and PubMed's legacy CSV, kept beside csv-profiles.ts and tried after
// them; and the citations in one cell that Embase and PubMed write (EBSCO's: csv-profiles-ebsco.ts).
import { parseYear } from '../model/normalize';
import type { Profile } from './csv-profiles';
import type { Draft } from './record';
import { doiFrom, pagesOr, pmidFrom, pmidValue } from './values';
import { joinPages } from '../model/pages';
import { lensAbstract, withoutFlatHeading } from './crossref-abstracts';

const TRAILING_DOT = /\.$/;

export const has = (h: Set<string>, ...names: string[]) => names.every((n) => h.has(n));

// Embase's "Source" cell since 2020: "Journal of Neonatal Nursing, 12 (3) (2020), p. 45-52", with a
// supplement ("48 (Supplement 2) (2020), p. S123") or an article number ("11 (5) (2021), Article
// Number: e045678"). The volume holds a digit, so a comma inside a journal's name is no volume.
const EMBASE_SOURCE_NEW = /^(.+?),\s*(\d[^\s(),]*)?\s*(?:\(([^)]*)\)\s*)?\((\d{4})\)(?:,\s*(?:pp?\.\s*([^\s,]+(?:\s*-\s*[^\s,.]+)?)|Article Number:?\s*([^\s,]+)))?/;
// The older one: "Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004".
const EMBASE_SOURCE_OLD = /^(.*?)\s*\((\d{4})\)\s*([^\s:(]+)?(?::([^\s(]+))?\s*(?:\(([^)]*)\))?/;

/** Journal, year, volume, issue and pages from Embase's "Source" cell (either layout). */
export function embaseSource(draft: Draft, source: string): void {
  const recent = EMBASE_SOURCE_NEW.exec(source);
  if (recent) {
    draft.journal ||= recent[1];
    if (parseYear(draft.year) === undefined) draft.year = parseYear(recent[4]);
    draft.volume ||= recent[2];
    draft.issue ||= recent[3]?.trim() || undefined;
    draft.pages ||= pagesOr(joinPages(recent[5]?.replace(TRAILING_DOT, '')), recent[6]?.replace(TRAILING_DOT, ''));
    return;
  }
  const match = EMBASE_SOURCE_OLD.exec(source);
  if (!match) {
    draft.journal ||= source;
    return;
  }
  draft.journal ||= match[1];
  if (parseYear(draft.year) === undefined) draft.year = parseYear(match[2]);
  draft.volume ||= match[3];
  draft.issue ||= match[4];
  draft.pages ||= joinPages(match[5]);
}

/**
 * "Tech Coloproctol. 2019 Oct;23(10):947-955. doi: …" → volume, issue, pages. A Bookshelf
 * record's citation ("In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2019
 * Jan-. 2019 Dec 4.") names a book and its publisher: no volume after its ";".
 */
export function pubmedCitation(draft: Draft, citation: string): void {
  if (citation.startsWith('In: ')) return;
  const match = /;\s*([^();:]*)(?:\(([^)]*)\))?(?::\s*([^.;\s]+))?/.exec(citation);
  // A book's citation puts its date after the ";" ("Geneva: World Health Organization; 2016."): a
  // journal's puts it before ("J Hum Lact. 2019 May;35(2):123-130").
  if (!match || /^(?:1[5-9]|20)\d\d\b/.test(match[1])) return;
  draft.volume ||= match[1]?.trim() || undefined;
  draft.issue ||= match[2]?.trim() || undefined;
  draft.pages ||= match[3] ? joinPages(match[3]) : undefined;
}

/** PubMed's "Smith J, Doe A." ends the list with a full stop that is not part of the last name. */
export function pubmedAuthors(draft: Draft): void {
  const last = draft.authors?.length ? draft.authors.length - 1 : -1;
  if (last >= 0) draft.authors![last] = draft.authors![last].replace(TRAILING_DOT, '');
}

// PubMed's short citation before 2020: "J Hum Lact. 2019" (the journal's abbreviation and year).
const PUBMED_SHORT = /^(.+?)\.?\s+((?:1[5-9]|20)\d\d)$/;

/**
 * PubMed's legacy "Send to → File → CSV" (before 2020): Title,URL,Description,Details,ShortDetails,
 * Resource,Type,Identifiers,Db,EntrezUID,Properties. Description is the authors, Details the
 * citation ("J Hum Lact. 2019 May;35(2):123-130. doi: 10.1177/…. Epub 2019 Jan 5."), ShortDetails
 * "J Hum Lact. 2019", URL a path ("/pubmed/30612345"), EntrezUID the record's id in its database
 * (Db): a PMID in PubMed's, a PMC number in PMC's. Properties' "create date" is PubMed's, never
 * the publication's.
 */
function pubmedLegacy(draft: Draft, cell: (header: string) => string): void {
  const short = PUBMED_SHORT.exec(cell('ShortDetails'));
  const details = cell('Details');
  draft.journal = short?.[1];
  draft.year = short?.[2] ?? details;
  pubmedCitation(draft, details);
  draft.doi = doiFrom(details);
  const db = cell('Db').toLowerCase();
  draft.pmid = (db === 'pubmed' || !db ? pmidValue(cell('EntrezUID')) : undefined) ?? pmidFrom(cell('Identifiers'));
  draft.url = draft.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${draft.pmid}/` : undefined;
  draft.sourceId = draft.pmid;
  pubmedAuthors(draft);
}

export const MORE_PROFILES: Profile[] = [
  {
    name: 'pubmed-legacy',
    label: 'PubMed',
    matches: (h) => has(h, 'title', 'description', 'details', 'shortdetails', 'entrezuid'),
    mapping: { title: 'Title', authors: 'Description' },
    authors: ',',
    fix: pubmedLegacy,
  },
  {
    // Zotero "Export Collection → CSV": Key,Item Type,Publication Year,Author,Title,Publication Title,
    // …,Abstract Note,…,Pages,Issue,Volume,…,Language,…,Extra,…,Manual Tags,Automatic Tags. Key is
    // the reviewer's own library's id; Extra holds "PMID: 123" when Zotero found one.
    name: 'zotero',
    label: 'Zotero',
    matches: (h) => has(h, 'key', 'item type', 'author', 'title', 'publication title'),
    mapping: {
      title: 'Title',
      authors: 'Author',
      year: ['Publication Year', 'Date'],
      journal: 'Publication Title',
      volume: 'Volume',
      issue: 'Issue',
      pages: 'Pages',
      doi: 'DOI',
      abstract: 'Abstract Note',
      keywords: ['Manual Tags', 'Automatic Tags'],
      url: 'Url',
      language: 'Language',
    },
    authors: ';',
    fix(draft, cell) {
      draft.pmid ||= pmidFrom(cell('Extra'));
    },
  },
  {
    // Covidence: Title,Authors,Abstract,Published Year,Published Month,Journal,Volume,Issue,Pages,
    // Accession Number,DOI,Ref,Covidence #,Study,Notes,Tags. "Accession Number" is whatever the
    // study's first database called it (a CINAHL AN, an Embase id): never read as a PMID.
    name: 'covidence',
    label: 'Covidence',
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
    label: 'Lens.org',
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
    fix(draft) {
      if (draft.abstract?.includes(';') || draft.abstract?.includes('<')) draft.abstract = lensAbstract(draft.abstract);
      draft.abstract = withoutFlatHeading(draft.abstract);
    },
  },
  {
    // Dimensions: Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,…,Source title,Anthology title,
    // MeSH terms,Publication date,PubYear,…,Authors,…,Dimensions URL,… (after a one-cell "About the
    // data" line, which csv-import.ts skips). Publication ID ("pub.1149983225") is Dimensions' own.
    name: 'dimensions',
    label: 'Dimensions',
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
  {
    // OpenAlex's "Export → CSV": id,doi,title,display_name,publication_year,…,ids.pmid,language,
    // primary_location.source.display_name,authorships.author.display_name,biblio.volume,…, with
    // the values of a list joined by "|" and ids written as links (doi.org, pubmed.ncbi…).
    name: 'openalex',
    label: 'OpenAlex',
    matches: (h) => has(h, 'id', 'authorships.author.display_name') && (h.has('title') || h.has('display_name')),
    mapping: {
      title: ['title', 'display_name'],
      // Rebuilt from OpenAlex's inverted index, when the work has one.
      abstract: 'abstract',
      year: 'publication_year',
      journal: 'primary_location.source.display_name',
      volume: 'biblio.volume',
      issue: 'biblio.issue',
      startPage: 'biblio.first_page',
      endPage: 'biblio.last_page',
      doi: 'doi',
      pmid: 'ids.pmid',
      language: 'language',
      url: ['primary_location.landing_page_url', 'id'],
      sourceId: 'id',
    },
    authors: ';',
    fix(draft, cell) {
      const list = (header: string) =>
        cell(header)
          .split('|')
          .map((v) => v.trim())
          .filter(Boolean);
      draft.authors = list('authorships.author.display_name');
      draft.keywords = list('keywords.display_name');
      draft.pmid = pmidFrom(draft.pmid);
      draft.abstract = withoutFlatHeading(draft.abstract);
    },
  },
];
