// Page layouts the generic reader ("Read this page") misread next: a reference list headed by a
// bold paragraph, OJS 3's "has_sidebar" wrapper, a journal's home page linking one DOI, names
// listed "A, B dan C", JSON-LD typed both "Article" and "BlogPosting", and two JSON-LD blocks.
import { describe, expect, it } from 'vitest';
import { doiLink, readPage as read, TITLE } from './reader-page';
const ld = (...blocks: object[]) => blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join('');

describe('the DOI the body links to', () => {
  it('is none when the reference list is headed by a bold or plain paragraph', () => {
    for (const heading of ['<p><strong>DAFTAR PUSTAKA</strong></p>', '<p class="judul">REFERENCES</p>', '<b>Daftar Rujukan:</b>']) {
      const body = `<h2>Abstrak</h2><p>Pijat oksitosin meningkatkan produksi ASI.</p>${heading}<p>Lee A. ${doiLink('10.1111/jocn.9')}</p>`;
      expect(read(TITLE, body)?.doi, heading).toBeUndefined();
    }
  });

  it("is the article's own inside OJS 3's has_sidebar wrapper, not the sidebar's", () => {
    const body = `<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main"><section class="item doi">${doiLink('10.33546/jk.v5i2.77')}</section></div><div class="pkp_structure_sidebar left">${doiLink('10.1111/jocn.4')}</div></div>`;
    expect(read(TITLE, body)?.doi).toBe('10.33546/jk.v5i2.77');
  });

  it("is never the journal's own, in the page's footer or header (banner)", () => {
    const own = `<article><header><h1>Pijat oksitosin</h1>${doiLink('10.33546/jk.v5i2.77')}</header></article>`;
    for (const box of [
      '<div class="pkp_structure_footer_wrapper" role="contentinfo">',
      '<div class="site-footer">',
      '<footer>',
      '<header>',
      '<div class="pkp_structure_head" role="banner">',
    ]) {
      const other = `${box}<p>Jurnal Kebidanan ${doiLink('10.33546/jk')}</p></${box.slice(1, box.search(/[ >]/))}>`;
      expect(read(TITLE, `<h2>Abstrak</h2><p>Pijat oksitosin.</p>${other}`)?.doi, box).toBeUndefined();
      expect(read(TITLE, other + own)?.doi, box).toBe('10.33546/jk.v5i2.77');
    }
    // A layout wrapper named for its footer holds the article (arXiv).
    expect(read(TITLE, `<div class="flex-wrap-footer"><h1>Pijat oksitosin</h1>${doiLink('10.33546/jk.v5i2.77')}</div>`)?.doi).toBe('10.33546/jk.v5i2.77');
  });
});

describe('what counts as an article', () => {
  it("is not a journal's home page with a title, a description and one DOI link", () => {
    const head = '<meta name="DC.Title" content="Jurnal Kebidanan Malahayati"><meta name="DC.Description" content="Jurnal ilmiah kebidanan yang terbit dua kali setahun.">';
    const body = `<h2>Artikel terbaru</h2><div class="obj_article_summary"><a href="/article/view/5">Senam hamil</a> ${doiLink('10.33024/jkm.v9i1.5')}</div>`;
    expect(read(head, body)).toBeUndefined();
  });

  it('is no blog post typed both "Article" and "BlogPosting" or "NewsArticle"', () => {
    for (const type of [
      ['Article', 'BlogPosting'],
      ['NewsArticle', 'Article'],
    ]) {
      const post = { '@type': type, headline: 'Manfaat pijat oksitosin', author: { '@type': 'Person', name: 'Dewi Lestari' }, datePublished: '2024-02-02' };
      expect(read(ld(post)), type.join()).toBeUndefined();
    }
    const paper = { '@type': ['Article', 'MedicalScholarlyArticle'], headline: 'Pijat oksitosin', author: { '@type': 'Person', name: 'Dewi Lestari' }, datePublished: '2024' };
    expect(read(ld(paper))?.authors).toEqual(['Dewi Lestari']);
  });

  it("takes the scholarly JSON-LD block, not a blog plugin's block naming the web page", () => {
    const page = { '@type': 'Article', headline: 'Jurnal Kebidanan - Artikel', author: { '@type': 'Person', name: 'admin' } };
    const paper = { '@type': 'ScholarlyArticle', headline: 'Senam hamil dan kecemasan', author: { '@type': 'Person', name: 'Nur Hidayah' }, datePublished: '2022' };
    expect(read(ld(page, paper))).toMatchObject({ title: 'Senam hamil dan kecemasan', authors: ['Nur Hidayah'], year: 2022 });
  });
});

describe('other fields', () => {
  it('splits full names listed "A, B dan C" in one tag, but keeps "Last, First"', () => {
    expect(read(`${TITLE}<meta name="DC.Creator" content="Siti Aminah, Budi Santoso dan Rina Wati">`)?.authors).toEqual(['Siti Aminah', 'Budi Santoso', 'Rina Wati']);
    expect(read(`${TITLE}<meta name="DC.Creator" content="Aminah, Siti dan Santoso, Budi">`)?.authors).toHaveLength(1);
  });

  it("takes EPrints' abstract before a Dublin Core description", () => {
    const head =
      '<meta name="eprints.title" content="Dukungan keluarga dan ASI"><meta name="DC.description" content="Skripsi, Universitas Contoh."><meta name="eprints.abstract" content="Dukungan keluarga berhubungan dengan ASI eksklusif.">';
    expect(read(head)?.abstract).toBe('Dukungan keluarga berhubungan dengan ASI eksklusif.');
  });

  it("takes no keywords from an EPrints page's DC.subject (Library of Congress classes), but its eprints.keywords", () => {
    const head =
      '<meta name="eprints.title" content="Senam hamil dan kecemasan"><meta name="eprints.subjects" content="R1"><meta name="DC.subject" content="R Medicine (General)"><meta name="DC.subject" content="RG Gynecology and obstetrics">';
    expect(read(head)?.keywords).toBeUndefined();
    expect(read(`${head}<meta name="eprints.keywords" content="senam hamil; kecemasan">`)?.keywords).toEqual(['senam hamil', 'kecemasan']);
    // Elsewhere DC.subject holds the authors' keywords.
    expect(read(`${TITLE}<meta name="DC.subject" content="senam hamil; kecemasan">`)?.keywords).toEqual(['senam hamil', 'kecemasan']);
  });
});
