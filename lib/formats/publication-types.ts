// Each format's names for the kind of publication a record is, onto lib/model/article-type.ts:
// one table per format, read by its reader; the writers map back (ris-write.ts, bibtex-write.ts).
import type { ArticleType } from '../model/article-type';
import { kinds, typeFromNames } from './document-types';

/**
 * RIS `TY`, as Zotero (journalArticle JOUR, bookSection CHAP, conferencePaper CONF, thesis THES,
 * report RPRT, webpage ELEC, letter — a personal one — PCOMM), EndNote (EJOUR, ECHAP, EDBOOK,
 * EBOOK, CPAPER, DATA, GOVDOC), Scopus, Embase, Ovid and Mendeley write it. GEN (generic: Ovid,
 * Zotero's default) says nothing. UNPB, an unpublished work, is how reference managers file a preprint.
 */
export const RIS_TYPES: Readonly<Record<string, ArticleType | undefined>> = kinds({
  JOUR: 'article',
  EJOUR: 'article',
  INPR: 'article',
  JFULL: 'other',
  MGZN: 'other',
  NEWS: 'other',
  CHAP: 'chapter',
  ECHAP: 'chapter',
  ENCYC: 'chapter',
  DICT: 'chapter',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'book',
  SER: 'book',
  CLSWK: 'book',
  CONF: 'conference-paper',
  CPAPER: 'conference-paper',
  THES: 'thesis',
  RPRT: 'report',
  GOVDOC: 'report',
  DATA: 'dataset',
  DBASE: 'dataset',
  AGGR: 'dataset',
  UNPB: 'preprint',
  ABST: 'other',
  CASE: 'other',
  ELEC: 'other',
  ICOMM: 'other',
  PCOMM: 'other',
  PAT: 'other',
  MANSCPT: 'other',
  BLOG: 'other',
});

/** BibTeX and BibLaTeX entry types (an arXiv `@misc` with its eprint is a preprint: bibtex.ts). */
export const BIBTEX_TYPES: Readonly<Record<string, ArticleType | undefined>> = kinds({
  article: 'article',
  inproceedings: 'conference-paper',
  conference: 'conference-paper',
  proceedings: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  book: 'book',
  booklet: 'book',
  mvbook: 'book',
  collection: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  dataset: 'dataset',
  unpublished: 'preprint',
  online: 'other',
  electronic: 'other',
  www: 'other',
  patent: 'other',
});

/**
 * CSL JSON `type` (Zotero, Mendeley, citation.js, Crossref through doi.org). CSL's `article` is
 * a preprint or working paper (Zotero's preprint), its `review` a review OF a work (a book
 * review), not a literature review.
 */
export const CSL_TYPES: Readonly<Record<string, ArticleType | undefined>> = kinds({
  'article-journal': 'article',
  'journal-article': 'article',
  article: 'preprint',
  'posted-content': 'preprint',
  'paper-conference': 'conference-paper',
  'proceedings-article': 'conference-paper',
  chapter: 'chapter',
  'book-chapter': 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  book: 'book',
  'edited-book': 'book',
  monograph: 'book',
  thesis: 'thesis',
  dissertation: 'thesis',
  report: 'report',
  dataset: 'dataset',
  'article-magazine': 'other',
  'article-newspaper': 'other',
  review: 'other',
  'review-book': 'other',
  webpage: 'other',
  post: 'other',
  'post-weblog': 'other',
  patent: 'other',
});

/** EndNote's reference types, by name (XML `ref-type name`, tagged `%0`) and, in XML without a name, by number. */
const ENDNOTE_TYPES: Readonly<Record<string, ArticleType | undefined>> = kinds({
  'journal article': 'article',
  'electronic article': 'article',
  '17': 'article',
  '43': 'article',
  'book section': 'chapter',
  'electronic book section': 'chapter',
  '5': 'chapter',
  '60': 'chapter',
  book: 'book',
  'edited book': 'book',
  'electronic book': 'book',
  '6': 'book',
  '28': 'book',
  '44': 'book',
  'conference paper': 'conference-paper',
  'conference proceedings': 'conference-paper',
  '47': 'conference-paper',
  '10': 'conference-paper',
  thesis: 'thesis',
  '32': 'thesis',
  report: 'report',
  'government document': 'report',
  '27': 'report',
  '46': 'report',
  dataset: 'dataset',
  '59': 'dataset',
  'unpublished work': 'preprint',
  '34': 'preprint',
  'web page': 'other',
  'magazine article': 'other',
  'newspaper article': 'other',
  patent: 'other',
  '12': 'other',
});

/** EndNote's reference type (a name or an XML ref-type's number); Generic (13) and unknown names: none. */
export const endnoteType = (name: string | undefined): ArticleType | undefined => (name ? ENDNOTE_TYPES[name.trim().toLowerCase()] : undefined);

/**
 * A journal article that a second field says more of: the document type Scopus and Embase write
 * beside RIS `TY  - JOUR` (`M3  - Review`), which EndNote keeps as its "Type of Work" (XML
 * `work-type`, tagged `%9`). Any other kind stays as the reference type names it; names the
 * table does not know (Ovid PsycINFO's classification codes in M3) leave the article one.
 */
export const refinedArticle = (type: ArticleType | undefined, names: readonly string[] | string | undefined): ArticleType | undefined =>
  type === 'article' && names ? (typeFromNames(names) ?? type) : type;
