// OJS journal pages (most Indonesian journals) whose abstract the generic reader lost or ran
// together, and the abstract box of ResearchGate's publication pages.
import { describe, expect, it } from 'vitest';
import { readPage as read, TITLE } from './reader-page';

const ENGLISH = 'Breast milk production is often insufficient in the first days after birth. This quasi-experimental study gave oxytocin massage to 30 mothers.';
const INDONESIAN = 'Produksi ASI sering tidak mencukupi pada hari-hari pertama setelah melahirkan. Penelitian kuasi eksperimen ini memberikan pijat oksitosin kepada 30 ibu.';
const meta = (content: string) => `${TITLE}<meta name="DC.Description" content="${content}">`;
// What OJS's strip_tags makes of "<p><b>ABSTRACT</b></p><p>…</p><p>Keywords: …</p>…": no breaks.
const GLUED = `ABSTRACT${ENGLISH}Keywords: oxytocin massage, breast milkABSTRAK${INDONESIAN}Kata kunci: pijat oksitosin`;

describe('an abstract in each language (OJS 3.3 and later, both plugins on)', () => {
  // pkp-lib's Google Scholar plugin writes citation_abstract in the article's language only; its
  // Dublin Core plugin writes DC.Description in each of the article's languages.
  const head =
    `${TITLE}<meta name="citation_abstract" xml:lang="id" content="${INDONESIAN}">` +
    `<meta name="DC.Description" xml:lang="id" content="${INDONESIAN}"><meta name="DC.Description" xml:lang="en" content="${ENGLISH}">`;

  it('keeps both, in page order, though citation_abstract holds one', () => {
    expect(read(head)?.abstract).toBe(`${INDONESIAN}\n${ENGLISH}`);
  });

  it('keeps the keywords of each language: citation_keywords in one, DC.Subject in each', () => {
    const tag = (name: string, lang: string, words: string[]) => words.map((w) => `<meta name="${name}" xml:lang="${lang}" content="${w}">`).join('');
    const keywords =
      tag('citation_keywords', 'id', ['pijat oksitosin', 'ASI']) +
      tag('DC.Subject', 'id', ['pijat oksitosin', 'ASI']) +
      tag('DC.Subject', 'en', ['oxytocin massage', 'breast milk']);
    expect(read(head + keywords)?.keywords).toEqual(['pijat oksitosin', 'ASI', 'oxytocin massage', 'breast milk']);
    // One language in both: the citation tags alone, as before (a publisher's DC.Subject may be its subject areas).
    expect(read(`${TITLE}${tag('citation_keywords', 'en', ['burnout'])}${tag('DC.Subject', 'en', ['Nursing'])}`)?.keywords).toEqual(['burnout']);
  });

  it('never lets a DSpace thesis’s notes (DC.description, en_US and untagged) replace its abstract or join its keywords', () => {
    const dspace =
      `${TITLE}<meta name="DCTERMS.abstract" xml:lang="en_US" content="${ENGLISH}">` +
      '<meta name="DC.description" xml:lang="en_US" content="Thesis (M.Kep.)--Universitas Indonesia, 2019.">' +
      '<meta name="DC.description" content="Includes bibliographical references (p. 80-92).">' +
      '<meta name="citation_keywords" content="oxytocin massage"><meta name="DC.subject" xml:lang="en_US" content="Nursing -- Indonesia"><meta name="DC.subject" content="Breast feeding">';
    const article = read(dspace);
    expect(article?.abstract).toBe(ENGLISH);
    expect(article?.keywords).toEqual(['oxytocin massage']);
  });

  it('keeps the one citation_abstract when no tag holds another language', () => {
    expect(read(`${TITLE}<meta name="citation_abstract" xml:lang="id" content="${INDONESIAN}"><meta name="DC.Description" xml:lang="id" content="${INDONESIAN}">`)?.abstract).toBe(
      INDONESIAN,
    );
  });
});

describe('an abstract run together in the meta tags (OJS)', () => {
  it('is taken from the page’s own abstract box when there is one', () => {
    const body = `<section class="item abstract"><h2 class="label">Abstract</h2><p>${ENGLISH}</p></section>`;
    expect(read(meta(GLUED), body)?.abstract).toBe(ENGLISH);
  });

  it('has its labels put back on lines of their own when there is none, so words match and languages part', () => {
    const abstract = read(meta(GLUED))?.abstract ?? '';
    expect(abstract.split('\n')).toEqual(['ABSTRACT', ENGLISH, 'Keywords: oxytocin massage, breast milk', 'ABSTRAK', INDONESIAN, 'Kata kunci: pijat oksitosin']);
    const headings = read(meta(`Background${ENGLISH}MethodsThe design was quasi-experimental.Results: milk volume rose.`))?.abstract;
    expect(headings).toBe(`Background\n${ENGLISH}\nMethods\nThe design was quasi-experimental.\nResults: milk volume rose.`);
  });

  it('is left as written when nothing is run together (CamelCase words and "Methodist" included)', () => {
    const text = `Background: ${ENGLISH} Mothers used WhatsApp and YouTube; a Methodist hospital. We searched ABSTRACTS and eMethods; MethodsX is a journal. Results were consistent.`;
    expect(read(meta(text))?.abstract).toBe(text);
  });
});

describe('an OJS abstract box whose first paragraph is only a label', () => {
  it('is read from the label that has text after it', () => {
    const box = (inner: string) => `<section class="item abstract"><h2 class="label">Abstract</h2>${inner}</section>`;
    expect(read(TITLE, box(`<p><strong>ABSTRACT</strong></p><p>${ENGLISH}</p>`))?.abstract).toBe(ENGLISH);
    expect(read(TITLE, box(`<p><em><strong>Abstract</strong></em></p><p>${ENGLISH}</p>`))?.abstract).toBe(ENGLISH);
    // Both languages in one box: the first one with text.
    expect(read(TITLE, box(`<p><b>ABSTRACT</b></p><p>${ENGLISH}</p><p><b>ABSTRAK</b></p><p>${INDONESIAN}</p>`))?.abstract).toBe(ENGLISH);
  });
});

describe('ResearchGate publication pages', () => {
  it('give the abstract their page shows (their meta description is a "PDF | … Find, read and cite" blurb)', () => {
    const body = `<div class="nova-legacy-e-text research-detail-middle-section__abstract">${INDONESIAN}</div>`;
    expect(read(TITLE, body)?.abstract).toBe(INDONESIAN);
  });
});

describe('PMC’s older article layout', () => {
  it('leaves the keywords line after the abstract out of it', () => {
    const body = `<div class="abstract" id="abstract-1"><h2>Abstract</h2><p>${ENGLISH}</p><p><strong class="kwd-title">Keywords: </strong><span class="kwd-text">oxytocin, lactation</span></p></div>`;
    expect(read(TITLE, body)?.abstract).toBe(ENGLISH);
  });
});

describe('an abstract that would hold a paragraph twice', () => {
  it('holds it once, whatever the spacing, quotes and punctuation of the copy', () => {
    const copy = ENGLISH.replace('first days', '“first days”').replace(/\.$/, ' .');
    const page = `${TITLE}<meta name="DC.Description" xml:lang="en" content="${ENGLISH}"><meta name="DC.Description" xml:lang="en-GB" content="${copy}">`;
    expect(read(page)?.abstract).toBe(ENGLISH);
    // Each language's abstract stays, and so do short lines that come again (a heading in each).
    const both = `${TITLE}<meta name="DC.Description" xml:lang="id" content="${INDONESIAN}"><meta name="DC.Description" xml:lang="en" content="${ENGLISH}">`;
    expect(read(both)?.abstract).toBe(`${INDONESIAN}\n${ENGLISH}`);
  });
});
