// A chapter of an Elsevier book on ScienceDirect (pii/B978…, DOI 10.1016/B978-…): its page and its
// result row ("Book chapter") name it with its number in front, "Chapter 4 - …", as ScienceDirect's
// RIS does (lib/formats/chapter-labels.ts drops it there), and name its book where an article names
// its journal. The record is the chapter, titled as Crossref and Scopus title it, and its book is its
// venue (Article.journal, as a PubMed Bookshelf chapter's book or RIS `BT` is): so the chapter read on
// ScienceDirect is the record an import of it made. A small page after the real chapter pages'
// structure (the Zotero translator's test chapters: Encyclopedia of Inland Waters, pii B9780123706263000508).
import { describe, expect, it } from 'vitest';
import { sciencedirect } from '../../lib/sites/sciencedirect';
import { expectValid, parse } from './parse';

const read = (html: string, url: string) => {
  const found = sciencedirect.extract(parse(html), new URL(url));
  expectValid(found);
  return found;
};

const CHAPTER_URL = 'https://www.sciencedirect.com/science/article/abs/pii/B9780123706263000508';
const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const chapterPage = (head: string, body: string) =>
  `<html><head>${tag('citation_pii', 'B9780123706263000508')}${tag('citation_type', 'CHAP')}${tag('citation_publication_date', '2009/01/01')}${tag('citation_firstpage', '295')}${tag('citation_lastpage', '305')}${tag('citation_doi', '10.1016/B978-012370626-3.00050-8')}${head}</head><body>${body}<div class="author-group"><button><span class="given-name">M.</span> <span class="surname">Meybeck</span></button></div></body></html>`;
const bookHeading =
  '<div class="publication-volume"><h2 class="publication-title" id="publication-title"><a href="/referencework/9780123706263/encyclopedia-of-inland-waters">Encyclopedia of Inland Waters</a></h2><div class="text-xs">2009, Pages 295-305</div></div>';

describe('a ScienceDirect book chapter page', () => {
  it('is the chapter without its number, its book as its venue', () => {
    const found = read(chapterPage(tag('citation_title', 'Chapter 12 - Africa'), `${bookHeading}<h1><span class="title-text">Chapter 12 - Africa</span></h1>`), CHAPTER_URL);
    expect(found?.articles[0]).toMatchObject({
      title: 'Africa',
      journal: 'Encyclopedia of Inland Waters',
      year: 2009,
      pages: '295-305',
      doi: '10.1016/b978-012370626-3.00050-8',
      sourceId: 'B9780123706263000508',
    });
    expect(found?.articles[0].issue).toBeUndefined();
    // Numbered as the book numbers it: "12 - …", "Chapter nineteen - …".
    for (const title of ['12 - Africa', 'Chapter nineteen - Africa', 'Chapter XII - Africa'])
      expect(read(chapterPage(tag('citation_title', title), bookHeading), CHAPTER_URL)?.articles[0].title, title).toBe('Africa');
  });

  it("takes its book from the book's tag when the page shows no book heading", () => {
    for (const name of ['citation_book_title', 'citation_inbook_title']) {
      const page = chapterPage(tag('citation_title', '8 - Introduction to Discrete Dislocation Statics and Dynamics') + tag(name, 'Computational Materials Engineering'), '');
      expect(read(page, 'https://www.sciencedirect.com/science/article/pii/B9780123694683500083')?.articles[0]).toMatchObject({
        title: 'Introduction to Discrete Dislocation Statics and Dynamics',
        journal: 'Computational Materials Engineering',
      });
    }
  });

  it('leaves a journal article whose title opens with a number and a dash as it is', () => {
    const page = `<html><head>${tag('citation_pii', 'S0002822316300463')}${tag('citation_title', '2015 - 2020 Dietary Guidelines for Americans')}${tag('citation_journal_title', 'Journal of the Academy of Nutrition and Dietetics')}${tag('citation_doi', '10.1016/j.jand.2016.02.011')}</head><body></body></html>`;
    expect(read(page, 'https://www.sciencedirect.com/science/article/pii/S0002822316300463')?.articles[0].title).toBe('2015 - 2020 Dietary Guidelines for Americans');
  });
});

describe('a ScienceDirect result row labelled "Book chapter"', () => {
  it('is the chapter without its number, its book as its venue, dated and paged from its source line', () => {
    const row = (pii: string, title: string, source: string, line: string) =>
      `<li class="ResultItem"><div class="article-type u-clr-grey8">Book chapter</div><h2><a class="result-list-title-link" href="/science/article/pii/${pii}" id="${pii}">${title}</a></h2><div class="SubType"><span class="srctitle-date-fields"><a class="subtype-srctitle-link" href="/referencework/x"><span class="anchor-text">${source}</span></a>${line}</span></div></li>`;
    const page = `<div id="srp-results-list"><ol>${row('B9780128217856000123', 'Chapter 12 - Nutrition in pregnancy', 'Encyclopedia of Human Nutrition (Fourth Edition)', '<span>2023</span><span>, Pages 1-10</span>')}${row('S0266613820302345', '3 - 5 year outcomes of oxytocin massage', 'Midwifery', '<span>Volume 41, Issue 3</span><span>March 2021</span><span>Pages 112–118</span>')}</ol></div>`;
    const [chapter, article] = read(page, 'https://www.sciencedirect.com/search?qs=nutrition')!.articles;
    expect(chapter).toMatchObject({ title: 'Nutrition in pregnancy', journal: 'Encyclopedia of Human Nutrition (Fourth Edition)', year: 2023, pages: '1-10' });
    expect([chapter.volume, chapter.issue]).toEqual([undefined, undefined]);
    expect(article.title).toBe('3 - 5 year outcomes of oxytocin massage');
  });
});
