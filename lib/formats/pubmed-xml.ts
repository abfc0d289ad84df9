// PubMed XML (E-utilities efetch with retmode=xml, the former PubMed's "Send to → File → XML",
// and the tools that pass those files on): <PubmedArticleSet> of <PubmedArticle> (MedlineCitation + PubmedData) and
// <PubmedBookArticle> (BookDocument + PubmedBookData). Read as the MEDLINE importer reads the same
// records in "PubMed format" (medline.ts): full author names, collective names after the persons,
// MeSH headings and keywords, the PubMed link. Only the record's own ids count: the PMIDs of the
// references (ReferenceList) and of comments and errata (CommentsCorrectionsList) are not read.
import type { Article } from '../model/article';
import type { ArticleType } from '../model/article-type';
import { typeFromNames } from './document-types';
import { finishRecord, type Draft, type ReadRecords } from './record';
import { doiFrom, pagesOr } from './values';
import { joinPages } from '../model/pages';
import { allAt, at, attr, firstElements, firstText as first, LineCounter, RecordWarnings, scanXml, textAt, textOf, truncation, type XmlElement } from './xml-scan';

/** The one element → field table: paths inside <PubmedArticle> or <PubmedBookArticle>, in order of preference. */
const PUBMED = {
  title: ['MedlineCitation/Article/ArticleTitle', 'BookDocument/ArticleTitle', 'BookDocument/Book/BookTitle'],
  /** The title in the article's own language (MEDLINE's TT). */
  originalTitle: ['MedlineCitation/Article/VernacularTitle', 'BookDocument/VernacularTitle'],
  /** <Author> elements: LastName + ForeName (else Initials), or CollectiveName; a book chapter's own. */
  authors: ['MedlineCitation/Article/AuthorList/Author', 'BookDocument/AuthorList/Author'],
  /** A whole book's first AuthorList: its authors, or its editors when it names only them. Never a chapter's. */
  bookAuthors: ['BookDocument/Book/AuthorList/Author'],
  /** <PubDate>: Year, else MedlineDate ("2020 Jan-Feb"); then the electronic date. */
  year: ['MedlineCitation/Article/Journal/JournalIssue/PubDate', 'BookDocument/Book/PubDate', 'MedlineCitation/Article/ArticleDate', 'BookDocument/ContributionDate'],
  journal: ['MedlineCitation/Article/Journal/Title', 'MedlineCitation/Article/Journal/ISOAbbreviation', 'MedlineCitation/MedlineJournalInfo/MedlineTA'],
  /** A chapter's book (MEDLINE's BTI): its journal. A whole book has its own title there, never its journal as well. */
  book: ['BookDocument/Book/BookTitle'],
  volume: ['MedlineCitation/Article/Journal/JournalIssue/Volume', 'BookDocument/Book/Volume'],
  issue: ['MedlineCitation/Article/Journal/JournalIssue/Issue'],
  pages: ['MedlineCitation/Article/Pagination/MedlinePgn'],
  startPage: ['MedlineCitation/Article/Pagination/StartPage'],
  endPage: ['MedlineCitation/Article/Pagination/EndPage'],
  /** ELocationID EIdType="pii": an online journal's article number ("e42692"), for an article without pages. */
  articleNumber: ['MedlineCitation/Article/ELocationID'],
  /** ELocationID EIdType="doi", then ArticleId IdType="doi". */
  doi: ['MedlineCitation/Article/ELocationID', 'PubmedData/ArticleIdList/ArticleId', 'BookDocument/ArticleIdList/ArticleId'],
  pmid: ['MedlineCitation/PMID', 'BookDocument/PMID'],
  /** ArticleId IdType="pubmed" when there is no PMID element. */
  pmidElsewhere: ['PubmedData/ArticleIdList/ArticleId', 'PubmedBookData/ArticleIdList/ArticleId'],
  /** <AbstractText Label="METHODS">: one line a section, "METHODS: …". */
  abstract: ['MedlineCitation/Article/Abstract/AbstractText', 'BookDocument/Abstract/AbstractText'],
  /** An abstract in another language (<OtherAbstract Language="spa">), the first, when there is no English one. */
  otherAbstract: 'MedlineCitation/OtherAbstract',
  /** DescriptorName/QualifierName, as MEDLINE's MH ("Breast Feeding/methods"). */
  mesh: ['MedlineCitation/MeshHeadingList/MeshHeading'],
  keywords: ['MedlineCitation/KeywordList/Keyword', 'BookDocument/KeywordList/Keyword'],
  language: ['MedlineCitation/Article/Language', 'BookDocument/Language'],
  /** Publication types, several a record ("Journal Article", "Review"; document-types.ts). */
  type: ['MedlineCitation/Article/PublicationTypeList/PublicationType', 'BookDocument/PublicationType'],
} as const;

const RECORDS = new Set(['PubmedArticle', 'PubmedBookArticle']);
const DIGITS = /^\s*\d{1,9}\s*$/;

/** True when the text starts as PubMed XML (used by sniff). */
export function looksLikePubmedXml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?<Pubmed(?:Book)?Article(?:Set)?\b/.test(head);
}

export function parsePubmedXml(text: string): ReadRecords {
  const warnings = new RecordWarnings(text.includes('\n'));
  const lines = new LineCounter(text);
  const records: Article[] = [];
  const scan = scanXml(
    text,
    (name) => RECORDS.has(name),
    (record) => {
      warnings.record++;
      const article = finishRecord(pubmedToDraft(record), lines.of(record.at), warnings);
      if (article) records.push(article);
    },
  );
  const end = `</${scan.root ?? 'PubmedArticleSet'}>`;
  const lost = truncation(scan, { records: warnings.record, end, title: (open) => first(open, PUBMED.title) });
  if (lost) warnings.add(lost);
  return { records, ...warnings.done() };
}

/** The first ArticleId / ELocationID of this type ("doi", "pubmed") along the paths. */
function idOf(record: XmlElement, paths: readonly string[], type: string): string | undefined {
  for (const path of paths) {
    for (const element of allAt(record, path)) {
      const kind = attr(element, 'IdType') ?? attr(element, 'EIdType');
      if (kind === type && attr(element, 'ValidYN') !== 'N') return textOf(element).trim() || undefined;
    }
  }
  return undefined;
}

/** "Sari, Dewi" (MEDLINE's FAU), persons first and collective names after them, as PubMed lists them. */
function authorsOf(record: XmlElement, chapter: boolean): string[] {
  const persons: string[] = [];
  const groups: string[] = [];
  let list = firstElements(record, PUBMED.authors);
  if (!list.length && !chapter) list = firstElements(record, PUBMED.bookAuthors);
  for (const author of list) {
    if (attr(author, 'ValidYN') === 'N') continue;
    const group = textAt(author, 'CollectiveName');
    const last = textAt(author, 'LastName');
    const given = textAt(author, 'ForeName') ?? textAt(author, 'Initials');
    if (last) persons.push(given ? `${last}, ${given}` : last);
    else if (group) groups.push(group);
  }
  return groups.length ? persons.concat(groups) : persons;
}

/** PubDate's Year, else its MedlineDate ("2020 Jan-Feb", "2019-2020"). */
function yearOf(record: XmlElement): string | undefined {
  for (const path of PUBMED.year) {
    const date = at(record, path);
    const year = textAt(date, 'Year') ?? textAt(date, 'MedlineDate');
    if (year) return year;
  }
  return undefined;
}

/** Sections "LABEL: text", each on a line of its own (a blank line between them, kept by the abstract's cleaning). */
function abstractOf(record: XmlElement): string | undefined {
  const english = firstElements(record, PUBMED.abstract);
  const parts: string[] = [];
  for (const section of english.length ? english : allAt(at(record, PUBMED.otherAbstract), 'AbstractText')) {
    const text = textOf(section).trim();
    const label = attr(section, 'Label')?.trim();
    if (text) parts.push(label ? `${label}: ${text}` : text);
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

/** MeSH headings as MEDLINE writes them ("Oxytocin/administration & dosage"), then the authors' keywords. */
function keywordsOf(record: XmlElement): string[] {
  const out: string[] = [];
  for (const heading of firstElements(record, PUBMED.mesh)) {
    const descriptor = textAt(heading, 'DescriptorName');
    if (!descriptor) continue;
    const qualifiers = allAt(heading, 'QualifierName').map((q) => textOf(q).trim());
    out.push([descriptor.trim(), ...qualifiers].filter(Boolean).join('/'));
  }
  for (const path of PUBMED.keywords) for (const keyword of allAt(record, path)) out.push(textOf(keyword));
  return out;
}

/** MedlinePgn ("145-52"), else StartPage and EndPage. */
function pagesOf(record: XmlElement): string | undefined {
  const pages = first(record, PUBMED.pages);
  return pages ? joinPages(pages) : joinPages(first(record, PUBMED.startPage), first(record, PUBMED.endPage));
}

function pubmedToDraft(record: XmlElement): Draft {
  const written = first(record, PUBMED.pmid) ?? idOf(record, PUBMED.pmidElsewhere, 'pubmed');
  const pmid = written && DIGITS.test(written) ? written.trim() : undefined;
  // An article with no English title may have an empty ArticleTitle: its own-language title stands in.
  const original = first(record, PUBMED.originalTitle);
  const title = first(record, PUBMED.title) ?? original;
  // A Bookshelf chapter (its own title beside its book's): never the book's authors, and the book as its journal.
  const chapter = textAt(record, 'BookDocument/ArticleTitle') !== undefined;
  return {
    title,
    originalTitle: original !== title ? original : undefined,
    authors: authorsOf(record, chapter),
    year: yearOf(record),
    journal: first(record, PUBMED.journal) ?? (chapter ? first(record, PUBMED.book) : undefined),
    volume: first(record, PUBMED.volume),
    issue: first(record, PUBMED.issue),
    pages: pagesOr(pagesOf(record), idOf(record, PUBMED.articleNumber, 'pii')),
    doi: doiFrom(idOf(record, PUBMED.doi, 'doi')),
    pmid,
    abstract: abstractOf(record),
    keywords: keywordsOf(record),
    url: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined,
    language: first(record, PUBMED.language),
    sourceId: pmid,
    type: typeOf(record, chapter),
  };
}

/** The kind its publication types name; a Bookshelf record's that names none is a chapter or a whole book. */
function typeOf(record: XmlElement, chapter: boolean): ArticleType | undefined {
  const named = typeFromNames(firstElements(record, PUBMED.type).map(textOf));
  if (named) return named;
  return chapter ? 'chapter' : at(record, 'BookDocument') ? 'book' : undefined;
}
