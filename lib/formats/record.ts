// What every importer shares: turning the loose fields read from one record into an Article
// that ArticleSchema accepts, and collecting warnings with line numbers.
import type { Article } from '../model/article';
import type { ArticleType } from '../model/article-type';
import { markChecked } from '../model/checked';
import { abstractKeywords } from '../model/abstract-keywords';
import { NO_ABSTRACT, parseYear, wordKey } from '../model/normalize';
import { ARTICLE_LIMITS as MAX } from '../model/limits';
import { isDegreeOnly, withoutDegrees } from '../model/names';
import { languageCode } from '../model/language';
import { stripMarkup } from './markup';
import { splitOriginal } from './translated';
import { unlabelVolume } from './issue-labels';
import { issueAfterJournal } from './journal-issue';
import { mayHoldPlaceholder, withoutPlaceholders } from './name-placeholders';
import { arxivVenue } from './arxiv';
import { unrepeatNames } from './repeated-names';
import { writtenTitle } from './chapter-labels';
import { wosQuotes } from './wos-quotes';
import { abstractText, IEEE_OPENING } from './abstract-label';
import { isMedlineNote } from './venue-notes';
import { cut, doiFrom, httpUrl, pmidValue, stableDoi } from './values';
import { importMessage, type ImportMessage, type Warnings } from './messages';

/** Fields as an importer reads them, before cleaning. */
export interface Draft {
  title?: string;
  /** The title in the article's own language, when the export gives it apart (PubMed TT, CSL original-title). */
  originalTitle?: string;
  authors?: string[];
  year?: string | number;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  abstract?: string;
  keywords?: string[];
  url?: string;
  language?: string;
  sourceId?: string;
  /** What kind of publication it is, when the export names it (publication-types.ts). */
  type?: ArticleType;
}

export interface ParseResult {
  format: BibliographyFormat;
  records: Article[];
  warnings: string[];
  /** The same warnings, each as a code and its values (lib/formats/messages.ts), for the UI's languages. */
  messages: ImportMessage[];
  /** Which export a CSV/TSV came from ('scopus-2024', 'pubmed', …), when recognised. */
  dialect?: string;
}

/** What a reader of one format returns. */
export type ReadRecords = Omit<ParseResult, 'format' | 'dialect'>;

/** `wos` = Web of Science tagged plain text; `tsv` = Web of Science (or other) tab-delimited; `enw` = EndNote tagged; `cochrane-text` = the Cochrane Library's plain text. */
export type BibliographyFormat = 'ris' | 'medline' | 'bibtex' | 'csv' | 'tsv' | 'wos' | 'enw' | 'csljson' | 'endnote-xml' | 'pubmed-xml' | 'cochrane-text';

// A file's warnings are collected by messages.ts's Warnings, each as its code and its English text.
export { Warnings } from './messages';
const NO_TITLE_SKIPPED = importMessage('noTitle');

// Placeholders databases write instead of an author, and the marks of a list cut short ("et al.",
// Indonesian "dkk." = "and colleagues"): no one is called that. Nor a trial's registration
// number, which Cochrane CENTRAL writes as the author of a registry record ("NCT03456789").
// The marks of a list cut short are one word list for both tests: OTHERS also marks the record's list as cut.
const OTHERS_WORDS = String.raw`et\.? al\.?|and others|dkk\.?`;
const OTHERS = new RegExp(`^\\s*\\[?(?:${OTHERS_WORDS})\\]?\\.?\\s*$`, 'i');
const NO_AUTHOR = new RegExp(
  String.raw`^\[?(?:no author(?: name)? available|anonymous|anon\.?|${OTHERS_WORDS}|NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR[\w-]+|CTRI\/[\d/]+|IRCT\w+|DRKS\d{8}|EUCTR[\w-]+|JPRN-\w+|TCTR\d+|KCT\d+|RBR-\w+|PACTR\d+|jRCT\w+)\]?\.?$`,
  'i',
);
const TRAILING_SEPARATORS = /[;,\s]+$/;
const LEADING_SEPARATORS = /^[,\s]+/;
// A database's id for the person after the name: Scopus's "Author full names" ("Rahmawati, Siti
// (57201234567)"), an ORCID ("(0000-0002-1825-0097)"). No part of the name.
const AUTHOR_ID = /\s*\((?:\d{6,}|(?:\d{4}-){3}\d{3}[\dX])\)$/;
// Google Scholar (and Publish or Perish, which reads it) cuts long author lists with "…", at the
// end ("J Smith, A Doe, …", "A Doe…") or the front ("…, DN Mariyani"): the mark is no name.
const CUT_MARK = /^(?:\u2026|\.\.\.)[\s,;]*|[\s,;]*(?:\u2026|\.\.\.)$/g;
// Placeholders databases write instead of an abstract (Scopus: "[No abstract available]"; the one
// rule for pages and imports, NO_ABSTRACT). Kept, they would stand in the reviewer's screen as
// the abstract of a record that has none.
/** Longer than any placeholder: the regex is only tried on short abstracts. */
const PLACEHOLDER_MAX = 40;

/**
 * One record as an Article, or undefined (with a warning naming the line) when it has no
 * title. Built by hand to exactly what ArticleSchema.parse returns for it — the schema's own
 * cleaning (cleanText, normalizeDoi, normalizePmid, bounds) applied once, here — because
 * running Zod on every field of 10,000 records cost more than the whole parse. Over-long
 * text is cut, a malformed DOI, PMID or URL dropped, so that one odd field never loses a
 * record. tests/formats/schema.test.ts runs ArticleSchema.parse over every record of every
 * fixture and compares.
 */
export function finishRecord(draft: Draft, line: number, warnings: Warnings): Article | undefined {
  // PubMed's "[Not Available]." names no title (an article with no English one): the title in
  // its own language stands in; else a placeholder naming the record's id, so that the record
  // counts (PRISMA's numbers) without giving unrelated records one title. No id: skipped.
  // Web of Science's "\"provinces,'' or …" (TeX's closing quote kept): quotes, in its records only.
  wosQuotes(draft);
  const placeholder = !!draft.title && NO_TITLE.test(draft.title);
  if (placeholder) [draft.title, draft.originalTitle] = [draft.originalTitle, undefined];
  const id = draft.pmid ? `PMID ${draft.pmid}` : draft.doi ? `DOI ${draft.doi}` : undefined;
  let title = placeholder && !draft.title && id ? `Title not available (${id})` : cut(writtenTitle(draft), MAX.title);
  if (!title) {
    warnings.add(NO_TITLE_SKIPPED, line);
    return undefined;
  }
  unlabelVolume(draft);
  issueAfterJournal(draft);
  arxivVenue(draft);
  let original = draft.originalTitle ? cut(stripMarkup(draft.originalTitle), MAX.title) : '';
  // "English title [Original title]" (Scopus): only titles ending with "]" are looked at.
  const both = title.charCodeAt(title.length - 1) === 93 /* ] */ ? splitOriginal(title, isScopus(draft.sourceId)) : undefined;
  if (both) [title, original] = [both[0], original || both[1]];
  // The same title again ("… production." beside "… production"): no original.
  if (original && wordKey(original) === wordKey(title)) original = '';
  return markChecked(new (ImportedArticle as unknown as new (title: string, original: string, draft: Draft) => Article)(title, original, draft));
}

/** A Scopus record: its id is an EID ("2-s2.0-85074596690"), from RIS, CSV and BibTeX alike. */
const isScopus = (id: string | undefined) => id?.startsWith('2-s2.0-') === true;

/**
 * The record, made by a constructor rather than a literal that fields are added to one by one:
 * V8 learns from the first records how many fields they get and keeps them all inside the
 * object, instead of growing (and leaving behind) a separate property array for each of
 * 10,000+ records. Its prototype is Object.prototype, so a record is a plain object to every
 * reader (structured clone, IndexedDB, Zod, equality in tests).
 */
function ImportedArticle(this: Article, title: string, original: string, draft: Draft): void {
  this.title = title;
  if (original) this.originalTitle = original;
  this.authors = authorsOf(draft.authors, this);
  // A link is no journal: Cochrane CENTRAL's registry records name their trial registry's page
  // ("JO  - https://clinicaltrials.gov/show/NCT…"), which is the record's link when it has none.
  // Nor is one of MEDLINE's notes ("Comment in: …", venue-notes.ts), in whichever importer's venue it lands.
  if (draft.journal && isMedlineNote(draft.journal)) draft.journal = undefined;
  const registry = draft.journal?.charCodeAt(0) === 104 /* h */ ? httpUrl(draft.journal) : undefined;
  this.url = httpUrl(draft.url) ?? registry ?? '';
  this.source = 'import';
  // Zotero saving a Google Scholar row keeps its year in the venue ("Jurnal Kesehatan, 2021") and has no other.
  const dated = !draft.year && !registry && draft.journal ? VENUE_YEAR.exec(draft.journal) : null;
  if (dated) [draft.journal, draft.year] = [draft.journal!.slice(0, dated.index), dated[1]];
  const year = parseYear(draft.year);
  if (year !== undefined) this.year = year;
  // Google Scholar shortens long venues with "…" ("Jurnal Ilmiah Kesehatan dan …"): the mark is no part of the name.
  const journal = registry ? new URL(registry).hostname.replace(/^www\./, '') : draft.journal && uncut(draft.journal);
  if (journal && journal !== draft.journal && !registry) this.journalTruncated = true;
  put(this, 'journal', journal, MAX.journal);
  put(this, 'volume', draft.volume, MAX.volume);
  put(this, 'issue', draft.issue, MAX.issue);
  put(this, 'pages', draft.pages, MAX.pages);
  // Some exports leave the DOI only in the record's link (a doi.org link, Scopus's "…&doi=…").
  const doi = stableDoi(draft.doi) ?? stableDoi(draft.url?.startsWith('http') ? doiFrom(draft.url) : undefined);
  if (doi) this.doi = doi;
  const pmid = pmidValue(draft.pmid);
  if (pmid) this.pmid = pmid;
  let keywords = keywordsOf(draft.keywords);
  const abstract = draft.abstract;
  if (abstract && (abstract.length > PLACEHOLDER_MAX || !NO_ABSTRACT.test(abstract))) {
    const text = stripMarkup(abstract, true);
    // A record with no keywords of its own may have them written into its abstract (OJS, Garuda),
    // also after a copyright notice; a list that ends the abstract is no part of it, as on pages.
    const labelled = text.includes(':');
    // IEEE's template's lists, "Keywords—a, b": only in an abstract that opens with its label (abstract-label.ts).
    const dashed = IEEE_OPENING.test(text);
    if (!keywords && (labelled || dashed)) keywords = keywordsOf(abstractKeywords(text));
    const clean = abstractText(text, labelled, dashed, draft.url);
    if (clean) this.abstract = clean;
  }
  if (keywords) this.keywords = keywords;
  put(this, 'language', draft.language, MAX.language);
  // PubMed's "eng", a locale "en_US": the two-letter code pages get too (lib/model/language.ts).
  if (this.language) this.language = languageCode(this.language);
  put(this, 'sourceId', draft.sourceId, MAX.sourceId);
  if (draft.type) this.type = draft.type;
}
ImportedArticle.prototype = Object.prototype;

const VENUE_YEAR = /,\s*((?:19|20)\d\d)$/;

type TextField = 'journal' | 'volume' | 'issue' | 'pages' | 'language' | 'sourceId';

/** Set a text field when it has text, cut to the schema's bound. */
function put(article: Article, key: TextField, value: string | undefined, max: number): void {
  const text = value ? cut(stripMarkup(value), max) : '';
  if (text) article[key] = text;
}

// finishRecord takes over the draft's arrays (every importer builds them afresh for each
// record): names and keywords are cleaned in place and the dropped ones cut from the end, so
// that no second array is made for each of 10,000+ records.
// A list cut short (Google Scholar's "A Doe, J Smith, …", passed on by Publish or Perish; "et al.",
// "dkk.") is marked on the record, so that joining copies of one study prefers the whole list
// (lib/review/join.ts), as for pages.
function authorsOf(names: string[] | undefined, article: Article): string[] {
  if (!names) return [];
  let k = 0;
  let affiliations = false;
  for (let i = 0; i < names.length && k < MAX.authors; i++) {
    const plain = stripMarkup(names[i]);
    let text = uncut(plain);
    if (text !== plain) {
      article.authorsTruncated = true;
      // "…" before the first name: the list was cut at its start and does not show the first
      // author ("…, DN Mariyani"), which matching must know (lib/dedup/cut.ts).
      if (k === 0 && (plain.charCodeAt(0) === 0x2026 || plain.startsWith('...'))) article.cut = { authors: 'start' };
    }
    // OJS's placeholders for empty name fields ("Minollah -", "Florenly - Florenly"; name-placeholders.ts).
    if (mayHoldPlaceholder(text)) text = withoutPlaceholders(text);
    // OJS writes "family, given" also when an author has one name only, kept as the given name ("AU  - , Sumarni").
    if (text.charCodeAt(0) === 44 /* , */) text = text.replace(LEADING_SEPARATORS, '');
    const last = text.charCodeAt(text.length - 1);
    if (last === 59 /* ; */ || last === 44 /* , */) text = text.replace(TRAILING_SEPARATORS, '');
    else if (last === 41 /* ) */) text = text.replace(AUTHOR_ID, '');
    if (!text || isDegreeOnly(text)) continue;
    if (NO_AUTHOR.test(text)) {
      if (OTHERS.test(text)) article.authorsTruncated = true;
      continue;
    }
    names[k++] = withoutDegrees(cut(text, MAX.author));
    affiliations ||= isAffiliation(text);
  }
  if (k < names.length) names.length = k;
  // Rayyan's list written twice, with initials then written out: once (repeated-names.ts).
  if (k >= 4 && (k & 1) === 0) unrepeatNames(names);
  return affiliations && k > 1 ? withoutAffiliations(names) : names;
}

// Mendeley reads the lines under an Indonesian paper's authors as more authors ("Teknik, Dosen
// Fakultas", "Studi, Program", "Kudus, Universitas Muria"): words no person's name holds. Dropped
// only beside a person's name, so that an institution that is a work's only author stays.
// The word comes after the comma, where a given name would be (Mendeley's shape): a family name
// Prodi (Italian) or a group author ("Tim Peneliti Fakultas Keperawatan …") is a name.
const AFFILIATION = /\b(?:universitas|fakultas|dosen|prodi|jurusan|stikes|poltekkes|politeknik|akademi|teknik|program)\b/i;

/** Whether the part after a name's comma holds an institution's word; a given name of initials ("A.", "J. M.") is not looked at. */
function isAffiliation(name: string): boolean {
  const comma = name.indexOf(',');
  return comma >= 0 && name.length - comma > 6 && AFFILIATION.test(name.slice(comma));
}

function withoutAffiliations(names: string[]): string[] {
  const people = names.filter((name) => !isAffiliation(name));
  return people.length ? people : names;
}

/** PubMed's placeholder for a missing title, as MEDLINE, its CSV and the managers that pass it on write it. */
export const NO_TITLE = /^\s*\[?not available\]?\.?\s*$/i;

/** A name without the "…" a list was cut with; tested by its end characters first, as names are read per record. */
function uncut(name: string): string {
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(name.length - 1);
  if (first !== 0x2026 && last !== 0x2026 && !(first === 46 && name.startsWith('...')) && !(last === 46 && name.endsWith('...'))) return name;
  return name.replace(CUT_MARK, '');
}

/** True when list[0, end) holds the text. */
function seenBefore(list: string[], text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (list[i] === text) return true;
  return false;
}

/** Keywords cleaned, without repeats, at most 500 (a Set only for long lists: most have a handful). */
function keywordsOf(list: string[] | undefined): string[] | undefined {
  if (!list?.length) return undefined;
  let k = 0;
  let seen: Set<string> | undefined;
  for (let i = 0; i < list.length && k < MAX.keywords; i++) {
    const text = cut(stripMarkup(list[i]), MAX.keyword);
    if (!text || (seen ? seen.has(text) : seenBefore(list, text, k))) continue;
    list[k++] = text;
    if (seen) seen.add(text);
    else if (k > 32) seen = new Set(list.slice(0, k));
  }
  if (k < list.length) list.length = k;
  return k ? list : undefined;
}
