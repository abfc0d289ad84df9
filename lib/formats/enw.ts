// EndNote tagged import (.enw, the "refer" format): "%0 Journal Article", "%T title", "%A name"…
// Google Scholar's "Cite → EndNote" gives one such record per file; EndNote and some journal
// systems give many, separated by blank lines. A line without a tag continues the value before it.
import type { Article } from '../model/article';
import { namedSubstances } from './substances';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { doiFrom, httpUrl, keywordList, pmidFrom, splitLines, stripBom, withYear } from './values';
import { joinPages } from '../model/pages';
import { endnoteWorkPages } from './page-counts';
import { isEndnoteThesis, thesisVenue } from './thesis';
import { endnoteType, refinedArticle } from './publication-types';
import { importMessage } from './messages';
import { allOfTag as all, firstTag as first, type TagMap } from './tag-map';

type Tags = TagMap;

/** The one tag → field table: tags in order of preference. */
const ENW = {
  /** The reference type ("%0 Book"): a book's or thesis's %P is its page count (page-counts.ts). */
  type: ['%0'],
  title: ['%T'],
  // Authors; %Q is a corporate author (a study group), read when no person is named.
  authors: ['%A', '%Q'],
  year: ['%D', '%8'],
  // Journal (%J); a chapter's book or a conference's proceedings are its secondary title (%B).
  journal: ['%J', '%B'],
  /** A thesis's journal (a dissertation's listing): %J only, never %B (its department). */
  thesisJournal: ['%J'],
  volume: ['%V'],
  issue: ['%N'],
  pages: ['%P'],
  doi: ['%R'],
  /** Where a DOI hides when %R is missing: links and notes. */
  doiElsewhere: ['%U', '%Z'],
  abstract: ['%X'],
  keywords: ['%K'],
  url: ['%U'],
  language: ['%G'],
  /** EndNote's "Type of Work": Scopus's document type of a journal article ("Review"), kept by EndNote. */
  workType: ['%9'],
  /** The database's accession number: a PMID when the database (%~ or %W) is PubMed or MEDLINE. */
  accession: ['%M'],
  database: ['%~', '%W'],
  notes: ['%Z'],
} as const;

/** Tags whose continuation lines are further values (EndNote writes one keyword per line under one %K). */
const LIST_TAGS = new Set(['%K']);

/** "%T value": the tag, else undefined. A tag is "%" and one character other than a space. */
function tagOf(line: string): string | undefined {
  if (line.charCodeAt(0) !== 37 /* % */ || line.length < 2 || line[1] === ' ') return undefined;
  return line.length === 2 || line[2] === ' ' ? line.slice(0, 2) : undefined;
}

/** True when the text starts with EndNote tagged records (used by sniff). */
export function looksLikeEnw(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim()).slice(0, 40);
  return filled.some((l) => /^%0 \S/.test(l)) && filled.filter((l) => tagOf(l) !== undefined).length >= 2;
}

export function parseEnw(text: string): ReadRecords {
  const lines = splitLines(stripBom(text));
  const warnings = new Warnings();
  const records: Article[] = [];
  let tags: Tags | undefined;
  let start = 0;
  let last: { tag: string; values: string[] } | undefined;

  const finish = () => {
    if (tags) {
      const article = finishRecord(enwToDraft(tags), start, warnings);
      if (article) records.push(article);
    }
    tags = undefined;
    last = undefined;
  };

  // A blank line ends a record only if a tag follows it: an abstract's paragraphs are separated
  // by blank lines too. A record that started with "%0" (EndNote's) goes on after a blank line
  // unless "%0" or a second title follows.
  let blank = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tag = tagOf(line);
    if (tag === undefined) {
      const more = line.trim();
      if (!more) blank = true;
      else if (last && LIST_TAGS.has(last.tag)) last.values.push(more);
      else if (last) last.values[last.values.length - 1] += blank ? `\n\n${more}` : ` ${more}`;
      else if (!records.length && !tags) warnings.add(importMessage('beforeFirstEnw'), i + 1);
      if (more) blank = false;
      continue;
    }
    // "%0 Journal Article" starts a record, also when no blank line ended the one before.
    if (tag === '%0' || (blank && (!tags?.has('%0') || (tag === '%T' && tags.has('%T'))))) finish();
    blank = false;
    if (!tags) {
      tags = new Map();
      start = i + 1;
    }
    let values = tags.get(tag);
    if (!values) tags.set(tag, (values = []));
    values.push(line.slice(3).trim());
    last = { tag, values };
  }
  finish();
  return { records, ...warnings.done() };
}

/** The PMID: %M of a PubMed or MEDLINE record, or one written in the notes ("PMID: 123"). */
function pmidOf(tags: Tags): string | undefined {
  const database = first(tags, ENW.database) ?? '';
  const accession = first(tags, ENW.accession);
  if (accession && /pubmed|medline|nlm/i.test(database) && !/embase/i.test(database) && /^\d{1,9}$/.test(accession)) return accession;
  return first(tags, ENW.notes, pmidFrom) ?? first(tags, ENW.url, pmidFrom);
}

// CNKI's EndNote export writes all the authors on one line, each with its tag: "%A 蔺卿 %A 罗格平 %A 陈曦".
const AUTHOR_TAG_INSIDE = /\s+%A\s+/;

/** The authors, one a %A line, or several tagged on one line (CNKI). */
function authorsOf(tags: Tags): string[] {
  const authors = all(tags, ENW.authors);
  return authors.some((name) => name.includes('%A')) ? authors.flatMap((name) => name.split(AUTHOR_TAG_INSIDE)) : authors;
}

function enwToDraft(tags: Tags): Draft {
  const pmid = pmidOf(tags);
  const draft: Draft = {
    title: first(tags, ENW.title),
    authors: authorsOf(tags),
    year: first(tags, ENW.year, withYear),
    journal: first(tags, ENW.journal),
    volume: first(tags, ENW.volume),
    issue: first(tags, ENW.issue),
    pages: endnoteWorkPages(first(tags, ENW.type), joinPages(first(tags, ENW.pages))),
    doi: first(tags, ENW.doi, doiFrom) ?? first(tags, ENW.doiElsewhere, doiFrom),
    pmid,
    abstract: first(tags, ENW.abstract),
    // One keyword per line, or one line listing several ("a; b; c").
    keywords: namedSubstances(all(tags, ENW.keywords).flatMap(keywordList)),
    url: first(tags, ENW.url, httpUrl),
    language: first(tags, ENW.language),
    sourceId: pmid,
    type: refinedArticle(endnoteType(first(tags, ENW.type)), first(tags, ENW.workType)),
  };
  // "%0 Thesis": %B is its academic department, %V its degree (thesis.ts).
  if (isEndnoteThesis(first(tags, ENW.type))) thesisVenue(draft, first(tags, ENW.thesisJournal));
  return draft;
}
