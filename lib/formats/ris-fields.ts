// RIS tags → Article fields: the one tag table, and one record's tag lines as the scanner
// collects them (ris.ts). Identifiers (PMID, a database's own id) are in ris-ids.ts.
import { namedSubstances } from './substances';
import type { Draft } from './record';
import { namesInOne } from '../model/names';
import { wordKey } from '../model/normalize';
import { namesJoined } from './joined-names';
import { decodeAll } from './markup';
import { doiFrom, httpUrl, keywordList, pagesOr, withYear } from './values';
import { joinPages } from '../model/pages';
import { risWorkPages } from './page-counts';
import { ownIdFields, risIds } from './ris-ids';
import { titleAndTranslated } from './translated';
import { type Codes, codes, type Tags } from './ris-tags';
import { venueOf } from './venue-notes';
import { thesisVenue } from './thesis';
import { risType } from './ris-type';

/** The one tag → field table: tags in order of preference. */
const RIS = {
  // BT last: a chapter's BT is its book, but some exporters write a book's own title only there
  // (TY  - BOOK, BT and no TI), and without a title the record would be skipped.
  title: codes('TI', 'T1', 'CT', 'ST', 'BT'),
  /** The translated title (EndNote, SciELO): the title in the article's other language. */
  translatedTitle: codes('TT'),
  // Primary authors only: A2, A3 (editors, series editors) and A4 (translators) are none, but for a whole book without authors.
  // The scanner files A1 lines under AU, so that both keep their file order.
  authors: codes('AU'),
  /**
   * A whole book's editors, who stand as its authors when it names none (wholeBookEditors): EndNote
   * and Zotero write a book's editors in A3 and its series editors in A2 ("TY  - BOOK", "A2  - Editor,
   * Series", "A3  - Editor"); JabRef and older Reference Manager files in A2, or in ED (the editor's
   * own tag, first since it names nothing else).
   */
  editors: codes('ED', 'A3', 'A2'),
  type: codes('TY'),
  // Not Y2: Zotero and EndNote write the date the reviewer accessed the page there.
  year: codes('PY', 'Y1', 'DA'),
  // Full journal title over abbreviations.
  journal: codes('JF', 'T2', 'JO', 'JA', 'J2', 'J1'),
  fullJournal: codes('JF'),
  /** A thesis's journal (a dissertation's listing): a journal's own tags only, never T2 (its department). */
  journalOfThesis: codes('JF', 'JO', 'JA', 'J2', 'J1'),
  /** Where a registry record names its registry's page instead of a journal. */
  journalOrLink: codes('JO', 'JA', 'J2', 'J1'),
  /** ScienceDirect's journal, written out: its T2 is a special issue's or conference's title. */
  journalOfScienceDirect: codes('JO'),
  issueTitle: codes('T2'),
  /** A part's book or proceedings when no journal tag names it (partVenue). */
  bookTitle: codes('BT'),
  proceedingsTitle: codes('C3'),
  volume: codes('VL'),
  issue: codes('IS'),
  startPage: codes('SP'),
  endPage: codes('EP'),
  /** Scopus and EndNote: the article number of a journal that does not page its articles. */
  articleNumber: codes('C7'),
  // EBSCOhost writes some records' DOI under DI (as Web of Science's tagged export does).
  doi: codes('DO', 'DI'),
  /** Where a DOI hides when DO is missing (links, EndNote's M3/N1). */
  doiElsewhere: codes('UR', 'L2', 'L1', 'L3', 'L4', 'LK', 'M3', 'N1', 'M1', 'M2'),
  abstract: codes('AB'),
  /** EndNote's and Zotero's abstract when there is no AB. */
  abstractElsewhere: codes('N2'),
  keywords: codes('KW'),
  url: codes('UR', 'L2', 'L1', 'L3', 'L4', 'LK'),
  language: codes('LA'),
  /** EBSCO's note, where CINAHL writes the language it has no LA line for. */
  notes: codes('N1'),
} as const;

const LEADING_STAR = /^\s*\*/;
// ProQuest writes its subject classification's code before the words: "KW  - 0569:Nursing",
// "KW  - 0350:Public health". The words are the keyword; the four digits and colon go — in a
// ProQuest record only (its DB, DP or link names ProQuest): elsewhere "2019:COVID" may be a keyword.
const CLASSIFICATION_CODE = /^\d{4}:\S/;
const PROVENANCE = codes('DB', 'DP', 'UR', 'L2');
const PROQUEST = /proquest/i;
const EPPI_MARK = /^eppi-reviewer\d*$/;

/** Whether any of the values holds the character: a loop, not some() with an arrow made anew for each of 100,000+ lists. */
function anyHolds(values: readonly string[], character: string): boolean {
  for (let i = 0; i < values.length; i++) if (values[i].includes(character)) return true;
  return false;
}

/**
 * Values one per line, or several joined with ";" on a line ("a; b; c"). Entities are decoded
 * first: OJS escapes names and keywords ("Ma&#039;rifah", "ibu &amp; anak"), and their ";" is
 * no separator.
 */
function oneEach(values: string[]): string[] {
  const lines = anyHolds(values, '&') ? values.map(decodeAll) : values;
  if (!anyHolds(lines, ';')) return lines;
  return lines
    .flatMap((line) => line.split(';'))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Authors: one per line, several joined with ";", or one line of names joined with "and" or of three or more full names joined with ",". */
function authorsOf(tags: Tags, tag: Codes = RIS.authors): string[] {
  const lines = oneEach(tags.all(tag));
  return lines.length === 1 ? (namesJoined(lines[0]) ?? namesInOne(lines[0])) : lines;
}

/** A whole book, not a part of one: a chapter's (CHAP, ECHAP) editors are its book's, never its authors. */
const WHOLE_BOOK = new Set(['BOOK', 'EDBOOK', 'EBOOK']);

/**
 * A whole book that names no author: its editors stand in their place, as the citation styles show
 * it ("Smith J, editor") and the BibTeX and MEDLINE importers read it: the first of ED, A3 (EndNote,
 * Zotero), A2 (JabRef, Reference Manager) that the record has. Read only for a record without authors.
 */
function wholeBookEditors(tags: Tags): string[] {
  const type = tags.first(RIS.type)?.trim().toUpperCase();
  if (!type || !WHOLE_BOOK.has(type)) return [];
  for (const tag of RIS.editors) if (tags.has(tag)) return authorsOf(tags, [tag]);
  return [];
}

/**
 * The book of a chapter or the proceedings of a paper when no journal tag (T2 …) names it, as Zotero
 * reads RIS: BT, the book's title (Reference Manager, JabRef: "TY  - CHAP", "BT  - Handbook of …"), and
 * a conference paper's C3, its proceedings' title (Zotero's own export, beside the conference's
 * name in T2). Only for parts: any other record's BT is its own title (a book's, an unpublished
 * work's), and a BT that is the record's title in other case or punctuation is no venue either. A
 * C3 naming database ids (Cochrane's "PUBMED 38507156,EMBASE 2029064766") is none.
 */
function partVenue(tags: Tags, title: string | undefined): string | undefined {
  const type = typeOf(tags);
  if (!type || !PART_TYPES.has(type)) return undefined;
  const book = tags.find(RIS.bookTitle, venueOf);
  if (book && (!title || wordKey(book) !== wordKey(title))) return book;
  if (CHAPTER_TYPES.has(type)) return undefined;
  const proceedings = tags.find(RIS.proceedingsTitle, venueOf);
  return proceedings && !DATABASE_IDS.test(proceedings) ? proceedings : undefined;
}

/**
 * No journal or volume for a thesis ("TY  - THES": thesis.ts), nor a chapter's venue that is its own
 * title: a chapter (CHAP, ECHAP) with no title of its own (no TI, T1, CT or ST) is read as its book,
 * the title its BT (Zotero reads BT and T2 alike as a chapter's book title and leaves such a record
 * untitled, but without a title the record would be skipped), and its venue is then no T2 naming that
 * same book (EndNote's "Book Title", "TY  - ECHAP" … "T2  - Handbook of Midwifery" … "BT  - Handbook
 * of Midwifery"): a record is never published in itself. A T2 naming another title stays its venue.
 */
function typeVenue(type: string | undefined, tags: Tags, draft: Draft): void {
  if (type === 'THES') thesisVenue(draft, tags.find(RIS.journalOfThesis, venueOf));
  else if (draft.journal && type && CHAPTER_TYPES.has(type) && draft.title && wordKey(draft.journal) === wordKey(draft.title)) draft.journal = undefined;
}

/** The record's RIS type in capitals ("JOUR", "CHAP"). */
const typeOf = (tags: Tags) => tags.first(RIS.type)?.trim().toUpperCase();

/** The RIS types of a chapter, and of any part of a book or proceedings, whose BT names the whole. */
const CHAPTER_TYPES = new Set(['CHAP', 'ECHAP']);
const PART_TYPES = new Set([...CHAPTER_TYPES, 'CONF', 'CPAPER']);
/** Accession numbers where a title would be ("PUBMED 38507156", "EMBASE 2029064766", "CN-01234567"). */
const DATABASE_IDS = /^(?:[A-Za-z]+[ :]+\d{5,}|CN-\d+)\b/;

/** Keywords (KW): one per line, or joined with ";" (or "," on a single line). Embase and Cochrane mark major topics "*". */
function keywordsOf(tags: Tags): string[] {
  const all = tags.all(RIS.keywords);
  // A record's only KW line may list them all (Garuda, OJS): read as a CSV cell is.
  const lines = all.length === 1 ? keywordList(all[0]) : oneEach(all);
  // EPPI-Reviewer marks every record it exports with a first keyword of its own name ("KW  -
  // eppi-reviewer", "eppi-reviewer4" before 2023): no keyword of the article.
  if (lines.length !== 0 && lines[0].charCodeAt(0) === 101 && EPPI_MARK.test(lines[0])) lines.shift();
  const named = withoutClassificationCodes(namedSubstances(lines), tags);
  return anyHolds(named, '*') ? named.map((k) => k.replace(LEADING_STAR, '')) : named;
}

/** ProQuest's keywords without their classification codes; a colon as the fifth character first (one test a keyword). */
function withoutClassificationCodes(keywords: string[], tags: Tags): string[] {
  let proquest: boolean | undefined; // asked once, of a record with such a keyword only
  for (let i = 0; i < keywords.length; i++) {
    const keyword = keywords[i];
    if (keyword.charCodeAt(4) === 58 && CLASSIFICATION_CODE.test(keyword) && (proquest ??= PROQUEST.test(tags.joined(PROVENANCE)))) keywords[i] = keyword.slice(5);
  }
  return keywords;
}

/**
 * A trial registry's page where the journal would be: Cochrane CENTRAL's registry records, which
 * Ovid writes with the trial's official title in T2 ("TY  - ELEC", "JA  - https://clinicaltrials.gov/show/NCT…").
 * finishRecord reads it as the registry and the record's link; a title is no journal.
 */
const registryLink = (tags: Tags) => tags.firstStarting(RIS.journalOrLink, 'http');

const SCIENCEDIRECT_LINK = /^https?:\/\/(?:www\.)?sciencedirect\.com\//i;

/** A journal's name written out, not abbreviated ("J Adv Nurs", "Int. J. Surg. Case Rep."). */
const unabbreviated = (name: string) => (!name.includes('.') && name.split(/\s+/).some((w) => w.length > 5) ? name : undefined);

/** ScienceDirect's JO when its T2 is beside it (a special issue's title) and it links there; looked at only then. */
function scienceDirectJournal(tags: Tags): string | undefined {
  const jo = tags.first(RIS.journalOfScienceDirect);
  if (!jo || !tags.first(RIS.issueTitle)) return undefined;
  return tags.all(RIS.url).some((link) => SCIENCEDIRECT_LINK.test(link)) ? unabbreviated(jo) : undefined;
}

const LANGUAGE_LABEL = 'Language: ';

/**
 * EBSCO (CINAHL, and its other databases) writes the language only in its note, one of its
 * labelled sentences: "Accession Number: 154321987. Language: English. Entry Date: 20211203. …".
 * Read at the note's start or after a sentence's end, up to the next full stop.
 */
function languageInNote(tags: Tags): string | undefined {
  for (const note of tags.all(RIS.notes)) {
    const at = note.indexOf(LANGUAGE_LABEL);
    if (at < 0 || (at > 0 && !(note.charCodeAt(at - 1) === 32 && note.charCodeAt(at - 2) === 46))) continue;
    const from = at + LANGUAGE_LABEL.length;
    const end = note.indexOf('.', from);
    const language = note.slice(from, end < 0 ? note.length : end).trim();
    if (language && language.length <= 60) return language;
  }
  return undefined;
}

/** The abstract: every AB line of the record (some exporters write one per paragraph), else N2. */
function abstractOf(tags: Tags): string | undefined {
  // One AB line (nearly every record): its value, without an array made to hold it.
  if (tags.several(RIS.abstract)) return tags.all(RIS.abstract).join('\n\n');
  return tags.first(RIS.abstract) ?? tags.first(RIS.abstractElsewhere);
}

/**
 * A link, or the first of several on one line (ProQuest: "https://search.proquest.com/docview/…
 * http://link.…"), each part a link; "http://exa mple.com/" is a broken one, not two.
 */
function firstLink(value: string): string | undefined {
  const link = httpUrl(value);
  if (link || !value.includes(' ')) return link;
  const parts = value.trim().split(/\s+/);
  return parts.every((part) => /^https?:\/\//i.test(part)) ? httpUrl(parts[0]) : undefined;
}

/**
 * Ovid writes the journal's NLM id in M1 ("vwt, 1307333", "0372347"), which EndNote and Zotero
 * turn into the issue: seven digits (nine with an "R") and Ovid's short codes, never an issue.
 */
const NLM_ID = /^(?:[a-z\d]{2,4},\s*)?(?:\d{7}|\d{9}R?|\d{7}R)(?:,\s*[a-z\d]{2,4})*$/;
const issueOf = (value: string) => (NLM_ID.test(value) ? undefined : value);

/**
 * A record's fields, written into `draft`: one draft serves every record of a file (finishRecord
 * copies what it keeps, and takes over the fresh arrays), so no object is made per record here.
 */
export function risToDraft(tags: Tags, draft: Draft): Draft {
  draft.title = tags.first(RIS.title);
  draft.originalTitle = undefined;
  const translated = tags.first(RIS.translatedTitle);
  if (translated) [draft.title, draft.originalTitle] = titleAndTranslated(draft.title, translated);
  // "Smith, John; Doe, Jane" on one AU line: Garuda, some journal sites.
  draft.authors = authorsOf(tags);
  if (draft.authors.length === 0) draft.authors = wholeBookEditors(tags);
  draft.year = tags.find(RIS.year, withYear);
  // A MEDLINE note where the journal goes (EPPI-Reviewer's "JF  - Comment in: …") is passed over.
  draft.journal = tags.find(RIS.fullJournal, venueOf) ?? registryLink(tags) ?? scienceDirectJournal(tags) ?? tags.find(RIS.journal, venueOf) ?? partVenue(tags, draft.title);
  draft.volume = tags.first(RIS.volume);
  // A thesis's T2 is its department and its VL its degree (thesis.ts). The type is compared in the
  // text, not sliced from it, and a journal article's (JOUR, most records') asks nothing more.
  const journalType = tags.firstStarting(RIS.type, 'J');
  const ty = journalType ?? typeOf(tags);
  if (!journalType) typeVenue(ty, tags, draft);
  draft.type = risType(ty, tags);
  draft.issue = tags.find(RIS.issue, issueOf);
  const pages = joinPages(tags.first(RIS.startPage), tags.first(RIS.endPage));
  // A book's or thesis's bare number is its page count (page-counts.ts); a range is never one.
  draft.pages = pagesOr(pages && !pages.includes('-') ? risWorkPages(tags.first(RIS.type), pages) : pages, tags.first(RIS.articleNumber));
  // Every DO line, not the first only: Cochrane's first may be its own record id, not a DOI.
  draft.doi = tags.find(RIS.doi, doiFrom) ?? tags.find(ownIdFields(tags, RIS.doiElsewhere), doiFrom);
  draft.abstract = abstractOf(tags);
  draft.keywords = keywordsOf(tags);
  draft.url = tags.find(RIS.url, firstLink);
  draft.language = tags.first(RIS.language) ?? languageInNote(tags);
  risIds(tags, draft);
  return draft;
}
