// Publisher and archive pages the generic reader had not been tested on (PMC's 2024 layout,
// Springer and BMC, publishers' keyword lists), written from their markup.
import { describe, expect, it } from 'vitest';
import { readPage as read, TITLE } from './reader-page';

const PMC_2024 = `<main id="main-content"><article lang="en"><section class="body main-article-body">
<section class="abstract" id="abstract1"><h2>Abstract</h2><section id="sec1"><h3>Background</h3><p>Burnout is common among intensive care nurses and harms patient care.</p></section>
<section class="kwd-group"><p><strong>Keywords:</strong> Burnout, Intensive care, Nursing</p></section></section>
<section class="kwd-group"><p><strong>Abbreviations:</strong> ICU, intensive care unit</p></section></section></article></main>`;

const SPRINGER = `<main><article><section data-title="Keywords"><div class="c-article-section" id="Keywords-section"><h2 class="c-article-section__title">Keywords</h2>
<ul class="c-article-subject-list"><li class="c-article-subject-list__subject"><span>Moral distress</span></li><li class="c-article-subject-list__subject"><span>Nurses, Hospital</span></li></ul></div></section></article></main>`;

describe("keywords from the page's own keyword list", () => {
  it('are read when the metadata names none (PMC, older JATS renderings)', () => {
    expect(read(TITLE, PMC_2024)?.keywords).toEqual(['Burnout', 'Intensive care', 'Nursing']);
    const old = '<div class="kwd-group"><strong class="kwd-title">Key words: </strong><span class="kwd-text">oxytocin; lactation</span></div>';
    expect(read(TITLE, old)?.keywords).toEqual(['oxytocin', 'lactation']);
  });

  it("are a Springer or BMC page's subject list, one keyword per item, beside its subject areas", () => {
    const head = `${TITLE}<meta name="dc.publisher" content="BioMed Central"><meta name="dc.subject" content="Nursing">`;
    expect(read(head, SPRINGER)?.keywords).toEqual(['Moral distress', 'Nurses, Hospital']);
  });

  it("are each link of a list of links side by side (Taylor & Francis, as Zotero's translator reads them), not one run-together word", () => {
    const link = (k: string) => `<a class="kwd-btn keyword-click" href="/keyword/${encodeURIComponent(k)}">${k}</a>`;
    const tandf = (sep: string) =>
      `<div class="abstractKeywords"><div class="hlFld-KeywordText"><p class="kwd-title">KEYWORDS: </p>${['Peru', 'employment', 'labor costs'].map(link).join(sep)}</div></div>`;
    for (const sep of ['', ', ', '; ']) expect(read(TITLE, tandf(sep))?.keywords, sep).toEqual(['Peru', 'employment', 'labor costs']);
    // A keyword list holding words beside its one link is read as its words.
    const mixed = '<div class="article-keywords">Keywords: stunting, balita, <a href="/search?q=gizi">gizi</a></div>';
    expect(read(TITLE, mixed)?.keywords).toEqual(['stunting', 'balita', 'gizi']);
  });

  it("are OJS 3.0 and 3.1's keyword box (a div, not 3.2's section; Bootstrap 3's list item) when the tags hold none", () => {
    // OJS 3.0's Google Scholar and Dublin Core plugins swap explode()'s arguments: each keyword tag holds "; ".
    const broken = `${TITLE}<meta name="citation_keywords" xml:lang="en" content="; "/><meta name="DC.Subject" xml:lang="en" content="; "/>`;
    const box = '<div class="item keywords"><span class="label">Keywords:</span><span class="value">oxytocin massage, \tbreast milk, \tpostpartum\t</span></div>';
    expect(read(broken, box)?.keywords).toEqual(['oxytocin massage', 'breast milk', 'postpartum']);
    // The Bootstrap 3 theme of the same years, and Indonesian themes made from it.
    const bootstrap = `<div class="list-group-item keywords"><strong>Keywords:</strong><div><span class="value">oxytocin massage, breast milk, postpartum</span></div></div>`;
    expect(read(broken, bootstrap)?.keywords).toEqual(['oxytocin massage', 'breast milk', 'postpartum']);
  });

  it('give way to the metadata, and never come from another label or the references', () => {
    expect(read(`${TITLE}<meta name="citation_keywords" content="burnout; ICU nurses">`, PMC_2024)?.keywords).toEqual(['burnout', 'ICU nurses']);
    expect(read(TITLE, '<section class="kwd-group"><p><strong>Abbreviations:</strong> ICU, intensive care unit</p></section>')?.keywords).toBeUndefined();
    expect(read(TITLE, `<ol class="ref-list"><li><div class="kwd-group">Keywords: pain, sleep</div></li></ol>`)?.keywords).toBeUndefined();
  });
});

describe('an abstract tag written once per language (OJS 3)', () => {
  const ID = 'Latar belakang: Kecemasan sering dialami ibu hamil trimester ketiga. Hasil: senam hamil menurunkan kecemasan.';
  const EN = 'Background: Anxiety is common among pregnant women in the third trimester. Results: prenatal exercise reduced anxiety.';
  const tags = (name: string, attr: string) => `<meta name="${name}" ${attr}="id" content="${ID}"><meta name="${name}" ${attr}="en" content="${EN}">`;

  it("keeps each language's abstract, a paragraph each, in page order", () => {
    expect(read(`${TITLE}${tags('citation_abstract', 'xml:lang')}`)?.abstract).toBe(`${ID}\n${EN}`);
    expect(read(`${TITLE}${tags('DC.Description', 'xml:lang')}`)?.abstract).toBe(`${ID}\n${EN}`);
    expect(read(`${TITLE}${tags('dc.description', 'lang')}`)?.abstract).toBe(`${ID}\n${EN}`);
  });

  it("keeps the first of repeated tags in one language (a repository's notes), and one copy of a repeated abstract", () => {
    expect(read(`${TITLE}<meta name="DC.description" content="${EN}"><meta name="DC.description" content="Skripsi, Fakultas Keperawatan">`)?.abstract).toBe(EN);
    expect(read(`${TITLE}<meta name="citation_abstract" xml:lang="en" content="${EN}"><meta name="citation_abstract" xml:lang="en_US" content="${EN}">`)?.abstract).toBe(EN);
  });
});

describe("a structured abstract the metadata runs together (Springer's and BMC's dc.description)", () => {
  const RUN = 'Background Moral distress is common among nurses. Methods A qualitative study of 20 nurses. Results Three themes emerged.';
  const BOX = `<section data-title="Abstract"><div class="c-article-section__content" id="Abs1-content"><h3>Background</h3><p>Moral distress is common among nurses.</p><h3>Methods</h3><p>A qualitative study of 20 nurses.</p><h3>Results</h3><p>Three themes emerged.</p></div></section>`;

  it("is read from the page's box, whose sections have lines of their own", () => {
    expect(read(`${TITLE}<meta name="dc.description" content="${RUN}">`, BOX)?.abstract).toBe(
      'Background: Moral distress is common among nurses.\nMethods: A qualitative study of 20 nurses.\nResults: Three themes emerged.',
    );
  });

  it('stays as the metadata gives it when the box holds other words (another language, a part of it)', () => {
    const other = BOX.replace('Three themes emerged.', 'Three themes emerged. Trial registration: none.');
    expect(read(`${TITLE}<meta name="dc.description" content="${RUN}">`, other)?.abstract).toBe(RUN);
  });
});

describe('pages', () => {
  it('are the first page tag alone when it holds the whole range already', () => {
    expect(read(`${TITLE}<meta name="citation_firstpage" content="45-52"><meta name="citation_lastpage" content="52">`)?.pages).toBe('45-52');
    expect(read(`${TITLE}<meta name="prism.startingPage" content="e12–e20"><meta name="prism.endingPage" content="e20">`)?.pages).toBe('e12–e20');
    expect(read(`${TITLE}<meta name="citation_firstpage" content="45"><meta name="citation_lastpage" content="52">`)?.pages).toBe('45-52');
  });
});

describe('volume and issue', () => {
  it("are the numbers of an issue's label, as OJS prints it, with the issue's title and year left out", () => {
    const page = `${TITLE}<meta name="citation_volume" content="Vol 5 No 2 (2021)"><meta name="citation_issue" content="No 2 (2021): Juli - Desember">`;
    expect(read(page)).toMatchObject({ volume: '5', issue: '2' });
    expect(read(`${TITLE}<meta name="citation_volume" content="Volume 7 Nomor 1, Maret 2020">`)).toMatchObject({ volume: '7', issue: '1' });
    expect(read(`${TITLE}<meta name="citation_volume" content="Vol. 5"><meta name="citation_issue" content="Suppl 1">`)).toMatchObject({ volume: '5', issue: 'Suppl 1' });
  });

  it('come with the pages from a harvested OJS source, never with its ISSN as the pages', () => {
    expect(read(`${TITLE}<meta name="DC.Source" content="Jurnal Ners; Vol 8, No 2 (2019); 45-52 ; 2502-5791">`)).toMatchObject({
      journal: 'Jurnal Ners',
      volume: '8',
      issue: '2',
      pages: '45-52',
    });
    const noPages = read(`${TITLE}<meta name="DC.Source" content="Jurnal Ners; Vol 8, No 2 (2019) ; 2502-5791 ; 1858-3598">`);
    expect(noPages).toMatchObject({ journal: 'Jurnal Ners', volume: '8', issue: '2' });
    expect(noPages?.pages).toBeUndefined();
  });

  it('give the year of the issue, before a date tag giving the day the article went online, and after citation_publication_date', () => {
    const online = '<meta name="citation_date" content="2020/01/15"><meta name="citation_online_date" content="2020/01/15">';
    expect(read(`${TITLE}${online}<meta name="citation_volume" content="8"><meta name="citation_issue" content="No 2 (2019): Juli - Desember">`)?.year).toBe(2019);
    // A repository's copy of an OJS record: the issue's label in DC.Source.
    expect(read(`${TITLE}${online}<meta name="citation_volume" content="8"><meta name="DC.Source" content="Jurnal Ners; Vol 8, No 2 (2019); 45-52">`)?.year).toBe(2019);
    expect(read(`${TITLE}${online}<meta name="citation_publication_date" content="2020-02-01"><meta name="citation_volume" content="Vol 8 No 2 (2019)">`)?.year).toBe(2020);
    expect(read(`${TITLE}${online}<meta name="citation_volume" content="8">`)?.year).toBe(2020);
  });
});

describe("an OJS article's title in another language", () => {
  const ID = 'Pijat oksitosin dan produksi ASI';
  const EN = 'Oxytocin massage and breast milk production';

  it('is the English title beside the Indonesian one, from a second citation_title in English too', () => {
    expect(read(`${TITLE}<meta name="citation_title" xml:lang="en" content="${EN}">`)).toMatchObject({ title: EN, originalTitle: ID });
    expect(read(`${TITLE}<meta name="DC.Title.Alternative" xml:lang="en_US" content="${EN}">`)).toMatchObject({ title: EN, originalTitle: ID });
  });

  it('leaves an English article, a title in no other language and a title given again as they are', () => {
    const english = `<meta name="citation_title" content="${EN}"><meta name="citation_language" content="en"><meta name="DC.Title.Alternative" xml:lang="en_GB" content="Oxytocin massage and breastmilk production">`;
    expect(read(english)?.originalTitle).toBeUndefined();
    expect(read(`${TITLE}<meta name="DC.Title.Alternative" xml:lang="fr" content="Massage à l'ocytocine">`)).not.toHaveProperty('originalTitle');
    expect(read(`${TITLE}<meta name="citation_title" xml:lang="en" content="${ID}">`)).toMatchObject({ title: ID });
    expect(read(`${TITLE}<meta name="citation_title" xml:lang="en" content="${ID}">`)).not.toHaveProperty('originalTitle');
  });
});
