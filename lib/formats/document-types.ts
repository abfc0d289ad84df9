// The document types databases name in words, several to a record: PubMed's publication types
// (MEDLINE `PT`, PubMed XML <PublicationType>: "Journal Article", "Review", "Systematic Review",
// "Letter", "Editorial", "Comment", "Preprint"), ERIC's (`PT  - Journal Articles`, "Reports -
// Research", "Dissertations/Theses - Doctoral Dissertations", "Information Analyses"), Web of
// Science's `DT` ("Article; Meeting paper", "Proceedings Paper", "Editorial Material"), and the
// "Document Type" of Scopus's RIS (`M3  - Review`) and CSV ("Conference Paper", "Book Chapter",
// "Article in Press", "Short Survey"), Embase's likewise ("Conference Abstract").
import { type ArticleType, isArticleType } from '../model/article-type';

/**
 * A table of names → kinds with no prototype: a name an export writes ("constructor", "toString")
 * finds nothing but the table's own entries.
 */
export const kinds = (table: Record<string, ArticleType>): Readonly<Record<string, ArticleType | undefined>> => Object.assign(Object.create(null), table);

const NAMES = kinds({
  'journal article': 'article',
  'journal articles': 'article',
  article: 'article',
  'article in press': 'article',
  'research article': 'article',
  'original article': 'article',
  'data paper': 'article',
  review: 'review',
  'systematic review': 'review',
  'meta-analysis': 'review',
  'scoping review': 'review',
  'literature review': 'review',
  'short survey': 'review',
  'information analyses': 'review',
  letter: 'letter',
  editorial: 'letter',
  'editorial material': 'letter',
  comment: 'letter',
  commentary: 'letter',
  note: 'letter',
  preprint: 'preprint',
  'conference paper': 'conference-paper',
  'proceedings paper': 'conference-paper',
  'meeting paper': 'conference-paper',
  'conference abstract': 'conference-paper',
  'meeting abstract': 'conference-paper',
  'conference proceeding': 'conference-paper',
  congress: 'conference-paper',
  'book chapter': 'chapter',
  chapter: 'chapter',
  book: 'book',
  books: 'book',
  'collected works - general': 'book',
  thesis: 'thesis',
  dissertation: 'thesis',
  report: 'report',
  'technical report': 'report',
  dataset: 'dataset',
  'published erratum': 'other',
  correction: 'other',
  'retraction notice': 'other',
  'retraction of publication': 'other',
  news: 'other',
  'news item': 'other',
  'book review': 'other',
  'conference review': 'other',
  'biographical-item': 'other',
  biography: 'other',
  // Zotero's item types (its CSV's "Item Type"), OpenAlex's and Lens.org's types, Springer's "Content Type".
  journalarticle: 'article',
  booksection: 'chapter',
  conferencepaper: 'conference-paper',
  'book-chapter': 'chapter',
  'conference proceedings article': 'conference-paper',
  referenceworkentry: 'chapter',
  magazinearticle: 'other',
  newspaperarticle: 'other',
  webpage: 'other',
  erratum: 'other',
  paratext: 'other',
});

/** ERIC's families of types, named by their first words: "Reports - Evaluative", "Dissertations/Theses - Masters Theses". */
const ERIC_FAMILIES: readonly [string, ArticleType][] = [
  ['reports - ', 'report'],
  ['dissertations/theses', 'thesis'],
];

/** What a journal article is said to be besides one: the kinds a list naming it also may refine it to. */
const REFINES_ARTICLE = new Set<ArticleType>(['review', 'letter', 'preprint']);

/** Ovid's Embase writes its types after the source's kind: "Journal: Review", "Conference: Conference Abstract". */
const OVID_SOURCE_KIND = /^(?:journal|conference|book|book series|trade journal): /;

function typeOfName(name: string): ArticleType | undefined {
  let key = name.trim().toLowerCase();
  if (key.includes(': ')) key = key.replace(OVID_SOURCE_KIND, '');
  // Saring's own CSV writes the kind by its key ("conference-paper").
  if (isArticleType(key)) return key;
  const named = NAMES[key];
  if (named) return named;
  for (const [start, type] of ERIC_FAMILIES) if (key.startsWith(start)) return type;
  return undefined;
}

/** The names already looked up, as written ("Article", "Review"): a file repeats a handful of them. */
const ONE_NAME = new Map<string, ArticleType | null>();

function typeOfOne(name: string): ArticleType | undefined {
  const seen = ONE_NAME.get(name);
  if (seen !== undefined) return seen ?? undefined;
  const type = typeOfName(name);
  if (ONE_NAME.size < 256 && name.length < 80) ONE_NAME.set(name, type ?? null);
  return type;
}

/**
 * The kind a record's list of document types says. A journal article that is also a review, a
 * letter or a preprint is that ("Journal Article" + "Review"); otherwise a journal article stays
 * one whatever else the list says (ERIC's "Journal Articles" + "Reports - Research", Web of
 * Science's "Article; Meeting paper": a paper published in a journal). Without a journal article,
 * the most specific kind named. Names it does not know (PubMed's "Research Support, …", Ovid's
 * classification codes in M3): none.
 */
export function typeFromNames(names: readonly string[] | string | undefined): ArticleType | undefined {
  if (!names) return undefined;
  const one = typeof names === 'string' ? names : names.length === 1 ? names[0] : undefined;
  // One name (Scopus's M3, a CSV cell: every record of a file): looked up once a file's worth of names.
  if (one !== undefined && !one.includes(';')) return typeOfOne(one);
  const list = one !== undefined ? one.split(';') : (names as readonly string[]);
  let article = false;
  let refined: ArticleType | undefined;
  let other: ArticleType | undefined;
  for (const name of list) {
    const type = typeOfName(name);
    if (!type) continue;
    if (type === 'article') article = true;
    else if (REFINES_ARTICLE.has(type)) refined = refined === 'review' ? refined : type;
    else if (!other || other === 'other') other = type;
  }
  return refined ?? (article ? 'article' : other);
}

/**
 * The columns a CSV export names a record's kind in: Scopus's and EBSCO's "Document Type",
 * Lens.org's and Embase's "Publication Type", Zotero's "Item Type", EBSCO's "Doctype",
 * Springer's "Content Type", OpenAlex's and Saring's own "type" — lower case, as looked up.
 */
const TYPE_COLUMNS = ['document type', 'publication type', 'item type', 'doctype', 'content type', 'type'];

/** The kind the first type column with a value names; `read` learns which column it was (csv-unread.ts). */
export function typeFromColumns(cell: (header: string) => string, read?: Set<string>): ArticleType | undefined {
  for (const column of TYPE_COLUMNS) {
    const value = cell(column);
    if (!value) continue;
    read?.add(column);
    // OpenAlex and Lens list several with "|" or ";" ("journal article; review").
    return typeFromNames(value.includes('|') ? value.split('|') : value);
  }
  return undefined;
}
