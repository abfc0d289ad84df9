// EBSCO's CSV exports (CINAHL, MEDLINE, Academic Search, APA PsycInfo …), three layouts by the
// interface that wrote them, and the citation in one cell its "Source" column holds. Every layout
// gives the record's accession number (AN), the database's own id: the source id, and the PMID only
// of a record from EBSCO's MEDLINE databases (MEDLINE Complete `mdc`, MEDLINE `mnh`, MEDLINE with
// Full Text `cmedm`), as its RIS and BibTeX give them (ebsco-ids.ts).
import { parseYear } from '../model/normalize';
import { joinPages } from '../model/pages';
import type { Profile } from './csv-profiles';
import { has } from './csv-profiles-more';
import { ebscoMedlineDb, ebscoPermalink } from './ebsco-ids';
import type { Draft } from './record';
import { pmidValue } from './values';

// EBSCO's citation in one cell: "Journal of Clinical Nursing. Jul2023, Vol. 32 Issue 13/14,
// p1950-1960. 11p." (also "3/15/2023, Vol. 23 Issue 1, p1-10.", "2022, Vol. 5 Issue 2, p45." and
// a supplement after the date: "Enfermeria Clinica. Mar2021 Supplement 2, Vol. 31, pS123-S127.").
const EBSCO_SOURCE =
  /^(.+?)\.\s+[^,.]*?(\d{4})(?:\s+((?:Supplement|Suppl\.?|Special Issue)[^,]*))?,\s*(?:Vol\.?\s*([^\s,]+))?(?:\s*Issue\s+([^,]+?))?(?:,\s*p\.?\s*([A-Za-z]?\d[\w-]*))?(?:[.,]|$)/;

const EBSCO_MEDLINE = /^MEDLINE\b/i;

/** Journal, year, volume, issue and pages from a journal cell holding EBSCO's whole citation (any of volume, issue or pages: "Jurnal Ners. 2020, Issue 2."); false when it is a plain name. */
export function ebscoSource(draft: Draft, source: string | undefined): boolean {
  const match = source ? EBSCO_SOURCE.exec(source) : null;
  if (!match || !(match[4] || match[5] || match[6])) return false;
  draft.journal = match[1];
  // The citation's date: the "Publication Date" column may hold one parseYear does not read ("20211101").
  if (parseYear(draft.year) === undefined) draft.year = parseYear(match[2]);
  draft.volume ||= match[4];
  draft.issue ||= match[5]?.trim() || match[3]?.trim();
  draft.pages ||= joinPages(match[6]);
  return true;
}

/** The PMID of a record whose database is one of EBSCO's MEDLINE ones, by name ("MEDLINE Complete") or code ("mdc"). */
function medlinePmid(draft: Draft, database: string, code: string): void {
  if (EBSCO_MEDLINE.test(database) || ebscoMedlineDb(code) || ebscoMedlineDb(ebscoPermalink(draft.url)?.db)) draft.pmid = pmidValue(draft.sourceId);
}

// Excel's guard for a value it would read as a number or date: the classic CSV writes ISSNs and
// dates so, `="19326203"`, `="4/3/2024"`.
const excelText = (cell: string) => (cell.startsWith('="') && cell.endsWith('"') ? cell.slice(2, -1) : cell);

/**
 * The classic CSV's pages: its first page and how many there are ("First Page" 924, "Page Count"
 * 11), which EBSCO's own citation writes "p924-934. 11p.". A first page that is no number
 * ("e0298242", "S12") stays alone.
 */
function pagesFromCount(first: string, count: string): string | undefined {
  const pages = Number(count);
  if (!/^\d+$/.test(first) || !/^\d+$/.test(count) || pages < 2) return joinPages(first || undefined);
  return joinPages(first, String(Number(first) + pages - 1));
}

export const EBSCO_PROFILES: Profile[] = [
  {
    // EBSCO's columns named in words: Title,Authors,Publication Date,Source,Abstract,Subjects,Publisher,
    // ISSN,DOI,Language,Accession Number,Database,Document Type,Page Count,Permalink. (The research
    // platform's own CSV names its columns as its fields are named: ebsco-research below.)
    name: 'ebsco',
    label: 'EBSCOhost',
    matches: (h) => has(h, 'title', 'authors', 'source', 'accession number') && (h.has('permalink') || h.has('database')),
    mapping: {
      title: 'Title',
      authors: 'Authors',
      year: 'Publication Date',
      journal: 'Source',
      doi: 'DOI',
      abstract: 'Abstract',
      keywords: 'Subjects',
      url: 'Permalink',
      language: 'Language',
      sourceId: 'Accession Number',
    },
    authors: ';',
    fix(draft, cell) {
      ebscoSource(draft, draft.journal);
      medlinePmid(draft, cell('Database'), '');
    },
  },
  {
    // Classic EBSCOhost's "Export → CSV" (asreview/citation-file-formatting's _baseline_cinahl.csv):
    //   Article Title,Author,Journal Title,ISSN,ISBN,Publication Date,Volume,Issue,First Page,
    //   Page Count,Accession Number,DOI,Publisher,Doctype,Subjects,Keywords,Abstract,PLink
    // Dates "4/3/2024", "Jun2023", "2023"; Subjects are EBSCO's terms ("DINOSAURS; MASS extinctions"),
    // Keywords the authors'; PLink the permalink, whose db names the database.
    name: 'ebsco-classic',
    label: 'EBSCOhost',
    matches: (h) => has(h, 'article title', 'author', 'journal title', 'accession number') && (h.has('plink') || h.has('first page')),
    mapping: {
      title: 'Article Title',
      authors: 'Author',
      year: 'Publication Date',
      journal: 'Journal Title',
      volume: 'Volume',
      issue: 'Issue',
      doi: 'DOI',
      abstract: 'Abstract',
      keywords: ['Subjects', 'Keywords'],
      url: 'PLink',
      sourceId: 'Accession Number',
    },
    authors: ';',
    fix(draft, cell) {
      draft.pages = pagesFromCount(excelText(cell('First Page')), excelText(cell('Page Count')));
      medlinePmid(draft, '', '');
    },
  },
  {
    // The EBSCO research platform (2023–) writes its fields' own names: an,title,contributors,
    // source,publicationDate ("20240326"),coverDate,subjects,doi,plink,longDBName ("MEDLINE
    // Complete"),shortDBName ("mdc"),docTypes,pubTypes,issns,language,publisher,abstract …, and on
    // some records volume, issue, pageStart, pageEnd. Its plink (research.ebsco.com) carries no AN.
    name: 'ebsco-research',
    label: 'EBSCO',
    matches: (h) => has(h, 'an', 'title', 'contributors') && (h.has('plink') || h.has('longdbname') || h.has('shortdbname')),
    mapping: {
      title: 'title',
      authors: 'contributors',
      year: ['publicationDate', 'coverDate'],
      journal: 'source',
      volume: 'volume',
      issue: 'issue',
      startPage: 'pageStart',
      endPage: 'pageEnd',
      doi: 'doi',
      abstract: 'abstract',
      keywords: 'subjects',
      url: 'plink',
      language: 'language',
      sourceId: 'an',
    },
    authors: ';',
    fix(draft, cell) {
      ebscoSource(draft, draft.journal);
      medlinePmid(draft, cell('longDBName'), cell('shortDBName'));
    },
  },
];
