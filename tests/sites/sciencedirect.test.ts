import { describe, expect, it } from 'vitest';
import { sciencedirect } from '../../lib/sites/sciencedirect';
import { expectValid, load } from './parse';
import article from './fixtures/sciencedirect/article.html?raw';
import jsonAuthors from './fixtures/sciencedirect/article-json-authors.html?raw';
import search from './fixtures/sciencedirect/search.html?raw';
import loading from './fixtures/sciencedirect/search-loading.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = sciencedirect.extract(doc, url);
  expectValid(found);
  return found;
};

describe('ScienceDirect', () => {
  it('dates a result by its date, not by a volume or article number that looks like a year', () => {
    const item = (source: string) =>
      `<!-- url: https://www.sciencedirect.com/search?qs=stunting --><ol><li class="ResultItem" data-doi="10.1016/j.bbadis.2020.165880"><h2><a class="result-list-title-link" href="/science/article/pii/S0925443920302258" id="S0925443920302258">Zinc and stunting</a></h2><div class="SubType"><span class="srctitle-date-fields"><a class="subtype-srctitle-link" href="/journal/bba"><span class="anchor-text">BBA - Molecular Basis of Disease</span></a>${source}</span></div></li></ol>`;
    const year = (source: string) => read(item(source))!.articles[0].year;
    expect(year('<span>Volume 1866, Issue 10</span><span>1 October 2020</span><span>, 165880</span>')).toBe(2020);
    expect(year('<span>Volume 1866, Issue 10</span>, <span>October 2020</span>, <span>Article 1999</span>')).toBe(2020);
    // Spans that touch: "Issue 3" and "2021" must not run together into "Issue 32021".
    expect(year('<span>Volume 41, Issue 3</span><span>2021</span><span>Pages 112-118</span>')).toBe(2021);
  });

  it("reads a result's volume, issue and pages (or article number) from its source line", () => {
    const item = (source: string) =>
      `<!-- url: https://www.sciencedirect.com/search?qs=oxytocin --><ol><li class="ResultItem"><h2><a class="result-list-title-link" href="/science/article/pii/S0266613820302345">Oxytocin massage</a></h2><div class="SubType"><span class="srctitle-date-fields"><a class="subtype-srctitle-link" href="/journal/midwifery"><span class="anchor-text">Midwifery</span></a>${source}</span></div></li></ol>`;
    const fields = (source: string) => {
      const a = read(item(source))!.articles[0];
      return [a.journal, a.volume, a.issue, a.pages, a.year];
    };
    expect(fields('<span>Volume 41, Issue 3</span><span>March 2021</span><span>Pages 112–118</span>')).toEqual(['Midwifery', '41', '3', '112-118', 2021]);
    expect(fields('<span>Volume 95</span><span>February 2021</span><span>, 102934</span>')).toEqual(['Midwifery', '95', undefined, '102934', 2021]);
    expect(fields('<span>Available online 5 May 2024</span>')).toEqual(['Midwifery', undefined, undefined, undefined, 2024]);
    // A supplement is the issue, named as printed; a year after it is not its number.
    expect(fields('<span>Volume 45, Supplement 2</span><span>December 2022</span><span>Pages 10-15</span>')).toEqual(['Midwifery', '45', 'Supplement 2', '10-15', 2022]);
    expect(fields('<span>Volume 45, Supplement 2, December 2022, Pages 10-15</span>')).toEqual(['Midwifery', '45', 'Supplement 2', '10-15', 2022]);
    expect(fields('<span>Volume 45, Supplement</span><span>2022</span><span>, 102934</span>')).toEqual(['Midwifery', '45', 'Supplement', '102934', 2022]);
  });

  it("reads an article's supplement from the volume line when no tag names the issue", () => {
    const page = (line: string) =>
      `<!-- url: https://www.sciencedirect.com/science/article/pii/S0266613822001234 --><html><head><meta name="citation_title" content="Oxytocin massage"><meta name="citation_pii" content="S0266613822001234"><meta name="citation_volume" content="45"></head><body><div class="publication-volume"><h2 id="publication-title">Midwifery</h2><div class="text-xs"><a href="/journal/midwifery/vol/45/suppl/2"><span class="anchor-text">${line}</span></a>, December 2022, Pages 10-15</div></div></body></html>`;
    expect(read(page('Volume 45, Supplement 2'))!.articles[0]).toMatchObject({ volume: '45', issue: 'Supplement 2' });
    expect(read(page('Volume 45'))!.articles[0].issue).toBeUndefined();
  });

  it('takes the English abstract of an article that has one in each language', () => {
    const box = (lang: string, label: string, text: string) => `<div class="abstract author" lang="${lang}"><h2>${label}</h2><div><p>${text}</p></div></div>`;
    const page = `<!-- url: https://www.sciencedirect.com/science/article/pii/S1130862119305200 --><html><head><meta name="citation_title" content="Masaje de oxitocina"><meta name="citation_pii" content="S1130862119305200"></head><body><div id="abstracts">${box('es', 'Resumen', 'Objetivo: evaluar el efecto del masaje de oxitocina en la producción de leche materna.')}${box('en', 'Abstract', 'Objective: to evaluate the effect of oxytocin massage on breast-milk production.')}</div></body></html>`;
    expect(read(page)!.articles[0].abstract).toBe('Objective: to evaluate the effect of oxytocin massage on breast-milk production.');
  });

  it('falls back to the embedded JSON for authors (abs/ URL)', () => {
    const found = read(jsonAuthors)!;
    expect(found.articles[0]).toMatchObject({
      authors: ['Alexander O. Mitrushenkov', 'Paolo Palmieri'],
      year: 1997,
      journal: 'Chemical Physics Letters',
      issue: '4-6',
      pages: '285-290',
      doi: '10.1016/s0009-2614(97)04014-1',
      abstract: 'The Cr2 potential energy curve is obtained by a CI procedure.',
      sourceId: 'S0009261497040141',
    });
  });

  it('copes with rows drawn late: nothing yet, then the rows', () => {
    const { doc, url } = load(loading);
    expect(sciencedirect.extract(doc, url)).toBeNull();
    // The script draws the list; the content script reads again on the mutation.
    const drawn = load(search).doc.querySelector('.SearchBody')!;
    doc.querySelector('.SearchBody')!.replaceWith(doc.importNode(drawn, true));
    const found = sciencedirect.extract(doc, url)!;
    expect(found.kind).toBe('results');
    expect(found.articles).toHaveLength(2);
    expect(found.rows!.map((r) => r.article)).toEqual(found.articles);
  });

  it('reports a search with no results as an empty list', () => {
    const { doc, url } = load(loading);
    doc.querySelector('.SearchBody')!.innerHTML = '<div class="search-body-no-results">No results found</div>';
    expect(sciencedirect.extract(doc, url)).toMatchObject({ kind: 'results', articles: [], totalResults: 0 });
  });

  it('ignores other ScienceDirect pages', () => {
    const { doc } = load(article);
    expect(sciencedirect.extract(doc, new URL('https://www.sciencedirect.com/journal/the-lancet'))).toBeNull();
  });
});
