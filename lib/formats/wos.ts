// Web of Science "plain text" (tagged) export: "FN …", "VR 1.0", then records "PT J" … "ER",
// file end "EF". Two-character tag, one space, value; continuation lines start with three
// spaces. The tab-delimited export uses the same tags as column names (csv-import.ts) and
// this file's tag table.
import type { Article } from '../model/article';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { decodeAll } from './markup';
import { doiFrom, pagesOr, splitLines, stripBom } from './values';
import { joinPages } from '../model/pages';
import { abstractParagraphs } from './wos-headings';
import { importMessage } from './messages';
import { typeFromNames } from './document-types';

export type WosTags = Map<string, string[]>;

/** The one tag → field table (tagged and tab-delimited exports): tags in order of preference. */
export const WOS = {
  title: ['TI'],
  /**
   * The title in the article's own language, which other Web of Science databases give apart from
   * the English TI: FT (the "foreign title" of MEDLINE and BIOSIS records), Z1 (Chinese Science
   * Citation Database). It stands in as the title when there is no TI.
   */
  originalTitle: ['FT', 'Z1'],
  // Full names (AF) over "Surname, Initials" (AU).
  authors: ['AF', 'AU'],
  /** Group authors ("COVIDSurg Collaborative"): after the persons, as PubMed's CN and Scopus list them. */
  groups: ['CA'],
  // An early-access record may have no issue yet: the early-access date (EA "JUN 2021"), else its year (EY).
  year: ['PY', 'PD', 'EA', 'EY'],
  journal: ['SO', 'SE', 'BS'],
  volume: ['VL'],
  issue: ['IS'],
  startPage: ['BP'],
  endPage: ['EP'],
  /** Zoological Record and other databases write the range in PS. */
  pageRange: ['PS'],
  /** The article number of a journal that does not page its articles. */
  articleNumber: ['AR'],
  doi: ['DI'],
  /** The DOI of the book a chapter or proceedings paper is in: the record's own only when it is the book. */
  bookDoi: ['D2'],
  pmid: ['PM'],
  abstract: ['AB'],
  // Author keywords, Keywords Plus, and MeSH for MEDLINE records.
  keywords: ['DE', 'ID', 'MH'],
  language: ['LA'],
  sourceId: ['UT'],
} as const;

/** Tags whose continuation lines are further values rather than more of the same text. */
export const WOS_LIST_TAGS = new Set(['AU', 'AF', 'CA', 'BA', 'BF', 'BE', 'CR', 'C1', 'C3', 'RP']);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isTagLine = (line: string) =>
  line.length >= 2 &&
  isUpper(line.charCodeAt(0)) &&
  (isUpper(line.charCodeAt(1)) || (line.charCodeAt(1) >= 48 && line.charCodeAt(1) <= 57)) &&
  (line.length === 2 || line[2] === ' ');

/** True when the lines look like a WoS tagged export (used by sniff). */
export function looksLikeWos(lines: string[]): boolean {
  let pt = false;
  let er = false;
  for (const line of lines) {
    if (/^FN (Thomson Reuters|Clarivate|ISI)/.test(line)) return true;
    if (/^PT [A-Z]\s*$/.test(line)) pt = true;
    if (line.trimEnd() === 'ER') er = true;
  }
  return pt && (er || lines.some((l) => /^(AU|TI|SO|UT) /.test(l)));
}

export function parseWos(text: string): ReadRecords {
  const lines = splitLines(stripBom(text));
  const warnings = new Warnings();
  const records: Article[] = [];
  let tags: WosTags | undefined;
  let start = 0;
  let last: string[] | undefined;
  let lastIsList = false;
  /** The abstract keeps its lines until wosToDraft reads its headings (wos-headings.ts). */
  let lastJoin = ' ';

  const finish = () => {
    if (!tags) return;
    const article = finishRecord(wosToDraft(tags), start, warnings);
    if (article) records.push(article);
    tags = undefined;
    last = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isTagLine(line)) {
      const more = line.trim();
      if (!more || !last) continue;
      if (lastIsList) last.push(more);
      else last[last.length - 1] += `${lastJoin}${more}`;
      continue;
    }
    const tag = line.slice(0, 2);
    if (tag === 'ER' || tag === 'EF') {
      finish();
      continue;
    }
    if (!tags) {
      if (tag === 'FN' || tag === 'VR') continue;
      if (tag !== 'PT') warnings.add(importMessage('noPt'), i + 1);
      tags = new Map();
      start = i + 1;
    } else if (tag === 'PT') {
      warnings.add(importMessage('noEr'), start);
      finish();
      tags = new Map();
      start = i + 1;
    }
    let values = tags.get(tag);
    if (!values) tags.set(tag, (values = []));
    values.push(line.slice(3).trim());
    last = values;
    lastIsList = WOS_LIST_TAGS.has(tag);
    lastJoin = tag === 'AB' ? '\n' : ' ';
  }
  if (tags) {
    warnings.add(importMessage('lastNoEr'), start);
    finish();
  }
  return { records, ...warnings.done() };
}

const first = (tags: WosTags, names: readonly string[]): string | undefined => {
  for (const name of names) for (const value of tags.get(name) ?? []) if (value) return value;
  return undefined;
};

// Zoological Record appends the e-mail address: "Stillman, Andrew N. (andrew.stillman@uconn.edu)".
const EMAIL_SUFFIX = /\s*\([^()]*@[^()]*\)\s*$/;

/**
 * A chapter or proceedings paper: its DT says so, or it has pages of its own. The book's DOI (D2)
 * is not its DOI: taken for one, every chapter of the book would share it, and one DOI means one
 * study to duplicate detection.
 */
function partOfBook(tags: WosTags): boolean {
  return /chapter|paper|abstract/i.test(first(tags, ['DT']) ?? '') || first(tags, [...WOS.startPage, ...WOS.pageRange, ...WOS.articleNumber]) !== undefined;
}

/** One record's tags → Draft. Multi-valued cells must already be split (AU/AF/CA one name each). */
export function wosToDraft(tags: WosTags): Draft {
  let authors: string[] = [];
  for (const name of WOS.authors) {
    authors = (tags.get(name) ?? []).filter(Boolean);
    if (authors.length) break;
  }
  // Before, a group was read only when no person was named, and lost beside them.
  const named = new Set(authors.map((a) => a.toLowerCase()));
  for (const group of tags.get(WOS.groups[0]) ?? []) if (group && !named.has(group.toLowerCase())) authors.push(group);
  const keywords: string[] = [];
  for (const name of WOS.keywords) {
    for (const written of tags.get(name) ?? []) {
      const value = written.includes('&') ? decodeAll(written) : written;
      // MeSH in tab-delimited MEDLINE records: "Animals. Birds / *physiology. *Ecosystem".
      const parts = name === 'MH' && !value.includes(';') ? value.split(/\.\s+(?=[*A-Z])/) : value.split(';');
      for (const k of parts) keywords.push(name === 'MH' ? k.replace(/\*/g, '').replace(/\.$/, '') : k);
    }
  }
  const ut = first(tags, WOS.sourceId);
  const title = first(tags, WOS.title);
  const original = first(tags, WOS.originalTitle);
  return {
    title: title ?? original,
    originalTitle: title ? original : undefined,
    authors: authors.map((a) => a.replace(EMAIL_SUFFIX, '')),
    year: first(tags, WOS.year),
    journal: first(tags, WOS.journal),
    volume: first(tags, WOS.volume),
    issue: first(tags, WOS.issue),
    pages: pagesOr(joinPages(first(tags, WOS.startPage), first(tags, WOS.endPage)) ?? joinPages(first(tags, WOS.pageRange)), first(tags, WOS.articleNumber)),
    doi: doiFrom(first(tags, WOS.doi)) ?? (partOfBook(tags) ? undefined : doiFrom(first(tags, WOS.bookDoi))),
    // MEDLINE records in Web of Science: UT "MEDLINE:29782655" is the PMID.
    pmid: first(tags, WOS.pmid) ?? (ut && /^MEDLINE:\d+$/.test(ut) ? ut.slice(8) : undefined),
    abstract: abstractParagraphs(first(tags, WOS.abstract)),
    keywords,
    url: '',
    language: first(tags, WOS.language),
    sourceId: ut,
    // DT "Article; Meeting paper", "Review", "Proceedings Paper"; a book (PT B) that says no more is one.
    type: typeFromNames(first(tags, ['DT'])) ?? (first(tags, ['PT'])?.trim() === 'B' ? 'book' : undefined),
  };
}
