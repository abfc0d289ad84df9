// EndNote XML (File → Export → "XML"; also Covidence's and Rayyan's "EndNote XML"):
// <xml><records><record>…</record></records></xml>, usually the whole library on one line. Each
// field's text is wrapped in one or more <style face=… font=… size=…> runs, joined here; a line
// break in an abstract is written "&#xD;" and parts its sections, as in other importers.
import { namedSubstances } from './substances';
import type { Article } from '../model/article';
import { finishRecord, type Draft, type ReadRecords } from './record';
import { risIds } from './ris-ids';
import { code, Tags } from './ris-tags';
import { doiFrom, httpUrl, keywordList, withYear } from './values';
import { joinPages } from '../model/pages';
import { endnoteWorkPages } from './page-counts';
import { isEndnoteThesis, thesisVenue } from './thesis';
import { endnoteType, refinedArticle } from './publication-types';
import { titleAndTranslated } from './translated';
import { allAt, attr, child, firstElements, firstText as first, LineCounter, RecordWarnings, scanXml, textAt, textOf, truncation, type XmlElement } from './xml-scan';

/** The one element → field table: paths inside <record>, in order of preference. */
const ENDNOTE = {
  /** ref-type's name attribute ("Journal Article", "Book Section"): which title is the journal's. */
  type: 'ref-type',
  title: ['titles/title'],
  /** The title in the article's other language (SciELO records): see translated.ts titleAndTranslated. */
  translatedTitle: ['titles/translated-title'],
  // Primary authors only: secondary-authors (editors) and tertiary-authors are not authors.
  authors: ['contributors/authors/author'],
  year: ['dates/year', 'dates/pub-dates/date'],
  /** A journal article's periodical, then its secondary title (a chapter's book, a conference's proceedings first). */
  periodical: ['periodical/full-title', 'titles/secondary-title', 'alt-periodical/full-title', 'periodical/abbr-1', 'titles/alt-title'],
  /** A thesis's journal (a dissertation's listing): the periodical only, never its secondary title (its department). */
  thesisJournal: ['periodical/full-title', 'alt-periodical/full-title', 'periodical/abbr-1'],
  container: ['titles/secondary-title', 'periodical/full-title', 'alt-periodical/full-title', 'titles/tertiary-title'],
  volume: ['volume'],
  issue: ['number'],
  pages: ['pages'],
  doi: ['electronic-resource-num'],
  /** Where a DOI hides when electronic-resource-num is missing: links and notes. */
  doiElsewhere: ['urls/related-urls/url', 'urls/web-urls/url', 'notes'],
  abstract: ['abstract'],
  keywords: ['keywords/keyword'],
  url: ['urls/related-urls/url', 'urls/web-urls/url'],
  language: ['language'],
  /** EndNote's "Type of Work": Scopus's document type of a journal article ("Review"). */
  workType: ['work-type'],
  /**
   * Read by ris-ids.ts under the RIS tag EndNote's own RIS export writes each as, so that the
   * PMID and the database's own id follow the RIS rules: accession-num is the PMID only when
   * remote-database-name/-provider names PubMed, MEDLINE or NLM and nothing names Embase;
   * Scopus's PubMed id is custom2 (C2), Embase's custom5 (C5); a "PMID: …" in the notes.
   */
  ids: [
    ['AN', 'accession-num'],
    ['DB', 'remote-database-name'],
    ['DP', 'remote-database-provider'],
    ['UR', 'urls/related-urls/url'],
    ['L1', 'urls/pdf-urls/url'],
    ['N1', 'notes'],
    ['C1', 'custom1'],
    ['C2', 'custom2'],
    ['C3', 'custom3'],
    ['C4', 'custom4'],
    ['C5', 'custom5'],
    ['C6', 'custom6'],
    ['C7', 'custom7'],
  ].map(([tag, path]) => [code(tag), path] as const),
} as const;

const CARRIAGE_RETURNS = /\r\n?/g;

/** Reference types whose secondary title is a journal's ("Journal Article", "Magazine Article", …); others' is a book or proceedings. */
const PERIODICAL_TYPE = /journal|magazine|newspaper|electronic article/i;
/** The same types by number, when ref-type has no name: 17 Journal Article, 19 Magazine, 23 Newspaper, 43 Electronic Article. */
const PERIODICAL_NUMBERS = new Set(['17', '19', '23', '43']);

/** True when the text starts as an EndNote XML library (used by sniff). */
export function looksLikeEndnoteXml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<xml>\s*<records\b/.test(head);
}

export function parseEndnoteXml(text: string): ReadRecords {
  const warnings = new RecordWarnings(text.includes('\n'));
  const lines = new LineCounter(text);
  const records: Article[] = [];
  const ids = new Tags();
  const scan = scanXml(
    text,
    (name) => name === 'record',
    (record) => {
      warnings.record++;
      const article = finishRecord(endnoteToDraft(record, ids), lines.of(record.at), warnings);
      if (article) records.push(article);
    },
  );
  const lost = truncation(scan, { records: warnings.record, end: '</records></xml>', title: (open) => textAt(open, ENDNOTE.title[0]) });
  if (lost) warnings.add(lost);
  return { records, ...warnings.done() };
}

/** Every non-blank value at the first of the paths that has any. */
const all = (record: XmlElement, paths: readonly string[]): string[] =>
  firstElements(record, paths)
    .map(textOf)
    .filter((text) => text.trim());

function endnoteToDraft(record: XmlElement, ids: Tags): Draft {
  const refType = child(record, ENDNOTE.type);
  const type = attr(refType, 'name');
  const periodical = type ? PERIODICAL_TYPE.test(type) : !refType || PERIODICAL_NUMBERS.has(textOf(refType).trim());
  const draft: Draft = {
    title: first(record, ENDNOTE.title),
    authors: all(record, ENDNOTE.authors),
    year: first(record, ENDNOTE.year, withYear),
    journal: first(record, periodical ? ENDNOTE.periodical : ENDNOTE.container),
    volume: first(record, ENDNOTE.volume),
    issue: first(record, ENDNOTE.issue),
    // A book's or thesis's <pages> is its number of pages (page-counts.ts).
    pages: endnoteWorkPages(type, joinPages(first(record, ENDNOTE.pages))),
    doi: first(record, ENDNOTE.doi, doiFrom) ?? first(record, ENDNOTE.doiElsewhere, doiFrom),
    // "&#xD;" alone parts the sections: a line break to the abstract's cleaning (markup.ts sectionLines).
    abstract: first(record, ENDNOTE.abstract)?.replace(CARRIAGE_RETURNS, '\n'),
    // One keyword an element, or one element listing several ("a; b; c"), or one a line.
    keywords: namedSubstances(all(record, ENDNOTE.keywords).flatMap((k) => k.split(/\r\n?|\n/).flatMap(keywordList))),
    url: first(record, ENDNOTE.url, httpUrl),
    language: first(record, ENDNOTE.language),
    type: refinedArticle(endnoteType(refType && (type ?? textOf(refType))), first(record, ENDNOTE.workType)),
  };
  // A thesis's secondary title is its academic department, its volume its degree (thesis.ts).
  if (isEndnoteThesis(refType && (type ?? textOf(refType)))) thesisVenue(draft, first(record, ENDNOTE.thesisJournal));
  const translated = first(record, ENDNOTE.translatedTitle);
  if (translated) [draft.title, draft.originalTitle] = titleAndTranslated(draft.title, translated);
  ids.clear();
  for (const [tag, path] of ENDNOTE.ids) for (const element of allAt(record, path)) ids.add(tag, textOf(element).trim());
  risIds(ids, draft);
  return draft;
}
