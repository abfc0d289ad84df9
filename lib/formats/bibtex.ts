// BibTeX import: the field table and entries → records (scanning in bibtex-scan.ts).
//
// Hand-written rather than @retorquere/bibtex-parser (9.0.29), which bundles for the browser
// (414 kB minified) and runs under Vitest, but on the fixture Scopus export (1,115 entries,
// 3 MB) took 7.6–9 s and reported 12 errors, dropping or merging entries: Scopus writes
// non-ASCII citation keys ("O’Loughlin201783"), unescaped "$" and unbalanced "{" inside
// abstracts. Reviewers import such files by the thousand, so this parser reads a value by
// brace depth and, when Scopus's one-field-per-line layout shows a brace was left open,
// ends the value at its line.
import type { Article } from '../model/article';
import type { ArticleType } from '../model/article-type';
import { BIBTEX_TYPES, refinedArticle } from './publication-types';
import { cleanText } from '../model/normalize';
import { latexToText } from './latex';
import { namesJoined } from './joined-names';
import { namesAnOrganisation, namesPaired } from './paired-names';
import { Crossrefs } from './bibtex-crossref';
import { readBraced, readEntry, Reader, readValue, type Fields } from './bibtex-scan';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { doiFrom, pagesOr, pmidFrom, scopusEid, splitList, withYear } from './values';
import { joinPages } from '../model/pages';
import { ebscoMedlinePmid, ebscoPermalink } from './ebsco-ids';
import { withoutFlatHeading } from './crossref-abstracts';
import { arxivOf } from './arxiv';
import { importMessage } from './messages';

/** The one field → Article table: BibTeX/BibLaTeX field names in order of preference. */
const BIBTEX = {
  title: ['title'],
  authors: ['author'],
  // Web of Science writes an early-access article's year only in EarlyAccessDate ("JAN 2024").
  year: ['year', 'date', 'earlyaccessdate'],
  // MathSciNet and zbMATH write the journal's full name in fjournal beside its abbreviation in journal.
  journal: ['fjournal', 'journal', 'journaltitle', 'booktitle'],
  volume: ['volume'],
  issue: ['number', 'issue'],
  pages: ['pages'],
  /** Scopus's and ACM's article number, for journals that do not page their articles. */
  articleNumber: ['art_number', 'articleno', 'article-number'],
  doi: ['doi'],
  /** Web of Science writes "PubMed-ID" (its records that are also in MEDLINE). */
  pmid: ['pmid', 'pubmed_id', 'pubmedid', 'pubmed-id'],
  /** Zotero writes "{PMID:} 123" into note; Scopus writes "cited By 3" there. */
  pmidElsewhere: ['note', 'annote', 'extra'],
  // Zotero's field name, which OJS and doi.org's BibTeX write too.
  abstract: ['abstract', 'abstractnote'],
  // Author keywords first: Scopus writes the indexers' terms in "keywords".
  keywords: ['author_keywords', 'keywords', 'keyword', 'keywords-plus'],
  url: ['url'],
  language: ['language', 'langid'],
  /** Web of Science writes "unique-id = {WOS:…}"; Scopus's id is inside its url. */
  sourceId: ['unique-id'],
  /** What Scopus (`document_type`) and Web of Science (`type`) call an @article: "Review", "Letter". */
  documentType: ['document_type', 'type'],
  /**
   * BibLaTeX's (and JabRef's, ADS's, APS's) article number ("eid = {e045678}"); a Scopus EID
   * ("2-s2.0-…") when some tool writes that there.
   */
  eid: ['eid'],
} as const;

const BARE_CR = /\r(?!\n)/;

/** Fields read as written: no LaTeX in them. */
const VERBATIM = new Set(['url', 'doi', 'eprint', 'file', 'pmid', 'pubmed_id', 'pubmedid', 'pubmed-id', 'unique-id', 'eid', 'issn', 'isbn']);

/** A verbatim field's value: braces dropped, and the specials Mendeley escapes anyway ("10.1007/978-3-030-1_7" as "{\_}7") unescaped. */
const verbatim = (raw: string) => cleanText(raw.replace(/[{}]/g, '').replace(/\\([_%&#$])/g, '$1'));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// An entry, a @string or a @comment opening at the start of a line: "@ARTICLE{Zlonis201970,".
const ENTRY_START = /^\s*@\s*[A-Za-z]+\s*[{(]/;

/**
 * True when an entry opens at the start of one of the first lines (used by sniff). Text before
 * it is a comment to BibTeX: Scopus writes "Scopus" and "EXPORT DATE: 2 March 2019" above its
 * first entry, JabRef "% Encoding: UTF-8", other tools a title or a blank line.
 */
export function looksLikeBibtex(lines: string[]): boolean {
  return lines.some((line) => ENTRY_START.test(line));
}

export function parseBibtex(input: string): ReadRecords {
  // The scanner ends lines at LF (CRLF included); old Mac files end them with a bare CR.
  const text = BARE_CR.test(input) ? input.replace(/\r\n?/g, '\n') : input;
  const r = new Reader(text);
  const warnings = new Warnings();
  const records: Article[] = [];
  const strings = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  const crossrefs = new Crossrefs(Object.values(BIBTEX));

  while (r.nextEntry()) {
    const line = r.line(r.pos - 1);
    r.skipSpace();
    const type = r.word().toLowerCase();
    r.skipSpace();
    const open = r.text[r.pos];
    if (!type || (open !== '{' && open !== '(')) continue;
    if (type === 'comment' || type === 'preamble') {
      if (open === '{') readBraced(r);
      else r.skipLine();
      continue;
    }
    r.pos++;
    if (type === 'string') {
      r.skipSpace();
      const name = r.word().toLowerCase();
      r.skipSpace();
      if (r.text[r.pos] === '=') {
        r.pos++;
        strings.set(name, readValue(r, strings).value);
      }
      continue;
    }
    const start = r.pos;
    const { key, fields, closed } = readEntry(r, strings);
    if (!closed) warnings.add(importMessage('entryNotClosed'), line);
    // Europe PMC names its entries by their PMID ("@article {PMID:36540961,") and gives no field for it.
    const keyed = PMID_KEY.exec(key);
    if (keyed && !fields.has('pmid')) fields.set('pmid', keyed[1]);
    // An @xdata entry is a block of fields other entries take in (BibLaTeX): never a record itself.
    if (crossrefs.wait(key, type, start, fields, line, records.length) || type === 'xdata') continue;
    const article = finishRecord(bibtexToDraft(fields, type), line, warnings);
    if (article) records.push(article);
  }
  // A crossref's parent, read again from where its fields start (with every @string of the file).
  const read = (at: number) => {
    const parent = new Reader(text);
    parent.pos = at;
    return readEntry(parent, strings).fields;
  };
  const all = crossrefs.resolve(records, read, (fields, type, at) => finishRecord(bibtexToDraft(fields, type), at, warnings), warnings);
  return { records: all, ...warnings.done() };
}

/** The parts of a value between joiners ("and", "dan") outside braces ("{Johnson and Johnson}" is one name). */
function outsideBraces(value: string, joiner: RegExp): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && (c === ' ' || c === '\n' || c === '\t') && joiner.test(value.slice(i, i + 6))) {
      names.push(value.slice(start, i));
      i += /^\s+\S+/.exec(value.slice(i))![0].length;
      start = i;
    }
  }
  names.push(value.slice(start));
  return names;
}

const PMID_KEY = /^PMID:\s*(\d{1,9})$/i;

/** Authors split on " and " outside braces. */
function splitAuthors(value: string): string[] {
  const names = outsideBraces(value, /^\s+and\s/i);
  // The Cochrane Library lists "Family, Initials" pairs with commas and "and" before the last
  // ("Smith, SR, Newton, K, Hill, J, and Young, T"): no BibTeX name has three commas or ends with one.
  if (names.some((n) => /,\s*$|,.*,.*,/.test(n))) {
    const paired = namesPaired(cleanText(latexToText(value)));
    if (paired) return paired;
  }
  // Indonesian OJS 2 sites join names with the lower-case "dan" ("and") instead of "and": split
  // as in RIS and CSV, persons' names only ("Badan Penelitian dan Pengembangan" is one body),
  // and never inside braces, which keep a name whole.
  if (names.length === 1 && value.includes(' dan ') && !/^\s*\{[^{}]*\}\s*$/.test(value)) {
    const joined = value.includes('{') ? undefined : namesJoined(cleanText(latexToText(value)));
    if (joined) return joined;
    // Names namesJoined does not know as persons' ("dr. Siti Rahmawati dan …"): split on "dan"
    // outside braces, unless a part is an organisation's.
    const parts = outsideBraces(value, /^\s+dan\s/i);
    if (!parts.some(namesAnOrganisation)) names.splice(0, 1, ...parts);
  }
  // "and others" (Google Scholar, Zotero): more authors not named, not an author called "others".
  return names.map((n) => cleanText(latexToText(n))).filter((n) => n && n.toLowerCase() !== 'others');
}

/** The first field that holds a year ("year = {In press}, date = {2024-05}" gives 2024's). */
function firstYear(get: (names: readonly string[]) => string | undefined, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = get([name]);
    if (value && withYear(value)) return value;
  }
  return undefined;
}

/**
 * The links of a url field. Mendeley writes every link of a document into one field, separated by
 * spaces ("http://www.ncbi.nlm.nih.gov/pubmed/33500000 https://doi.org/10.1186/…"), which as one
 * value is no URL and was dropped with the PMID and DOI it names. A value that is not a list of
 * links is kept whole (the record's url is then whatever finishRecord accepts of it).
 */
function linksOf(value: string | undefined): string[] {
  if (!value) return [];
  const parts = value.split(' ');
  return parts.length > 1 && parts.every((part) => /^https?:\/\//i.test(part)) ? parts : [value];
}

// A star before a term or inside its qualifiers' brackets, as the RIS reader takes off a leading one.
export const unstarred = (keyword: string) => (keyword.includes('*') ? keyword.replace(/(^|[\s[])\*/g, '$1') : keyword);

// Whole books and proceedings, whose editors stand in the authors' place when no author is named
// (as Google Scholar and the citation styles show them). A chapter's or paper's editors never do.
const WHOLE_BOOKS = new Set(['book', 'mvbook', 'proceedings', 'mvproceedings', 'collection', 'mvcollection', 'reference', 'mvreference']);

// Wiley's DOIs (Wiley, Wiley-Blackwell): 10.1002/…, 10.1111/….
const WILEY_DOI = /^10\.(?:1002|1111)\//;

// A tilde between page numbers is a range, not LaTeX's tie: EndNote's BibTeX and a .bib copied from a
// journal's "hal. 272~276" leave it raw (Mendeley writes "272{\~{}}276"). Passed to latexToText
// escaped, as Zotero writes it; lib/model/pages.ts reads the range.
const PAGE_TILDE = /(?<=\d)~(?=[A-Za-z]{0,3}\d)/g;
const asWritten = (value: string) => value;
const tildeRanges = (pages: string) => (pages.includes('~') ? pages.replace(PAGE_TILDE, '\\textasciitilde{}') : pages);

/** The entry's fields; `type` is its entry type ("article", "book"), when known. */
function bibtexToDraft(fields: Fields, type?: string): Draft {
  // `raw`: what a field's LaTeX means before it is read as LaTeX (a page range's tilde).
  const get = (names: readonly string[], raw = asWritten): string | undefined => {
    for (const name of names) {
      const value = fields.get(name);
      if (value === undefined || !value.trim()) continue;
      return VERBATIM.has(name) ? verbatim(value) : latexToText(raw(value));
    }
    return undefined;
  };
  const links = linksOf(get(BIBTEX.url));
  const url = links[0];
  // BibLaTeX: "eprinttype = {pubmed}" (JabRef) or "{pmid}" (Better BibLaTeX).
  const eprintType = get(['eprinttype', 'archiveprefix'])?.toLowerCase();
  const eprintPmid = eprintType === 'pubmed' || eprintType === 'pmid' ? get(['eprint']) : undefined;
  const venue = get(BIBTEX.journal);
  const volume = get(BIBTEX.volume);
  const preprint = arxivOf(venue, volume, eprintType === 'arxiv' ? get(['eprint']) : undefined);
  const arxiv = preprint.id;
  const eid = get(BIBTEX.eid);
  const scopusId = eid?.startsWith('2-s2.0-') ? eid : undefined;
  let pmid = get(BIBTEX.pmid) ?? eprintPmid;
  if (!pmid) for (const name of BIBTEX.pmidElsewhere) pmid ??= pmidFrom(get([name]));
  // A PubMed link is as good as a PMID field, as in RIS (UR) and CSV; so is a link to a record of
  // EBSCO's MEDLINE databases (db=mdc, mnh, cmedm), whose AN is the PMID.
  for (const link of links) pmid ??= pmidFrom(link) ?? ebscoMedlinePmid(link);
  // A doi.org link among them, when there is no DOI field (finishRecord reads the first link only).
  const doi = doiFrom(get(BIBTEX.doi)) ?? links.slice(1).map(doiFrom).find(Boolean);
  return {
    title: get(BIBTEX.title),
    authors: splitAuthors(fields.get('author') || (type && WHOLE_BOOKS.has(type) ? (fields.get('editor') ?? '') : '')),
    year: firstYear(get, BIBTEX.year),
    journal: preprint.named ? 'arXiv' : (venue ?? (arxiv ? 'arXiv' : undefined)),
    volume: preprint.inVolume ? undefined : volume,
    // Mendeley's month in `number` ("June") is no issue: issue-labels.ts, for every importer.
    issue: get(BIBTEX.issue),
    pages: pagesOr(joinPages(get(BIBTEX.pages, tildeRanges)), get(BIBTEX.articleNumber) ?? (scopusId ? undefined : eid)),
    doi,
    pmid,
    // Wiley's "Cite → BibTeX" keeps the heading as its first word: "Abstract Enzyme kinetics is …".
    // Only Wiley's (its DOIs): "Abstract Meaning Representation (AMR) is …" is another's own first words.
    abstract: doi && WILEY_DOI.test(doi) ? withoutFlatHeading(get(BIBTEX.abstract)) : get(BIBTEX.abstract),
    // MeSH's major-topic stars (the Cochrane Library: "*Bandages; Abscess [*surgery]") are no part of a term.
    keywords: BIBTEX.keywords.flatMap((name) => splitList(get([name]), ',').map(unstarred)),
    url: url ?? (arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined),
    language: get(BIBTEX.language),
    // EBSCO's BibTeX gives its accession number only in the link (url = {…login.aspx?direct=true&db=a9h&AN=66705244…}), as its RIS in AN.
    sourceId: get(BIBTEX.sourceId) ?? scopusId ?? scopusEid(url) ?? ebscoPermalink(url)?.an,
    type: bibtexType(type, arxiv !== undefined || preprint.named, get(BIBTEX.documentType)),
  };
}

/**
 * The entry type's kind (BIBTEX_TYPES), an @article refined by the document type Scopus writes
 * beside it (`document_type={Review}`, `{Conference Paper}`) or Web of Science's `type = {Review}`;
 * an arXiv entry (its eprint, or its venue) a preprint whatever its entry type says
 * (arXiv's own `@misc`, DBLP's and Google Scholar's `@article`).
 */
function bibtexType(entry: string | undefined, arxiv: boolean, documentType: string | undefined): ArticleType | undefined {
  const type = entry ? BIBTEX_TYPES[entry] : undefined;
  if (arxiv && (!type || type === 'article' || type === 'other')) return 'preprint';
  return refinedArticle(type, documentType);
}
