// Each format's names for the kind of publication a record is, onto lib/model/article-type.ts:
// one table per format, read by its reader; the writers map back (ris-write.ts, bibtex-write.ts).
import type { ArticleType } from '../model/article-type';
import { kinds, typeFromNames } from './document-types';

/**
 * RIS `TY`, as Zotero (journalArticle JOUR, bookSection CHAP, conferencePaper CONF, thesis THES,
 * report RPRT, webpage ELEC, letter — a personal one — PCOMM), EndNote (EJOUR, ECHAP, EDBOOK,
 * EBOOK, CPAPER, DATA, GOVDOC), Scopus, Embase, Ovid and Mendeley write it; GEN (generic: Zotero's
 * type for what it has no other for, Rayyan's) is `other`. UNPB, an unpublished work, is how reference
 * managers file a preprint.
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
  GEN: 'other',
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
  misc: 'other',
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

/**
 * What the RIS export writes for each kind: TY, and M3 for a journal article that is more (Scopus's
 * way, which ris-type.ts reads back). CPAPER, not CONF (EndNote's "Conference Proceedings", a whole
 * volume): Zotero reads both as a conference paper.
 */
export const RIS_OF: Readonly<Record<ArticleType, readonly [ty: string, m3?: string]>> = {
  article: ['JOUR'],
  review: ['JOUR', 'Review'],
  letter: ['JOUR', 'Letter'],
  preprint: ['UNPB'],
  'conference-paper': ['CPAPER'],
  chapter: ['CHAP'],
  book: ['BOOK'],
  thesis: ['THES'],
  report: ['RPRT'],
  dataset: ['DATA'],
  other: ['GEN'],
};

/**
 * What the BibTeX export writes: the entry type, the field its venue goes in (a chapter's and a
 * conference paper's is its book, `booktitle`), and Scopus's `document_type` for an @article
 * that is more (read back by bibtex.ts). A preprint is @unpublished, which BibTeX styles know.
 */
export const BIBTEX_OF: Readonly<Record<ArticleType, readonly [entry: string, venue: 'journal' | 'booktitle', documentType?: string]>> = {
  article: ['article', 'journal'],
  review: ['article', 'journal', 'Review'],
  letter: ['article', 'journal', 'Letter'],
  preprint: ['unpublished', 'journal'],
  'conference-paper': ['inproceedings', 'booktitle'],
  chapter: ['incollection', 'booktitle'],
  book: ['book', 'journal'],
  thesis: ['phdthesis', 'journal'],
  report: ['techreport', 'journal'],
  dataset: ['dataset', 'journal'],
  other: ['misc', 'journal'],
};
