// Keywords joined with a dot between spaces, "a · b · c" (or "•"), as Springer and many journal
// pages print them and some repositories and exports copy them: one keyword each, from a page
// and from a file alike; a dot inside a keyword (a chemical formula) joins nothing.
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseRis } from '../../lib/formats';
import { readPage, TITLE } from '../sites/reader-page';

const LIST = 'Oxytocin massage · Breast milk production · Postpartum mothers';
const WORDS = ['Oxytocin massage', 'Breast milk production', 'Postpartum mothers'];

describe('keywords joined with "·"', () => {
  it("from one keyword tag of a page, from several, and from the page's keyword box", () => {
    expect(readPage(`${TITLE}<meta name="citation_keywords" content="${LIST}">`)?.keywords).toEqual(WORDS);
    const two = `${TITLE}<meta name="citation_keywords" content="${LIST}"><meta name="citation_keywords" content="Pijat oksitosin • ASI">`;
    expect(readPage(two)?.keywords).toEqual([...WORDS, 'Pijat oksitosin', 'ASI']);
    expect(readPage(TITLE, `<h1>x</h1><div class="article-keywords">Keywords: ${LIST}</div>`)?.keywords).toEqual(WORDS);
  });

  it('from an RIS line, an EndNote tagged line and a CSV cell', () => {
    expect(parseRis(`TY  - JOUR\nTI  - T\nKW  - ${LIST}\nER  - \n`).records[0].keywords).toEqual(WORDS);
    expect(parseBibliography(`%0 Journal Article\n%T T\n%K ${LIST}\n`, 'a.enw').records[0].keywords).toEqual(WORDS);
    expect(parseBibliography(`Authors,Title,Year,Source title,EID,Author Keywords\nLee A.,T,2021,J,2-s2.0-1,"${LIST}"\n`, 'scopus.csv').records[0].keywords).toEqual(WORDS);
  });

  it('but a dot inside a keyword, or a semicolon list, keeps its own joiner', () => {
    expect(parseRis('TY  - JOUR\nTI  - T\nKW  - MgSO4·7H2O; pre-eclampsia\nER  - \n').records[0].keywords).toEqual(['MgSO4·7H2O', 'pre-eclampsia']);
    expect(readPage(`${TITLE}<meta name="citation_keywords" content="CaCl2·2H2O">`)?.keywords).toEqual(['CaCl2·2H2O']);
  });
});
