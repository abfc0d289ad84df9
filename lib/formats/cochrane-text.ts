// The Cochrane Library's plain-text export ("Export selected citations" → Plain text), of CENTRAL's
// trials and of Cochrane reviews (CDSR) alike: each record opens with "Record #1 of 25" alone on its
// line, then one field a line, a tag of two or three capitals, a colon and a space:
//   Record #1 of 2
//   ID: CN-01234567
//   AU: Sari DA
//   AU: Putra A
//   TI: Oxytocin massage for breast milk production: a randomised trial
//   SO: Jurnal Kebidanan
//   YR: 2020
//   XR: PUBMED 31999999,EMBASE 2004123456
//   KY: *Breast Feeding; Lactation [*physiology]; Humans
//   DOI: 10.1002/central/CN-01234567
//   US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01234567/full
// Two readers of real files read it so: bibliometrix's cochrane2df (a record from each "Record #"
// line, the tag before ": ", one AU line an author, KY's terms parted by ";" with their qualifiers in
// brackets) and CiteMed's cochrane.py (ID, AU, TI, SO, YR, VL, NO, PG, DOI, AB, and US the record's
// last line; a journal or abstract may hold ": " itself). A review's ID is its number and version
// ("CD003519.PUB4") beside its DOI "10.1002/14651858.CD003519.pub4". Neither reader wraps a field;
// a line without a tag is read as more of the field before it all the same (an abstract's next
// paragraph), so that nothing is lost.
import type { Article } from '../model/article';
import { joinPages } from '../model/pages';
import { unstarred } from './bibtex';
import { importMessage } from './messages';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { CENTRAL_ID, cochraneReviewId } from './ris-ids';
import { doiFrom, httpUrl, keywordList, pmidFrom, pmidValue, splitLines, stripBom, withYear } from './values';
import { abstractParagraphs } from './wos-headings';
import { allOfTag as all, firstTag as first, type TagMap } from './tag-map';

type Tags = TagMap;

/** The one tag → field table: tags in order of preference. */
const COCHRANE = {
  /** CENTRAL's own id ("CN-01234567"), a review's number and version ("CD003519.PUB4"). */
  recordId: ['ID'],
  title: ['TI'],
  authors: ['AU'],
  year: ['YR'],
  journal: ['SO'],
  volume: ['VL'],
  issue: ['NO'],
  pages: ['PG'],
  /** A PubMed id alone (PM), or the cross-references to other databases, each named: "PUBMED 31999999,EMBASE 2004123456" (XR). */
  pmid: ['PM'],
  crossReferences: ['XR', 'PM'],
  /** CENTRAL writes its record's own id as a DOI (10.1002/central/CN-…): no DOI of the article (values.ts doiFrom). */
  doi: ['DOI', 'US'],
  abstract: ['AB'],
  keywords: ['KY'],
  url: ['US'],
} as const;

/** "Record #1 of 25" (a long export's count "of 1,234"), alone on its line: a record's first line. */
const RECORD_LINE = /^Record #(\d+) of ([\d,.]+)\s*$/;
/** "TI: …", "DOI: …", an empty "VL:": a field's line, its tag the capitals before the colon. */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,2}):(?: |$)/;
/**
 * The tags a record has: the table's, its publication type (PT), a review's group (CC) and a few the
 * export may add. Any other "XX:" starts no field: an abstract's wrapped line may open with a
 * heading or a figure ("AIM: To assess …", "RR: 1.45, 95% CI …"), and a memo's "TO:" or "RE:" is no record.
 */
const KNOWN_TAGS = new Set<string>([...Object.values(COCHRANE).flat(), 'PT', 'CC', 'LA', 'EM', 'MH', 'ED', 'PB']);
/** The fields a line without a tag continues (an abstract's next paragraph, a wrapped title or list); after others, such a line is no part of the record (a search's summary after its last record). */
const CONTINUED = new Set(['AB', 'TI', 'SO', 'KY', 'AU']);
/** CENTRAL's page of the record, when its ID line is missing: "…/central/doi/10.1002/central/CN-01234567/full". */
const CENTRAL_LINK = /\/central\/(CN-\d{6,})\b/;

/** How many lines a file's first record line may come after (a heading), and how many after it are looked at for its fields. */
const LOOK_AHEAD = 8;

/** The line's tag when it is a record's field ("TI: …"), else undefined. */
function fieldTag(line: string): string | undefined {
  const tag = TAG_LINE.exec(line)?.[1];
  return tag !== undefined && KNOWN_TAGS.has(tag) ? tag : undefined;
}

/** Where the file stands: the record read now, its number and the count its first line gives. */
interface Place {
  tags: Tags;
  line: number;
  number: number;
  of: number;
}

/**
 * Whether a "Record #n of N" line opens a record rather than being more of an abstract's text:
 * fields, or nothing (a file cut there), follow it. Its number may skip (records taken out by hand,
 * exports joined): the record is read all the same, never run into the one before.
 */
function opensRecord(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim()) return fieldTag(lines[j]) !== undefined;
  return true;
}

/** True when the text is a Cochrane Library plain-text export: a "Record #1 of N" line among its first, fields after it (used by sniff). */
export function looksLikeCochraneText(lines: string[]): boolean {
  const filled = lines.filter((line) => line.trim());
  const first = filled.slice(0, 4).findIndex((line) => RECORD_LINE.test(line));
  return first >= 0 && filled.slice(first + 1, first + 1 + LOOK_AHEAD).filter((line) => fieldTag(line) !== undefined).length >= 2;
}

export function parseCochraneText(text: string): ReadRecords {
  const lines = splitLines(stripBom(text));
  const warnings = new Warnings();
  const records: Article[] = [];
  let place: Place | undefined;
  let last: { tag: string; values: string[] } | undefined;
  let numbered: Place | undefined;

  const finish = () => {
    if (!place) return;
    const article = finishRecord(cochraneToDraft(place.tags), place.line, warnings);
    if (article) records.push(article);
    place = undefined;
    last = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = RECORD_LINE.exec(line);
    if (header && opensRecord(lines, i)) {
      finish();
      numbered = place = { tags: new Map(), line: i + 1, number: Number(header[1]), of: Number(header[2].replace(/\D/g, '')) };
      continue;
    }
    const tag = fieldTag(line);
    if (tag === undefined) {
      const more = line.trim();
      if (!more || !last || !CONTINUED.has(last.tag)) continue;
      // An abstract keeps its lines for abstractParagraphs, which parts its headings; other fields read on.
      last.values[last.values.length - 1] += `${last.tag === 'AB' ? '\n' : ' '}${more}`;
      continue;
    }
    place ??= { tags: new Map(), line: i + 1, number: 0, of: 0 };
    let values = place.tags.get(tag);
    if (!values) place.tags.set(tag, (values = []));
    values.push(line.slice(tag.length + 1).trim());
    last = { tag, values };
  }
  finish();
  // "Record #25 of 40" last: the export, or the copy of it, stops short of its last records.
  if (numbered && numbered.number < numbered.of) warnings.add(importMessage('endsAtRecord', numbered.number, numbered.of), numbered.line);
  return { records, ...warnings.done() };
}

/** CENTRAL's "CN-…" id, else a review's number and version ("CD003519.pub4") when its DOI or source says it is one. */
function sourceIdOf(tags: Tags): string | undefined {
  const recordId = first(tags, COCHRANE.recordId);
  if (recordId && CENTRAL_ID.test(recordId)) return recordId;
  const review = recordId && cochraneReviewId(recordId, () => [...COCHRANE.doi, ...COCHRANE.journal].flatMap((name) => tags.get(name) ?? []).join(' '));
  return review || first(tags, COCHRANE.url, (link) => CENTRAL_LINK.exec(link)?.[1]);
}

function cochraneToDraft(tags: Tags): Draft {
  return {
    title: first(tags, COCHRANE.title),
    // One author a line; a line listing several parts them with ";".
    authors: all(tags, COCHRANE.authors).flatMap((names) => names.split(';')),
    year: first(tags, COCHRANE.year, withYear),
    journal: first(tags, COCHRANE.journal),
    volume: first(tags, COCHRANE.volume),
    issue: first(tags, COCHRANE.issue),
    pages: joinPages(first(tags, COCHRANE.pages)),
    doi: first(tags, COCHRANE.doi, doiFrom),
    // A PUBMED id by its name, never the EMBASE one beside it.
    pmid: first(tags, COCHRANE.pmid, pmidValue) ?? first(tags, COCHRANE.crossReferences, pmidFrom),
    abstract: abstractParagraphs(first(tags, COCHRANE.abstract)),
    // MeSH's major-topic stars ("*Breast Feeding; Lactation [*physiology]") are no part of a term.
    keywords: all(tags, COCHRANE.keywords).flatMap(keywordList).map(unstarred),
    url: first(tags, COCHRANE.url, httpUrl),
    sourceId: sourceIdOf(tags),
  };
}
