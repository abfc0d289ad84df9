// PubMed "PubMed format" (MEDLINE / .nbib, also saved as .txt or .ris) and ERIC's variant of it.
// Tags are up to four characters, padded, then "- "; continuation lines start with six spaces.
// One linear pass over the lines.
import type { Article } from '../model/article';
import { normalizePmid } from '../model/normalize';
import { finishRecord, NO_TITLE, Warnings, type Draft, type ReadRecords } from './record';
import { doiFrom, httpUrl, pagesOr, splitLines, splitOutside, stripBom } from './values';
import { joinPages } from '../model/pages';
import { ovidCitation } from './ovid-source';
import { medlineOnly } from './ris-ids';
import { typeFromNames } from './document-types';

export type Tags = Map<string, string[]>;

// An LID/AID value and what it is: "10.7554/eLife.42692 [doi]", "e42692 [pii]".
const LABELLED = /^(.*?)\s*\[(\w+)\]\s*$/;
const DOI_LINK = /doi\.org\//i;

/** The id of an LID/AID value labelled so ("e42692 [pii]" → "e42692"), else undefined. */
function labelled(value: string, label: 'doi' | 'pii'): string | undefined {
  const match = LABELLED.exec(value);
  return match && match[2].toLowerCase() === label ? match[1] : undefined;
}

/**
 * The one tag → field table: tags in order of preference. Ovid's tagged export (MEDLINE, Embase,
 * CINAHL through Ovid) has the same shape with its own names for some fields: FA, YR, JN, VO, LG,
 * DO, PM, UI — read here beside PubMed's.
 */
const MEDLINE = {
  // TT: the title in the article's own language, which PubMed gives alone when TI is "[Not Available]."
  title: ['TI', 'TT', 'BTI'],
  // Full names (FAU, Ovid's FA) over initials (AU).
  authors: ['FAU', 'FA', 'AU'],
  /** A collective author ("Oxytocin Study Group"): after the persons, as PubMed lists it. */
  group: ['CN'],
  /** A whole book's editors (full names over initials): its authors when it names none. */
  editors: ['FED', 'ED'],
  year: ['DP', 'YR', 'DEP', 'EDAT', 'CRDT'],
  journal: ['JT', 'JN', 'TA'],
  /** A chapter's book (BTI); a book's own record has its title there, and the series it is in in CTI. */
  book: ['BTI'],
  series: ['CTI'],
  volume: ['VI', 'VO'],
  issue: ['IP'],
  pages: ['PG'],
  /**
   * LID tagged "[pii]": an online journal's article number ("e0210000"), for an article without
   * PG. Not AID: it lists the publisher's own ids, some of them plain numbers (OUP "6375939").
   */
  articleNumber: ['LID'],
  /** LID/AID values tagged "[doi]", or a doi.org link (ERIC). */
  doi: ['LID', 'AID'],
  /** Ovid writes the DOI alone, or as a link. */
  plainDoi: ['DO'],
  /** Ovid's PM; Ovid's UI is the PMID only in a MEDLINE database (Embase's UI is its own number). */
  pmid: ['PMID', 'PM'],
  /** OAB: an abstract in another language (LILACS, SciELO records), when there is no English AB. */
  abstract: ['AB', 'OAB'],
  keywords: ['MH', 'OT', 'KW'],
  /** ERIC records have no PMID: their own link is in LID/AID. */
  url: ['LID', 'AID'],
  language: ['LA', 'LG'],
  /** Ovid's citation, "Journal of Clinical Nursing. 32(13-14):1950-1960, 2023 Jul.", when JN is missing. */
  source: ['SO'],
  /** ERIC number ("EJ1227990") when there is no PMID. */
  otherId: ['OID'],
  /** Publication types, several a record: "Journal Article", "Review"; ERIC's "Journal Articles"; Ovid's "Journal: Review" (document-types.ts). */
  type: ['PT'],
} as const;

/** The title: the first TI, TT or BTI that is not PubMed's placeholder (record.ts NO_TITLE; the title is then in TT). */
function titleOf(tags: Tags): string | undefined {
  return first(tags, MEDLINE.title, (value) => (NO_TITLE.test(value) ? undefined : value));
}

/** TT beside an English TI: the title in the article's own language ("[Effect of …]." / "Pengaruh …"). */
function originalOf(tags: Tags, title: string | undefined): string | undefined {
  const original = tags.get('TT')?.[0];
  return original && original !== title ? original : undefined;
}

/** Tag length and value start when the line is a tag line ("PMID- 1", "TI  - x", "FAU - y"), else -1. */
function valueStart(line: string): number {
  // The dash sits at index 4 and is followed by a space (or ends the line); ERIC also
  // writes four-letter tags followed by " - " ("ISBN - …"), putting the dash at index 5.
  let dash = 4;
  if (line[4] !== '-') {
    if (line[4] !== ' ' || line[5] !== '-' || line[3] === ' ') return -1;
    dash = 5;
  }
  if (line.length > dash + 1 && line[dash + 1] !== ' ') return -1;
  for (let k = 0; k < 4; k++) {
    const c = line.charCodeAt(k);
    const upper = c >= 65 && c <= 90;
    if (k < 2 ? !upper : !(upper || c === 32)) return -1;
  }
  return dash + 2;
}

/** True when the lines look like PubMed/ERIC tagged text (used by sniff). */
export function looksLikeMedline(lines: string[]): boolean {
  let tagged = 0;
  for (const line of lines) {
    if (line.startsWith('PMID-') || line.startsWith('OWN - ') || line.startsWith('FAU - ') || line.startsWith('STAT- ')) return true;
    if (valueStart(line) > 0) tagged++;
  }
  return tagged >= 3;
}

const tagOf = (line: string) => line.slice(0, 4).trimEnd();

export function parseMedline(text: string): ReadRecords {
  const lines = splitLines(stripBom(text));
  const warnings = new Warnings();
  const records: Article[] = [];
  let tags: Tags | undefined;
  let start = 0;
  let last: string[] | undefined;

  const finish = () => {
    if (!tags) return;
    const article = finishRecord(medlineToDraft(tags), start, warnings);
    if (article) records.push(article);
    tags = undefined;
    last = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at = valueStart(line);
    if (at < 0) {
      const more = line.trim();
      // A blank line ends a record; other untagged lines continue the last value.
      if (!more) finish();
      else if (last) last[last.length - 1] += ` ${more}`;
      continue;
    }
    const tag = tagOf(line);
    // Records are separated by blank lines, but a new PMID also starts one.
    if (tag === 'PMID' && tags?.has('PMID')) finish();
    if (!tags) {
      tags = new Map();
      start = i + 1;
    }
    let values = tags.get(tag);
    if (!values) tags.set(tag, (values = []));
    values.push(line.slice(at).trim());
    last = values;
  }
  finish();
  return { records, ...warnings.done() };
}

const first = (tags: Tags, names: readonly string[], pick = (value: string): string | undefined => value || undefined): string | undefined => {
  for (const name of names) for (const value of tags.get(name) ?? []) if (pick(value)) return value;
  return undefined;
};

/** The values of the first of these tags that has any ("FAU", else "AU"). */
const firstList = (tags: Tags, names: readonly string[]): string[] => {
  for (const name of names) {
    const values = tags.get(name);
    if (values?.length) return values;
  }
  return [];
};

/** Ovid's UI in a MEDLINE or PubMed database ("DB  - Ovid MEDLINE(R) ALL"): the PMID. */
function ovidMedlineUi(tags: Tags): string | undefined {
  const db = first(tags, ['DB']);
  return db && medlineOnly(db) ? first(tags, ['UI']) : undefined;
}

/**
 * The record's own number in an Ovid database that is not MEDLINE: its AN, else its UI (Embase's
 * "UI  - 621381829", "AN  - 2001403470"; PsycINFO's "AN  - 2015-33942-012"). Never a PMID. PubMed's
 * own files name no database (DB) and have neither.
 */
function ovidAccession(tags: Tags): string | undefined {
  const db = first(tags, ['DB']);
  if (!db || medlineOnly(db)) return undefined;
  return first(tags, ['AN']) ?? first(tags, ['UI']);
}

/** The journal of an Ovid citation: the text before ". 32(4):…" or ". 2023". */
function journalOfSource(source: string | undefined): string | undefined {
  const match = source && /^(.+?)\.\s+(?:\d|\[|Vol)/.exec(source);
  return match ? match[1] : undefined;
}

/**
 * The journal of a PubMed Bookshelf record: a chapter's book (BTI). A whole book (an NIHR Health
 * Technology Assessment report, an AHRQ review) has no TI: its BTI is its title, never its journal
 * as well; the series it is in (CTI, "Health Technology Assessment") stands there, as other
 * databases give it.
 */
function bookJournal(tags: Tags, title: string | undefined): string | undefined {
  const book = first(tags, MEDLINE.book);
  return book && book !== title ? book : first(tags, MEDLINE.series);
}

/**
 * MeSH headings, other terms and keywords. MeSH marks major topics with "*": markup, not part of
 * the heading. Journals@Ovid lists a record's keywords in one KW ("KW  - BCRP;  PI3K/AKT/NF-[kappa]B;
 * chemoresistance"); no heading holds ";".
 */
function keywordsOf(tags: Tags): string[] {
  const keywords: string[] = [];
  for (const name of MEDLINE.keywords)
    for (const value of tags.get(name) ?? []) {
      const heading = value.replace(/\*/g, '');
      if (heading.includes(';')) keywords.push(...splitOutside(heading, ';'));
      else keywords.push(heading);
    }
  return keywords;
}

/**
 * The tags whose values are a list, one value a line (tagged text) or a line of a cell (Ovid's CSV,
 * csv-tagged.ts): the persons, groups, editors and keywords.
 */
export const MEDLINE_LIST_TAGS: ReadonlySet<string> = new Set([...MEDLINE.authors, ...MEDLINE.group, ...MEDLINE.editors, ...MEDLINE.keywords]);

/** A record's tags (tagged text, or the columns of Ovid's CSV) → its draft. */
export function medlineToDraft(tags: Tags): Draft {
  let authors = firstList(tags, MEDLINE.authors);
  const groups = tags.get(MEDLINE.group[0]);
  if (groups) authors = authors.concat(groups);
  // A whole book (its title in BTI, no TI) with editors only: they stand in the authors' place, as
  // PubMed and the citation styles show them. A chapter's editors never do.
  if (!authors.length && !tags.has('TI') && tags.has('BTI')) authors = firstList(tags, MEDLINE.editors);
  let doi: string | undefined;
  let url: string | undefined;
  for (const name of MEDLINE.doi) {
    for (const value of tags.get(name) ?? []) {
      const id = labelled(value, 'doi');
      if (!doi && (id !== undefined || DOI_LINK.test(value))) doi = doiFrom(id ?? value);
      if (!url && !DOI_LINK.test(value)) url = httpUrl(value);
    }
  }
  // The first "[pii]" that is an article number: a publisher's PII may stand before it. PubMed now
  // also writes an e-only article's number unlabelled ("LID - 463" beside "LID - 10.1007/… [doi]").
  let articleNumber: string | undefined;
  for (const value of tags.get(MEDLINE.articleNumber[0]) ?? []) articleNumber ??= pagesOr(undefined, LABELLED.test(value) ? labelled(value, 'pii') : value);
  doi ??= doiFrom(first(tags, MEDLINE.plainDoi));
  const pmid = normalizePmid(first(tags, MEDLINE.pmid) ?? ovidMedlineUi(tags));
  const title = titleOf(tags);
  const source = first(tags, MEDLINE.source);
  // Ovid's "Citation" fields give the numbers in SO alone (ovid-source.ts).
  const cited = first(tags, MEDLINE.volume) && first(tags, MEDLINE.year) ? undefined : ovidCitation(source);
  return {
    title,
    originalTitle: originalOf(tags, title),
    authors,
    year: first(tags, MEDLINE.year) ?? cited?.year ?? source,
    journal: first(tags, MEDLINE.journal) ?? bookJournal(tags, title) ?? cited?.journal ?? journalOfSource(source),
    volume: first(tags, MEDLINE.volume) ?? cited?.volume,
    issue: first(tags, MEDLINE.issue) ?? cited?.issue,
    pages: joinPages(first(tags, MEDLINE.pages)) || articleNumber || joinPages(cited?.pages),
    doi,
    pmid,
    abstract: first(tags, MEDLINE.abstract),
    keywords: keywordsOf(tags),
    url: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : url,
    language: first(tags, MEDLINE.language),
    sourceId: pmid ?? ovidAccession(tags) ?? first(tags, MEDLINE.otherId),
    type: typeFromNames(tags.get(MEDLINE.type[0])) ?? bookType(tags),
  };
}

/** A Bookshelf record whose PT names no kind: a chapter (its own TI in a book, BTI) or the whole book (BTI only). */
const bookType = (tags: Tags) => (tags.has('BTI') ? (tags.has('TI') ? 'chapter' : 'book') : undefined);
