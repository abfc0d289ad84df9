// A whole book or proceedings volume that names only its editors: they stand in the authors'
// place, as Google Scholar's byline and the citation styles show them. A chapter's or a paper's
// editors never become its authors.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { oneRecord as one } from './helpers';

const bib = (type: string, fields: string) => `@${type}{k,\n  title = {Asuhan kebidanan nifas},\n  year = {2020},\n${fields}}\n`;
const nbib = (lines: string[]) => `${['PMID- 31600001', 'DP  - 2019', ...lines].join('\n')}\n`;

describe('edited books', () => {
  it('BibTeX: a book, proceedings or collection with editors only has them as its authors', () => {
    for (const type of ['book', 'proceedings', 'collection', 'mvbook']) {
      expect(one(bib(type, '  editor = {Sari, Dewi and Lestari, Nur},\n')).authors, type).toEqual(['Sari, Dewi', 'Lestari, Nur']);
    }
    expect(one(bib('book', '  author = {Hidayah, Nur},\n  editor = {Sari, Dewi},\n')).authors).toEqual(['Hidayah, Nur']);
  });

  it('BibTeX: also a volume that takes its editors from the work it belongs to (crossref)', () => {
    const text = `@mvbook{mv, title = {Ensiklopedia kebidanan}, editor = {Lestari, Nur}}\n@book{v2, title = {Jilid 2}, year = {2021}, crossref = {mv}}\n@incollection{c1, title = {Nifas}, crossref = {mv}}\n`;
    const records = parseBibliography(text, 'b.bib').records;
    expect(records.find((r) => r.title === 'Jilid 2')?.authors).toEqual(['Lestari, Nur']);
    expect(records.find((r) => r.title === 'Nifas')?.authors).toEqual([]);
  });

  it("BibTeX: a chapter's or a paper's editors are not its authors", () => {
    for (const type of ['inbook', 'incollection', 'inproceedings', 'article']) {
      expect(one(bib(type, '  editor = {Sari, Dewi},\n  booktitle = {Kebidanan},\n')).authors, type).toEqual([]);
    }
  });

  it('PubMed Bookshelf (MEDLINE): a whole book (BTI, no TI) with editors only has them (FED, else ED); a chapter does not', () => {
    const book = ['BTI - Breastfeeding: a guide', 'FED - Lawrence, Ruth A', 'ED  - Lawrence RA', 'FED - Lawrence, Robert M', 'ED  - Lawrence RM', 'PT  - Book'];
    expect(one(nbib(book), 'b.nbib').authors).toEqual(['Lawrence, Ruth A', 'Lawrence, Robert M']);
    expect(one(nbib(book.filter((l) => !l.startsWith('FED'))), 'b.nbib').authors).toEqual(['Lawrence RA', 'Lawrence RM']);
    const chapter = ['TI  - Postpartum Hemorrhage', 'BTI - StatPearls', 'FED - Wormer, Kelly C', 'PT  - Book Chapter'];
    expect(one(nbib(chapter), 'c.nbib').authors).toEqual([]);
    expect(one(nbib([...book, 'FAU - Jones, Anna']), 'b.nbib').authors).toEqual(['Jones, Anna']);
  });

  it("PubMed XML: a whole book's editors stand in; a chapter without authors does not take its book's", () => {
    const doc = (chapter: string) =>
      `<PubmedArticleSet><PubmedBookArticle><BookDocument><PMID>20301331</PMID><Book><BookTitle>GeneReviews</BookTitle><PubDate><Year>1993</Year></PubDate><AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName></Author></AuthorList></Book>${chapter}</BookDocument></PubmedBookArticle></PubmedArticleSet>`;
    expect(one(doc(''), 'pubmed.xml').authors).toEqual(['Adam, Margaret P']);
    expect(one(doc('<ArticleTitle>Peutz-Jeghers Syndrome</ArticleTitle>'), 'pubmed.xml').authors).toEqual([]);
    const withAuthors =
      '<ArticleTitle>Peutz-Jeghers Syndrome</ArticleTitle><AuthorList Type="authors"><Author><LastName>Jones</LastName><ForeName>Anna</ForeName></Author></AuthorList>';
    expect(one(doc(withAuthors), 'pubmed.xml').authors).toEqual(['Jones, Anna']);
  });

  // RIS: EndNote's reference of its tags writes "TY  - BOOK / A2  - Editor, Series / A3  - Editor" and
  // "TY  - EDBOOK / AU  - Editor", Zotero's RIS.js a book's editor in A3 and its series editor in A2,
  // JabRef "TY  - BOOK … A2  - Martin, Steve" (JabRef/jabref#3634); a chapter's "AU" are its authors and
  // its "A2" its book's editors (dsifford/academic-bloggers-toolkit#557, a Bookends export).
  const ris = (type: string, lines: string[]) => `TY  - ${type}\nTI  - Asuhan kebidanan nifas\nPY  - 2020\n${lines.join('\n')}\nER  - \n`;

  it('RIS: a whole book (BOOK, EDBOOK, EBOOK) without authors has its editors (ED, else A3, else A2) as its authors', () => {
    for (const type of ['BOOK', 'EDBOOK', 'EBOOK']) {
      expect(one(ris(type, ['A2  - Sari, Dewi', 'A2  - Lestari, Nur'])).authors, type).toEqual(['Sari, Dewi', 'Lestari, Nur']);
    }
    // EndNote and Zotero: A3 the book's editors, A2 its series' editor.
    expect(one(ris('BOOK', ['A2  - Series, Editor', 'A3  - Sari, Dewi'])).authors).toEqual(['Sari, Dewi']);
    expect(one(ris('BOOK', ['ED  - Sari, Dewi', 'A2  - Series, Editor'])).authors).toEqual(['Sari, Dewi']);
    // Authors of its own: the editors are not.
    expect(one(ris('BOOK', ['AU  - Hidayah, Nur', 'A3  - Sari, Dewi'])).authors).toEqual(['Hidayah, Nur']);
    expect(one(ris('EDBOOK', ['AU  - Hidayah, Nur', 'A2  - Series, Editor'])).authors).toEqual(['Hidayah, Nur']);
  });

  it("RIS: a chapter's, a paper's or an article's editors are never its authors", () => {
    expect(one(ris('CHAP', ['AU  - Hidayah, Nur', 'A2  - Sari, Dewi', 'T2  - Kebidanan'])).authors).toEqual(['Hidayah, Nur']);
    for (const type of ['CHAP', 'ECHAP', 'JOUR', 'CONF']) expect(one(ris(type, ['A2  - Sari, Dewi', 'ED  - Lestari, Nur'])).authors, type).toEqual([]);
  });
});
