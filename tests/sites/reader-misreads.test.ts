// Journal and repository pages the generic reader ("Read this page") used to misread: a DOI
// taken from the references, subject areas as keywords, marks on names, markup left in values,
// EPrints tags, nested JSON-LD, and a blog post read as an article.
import { describe, expect, it } from 'vitest';
import { doiLink, readPage as read, TITLE } from './reader-page';

describe('the DOI the body links to', () => {
  const own = `<div class="article-header">${doiLink('10.33546/jk.v5i2.77')}</div>`;
  const elsewhere = [
    `<ol class="ref-list"><li>Lee A. ${doiLink('10.1111/jocn.1')}</li></ol>`,
    `<div id="bibliography"><p>${doiLink('10.1111/jocn.2')}</p></div>`,
    `<section><h3>Daftar Pustaka</h3><p>Sari D. ${doiLink('10.1111/jocn.3')}</p></section>`,
    `<div class="col right-sidebar">${doiLink('10.1111/jocn.4')}</div>`,
    `<div class="abstract"><p>Data are available at ${doiLink('10.5281/zenodo.12345')}.</p></div>`,
  ];

  it("is the article's own, whatever references, sidebars and the abstract link to", () => {
    for (const other of elsewhere) expect(read(TITLE, own + other)?.doi, other).toBe('10.33546/jk.v5i2.77');
  });

  it('is none when the only DOIs are under a references heading', () => {
    expect(read(TITLE, `<h2>Abstract</h2><p>Text.</p><h2>References</h2><p>${doiLink('10.1111/jocn.5')}</p>`)?.doi).toBeUndefined();
    expect(read(TITLE, elsewhere[2])?.doi).toBeUndefined();
  });
});

describe('keywords', () => {
  it("are not a publisher's subject areas (Springer, BMC)", () => {
    const page = `${TITLE}<meta name="dc.publisher" content="BioMed Central"><meta name="dc.subject" content="Medicine &amp; Public Health"><meta name="dc.subject" content="Nursing">`;
    expect(read(page)?.keywords).toBeUndefined();
  });

  it('split repeated tags holding labelled comma lists, without the final full stop', () => {
    const page = `${TITLE}<meta name="citation_keywords" content="Kata kunci: stunting, balita, gizi."><meta name="citation_keywords" content="Keywords: stunting, toddler, nutrition.">`;
    expect(read(page)?.keywords).toEqual(['stunting', 'balita', 'gizi', 'toddler', 'nutrition']);
  });

  it("leave out DSpace's item type", () => {
    const page = `${TITLE}<meta name="DC.type" content="Thesis"><meta name="citation_keywords" content="stunting"><meta name="citation_keywords" content="Thesis">`;
    expect(read(page)?.keywords).toEqual(['stunting']);
  });
});

describe('markup and words left in values', () => {
  it('decodes named entities escaped twice and joins inline tags written into the attribute', () => {
    const a = read('<meta name="citation_title" content="TNF-&amp;alpha; and HbA&lt;sub&gt;1c&lt;/sub&gt; in &lt;i&gt;postpartum&lt;/i&gt; mothers">');
    expect(a?.title).toBe('TNF-α and HbA1c in postpartum mothers');
  });

  it('takes "Vol.", "No." and "pp." off the numbers', () => {
    const page = `${TITLE}<meta name="citation_volume" content="Vol. 5"><meta name="citation_issue" content="No. 2"><meta name="dc.identifier.pagenumber" content="pp. 12-20">`;
    expect(read(page)).toMatchObject({ volume: '5', issue: '2', pages: '12-20' });
  });

  it('takes marks off names and splits names joined by "dan"', () => {
    expect(read(`${TITLE}<meta name="citation_author" content="Siti Aminah1*"><meta name="citation_author" content="Budi Santoso2,3">`)?.authors).toEqual([
      'Siti Aminah',
      'Budi Santoso',
    ]);
    expect(read(`${TITLE}<meta name="citation_author" content="Siti Aminah dan Budi Santoso">`)?.authors).toEqual(['Siti Aminah', 'Budi Santoso']);
  });

  it('puts the second language of a bilingual abstract on a line of its own', () => {
    const id = `Abstrak: ${'Pijat oksitosin meningkatkan produksi ASI pada ibu nifas. '.repeat(3)}`;
    const en = `Abstract: ${'Oxytocin massage increases breast milk production in postpartum mothers. '.repeat(3)}`;
    const a = read(`${TITLE}<meta name="citation_abstract" content="${id} ${en}">`);
    expect(a?.abstract?.split('\n')).toEqual([id.trim(), en.trim()]);
  });
});

describe('other metadata', () => {
  it('reads EPrints tags', () => {
    const a = read(
      '<meta name="eprints.title" content="Hubungan dukungan keluarga dengan ASI eksklusif"><meta name="eprints.creators_name" content="Aminah, Siti"><meta name="eprints.creators_name" content="Santoso, Budi"><meta name="eprints.date" content="2021-08"><meta name="eprints.publication" content="Jurnal Kebidanan"><meta name="eprints.volume" content="7"><meta name="eprints.number" content="1"><meta name="eprints.pagerange" content="10-18"><meta name="eprints.id_number" content="10.31983/jkb.v7i1.123"><meta name="eprints.abstract" content="Dukungan keluarga berhubungan dengan ASI eksklusif pada ibu bekerja."><meta name="eprints.keywords" content="ASI eksklusif; dukungan keluarga">',
    );
    expect(a).toMatchObject({
      authors: ['Aminah, Siti', 'Santoso, Budi'],
      year: 2021,
      journal: 'Jurnal Kebidanan',
      volume: '7',
      issue: '1',
      pages: '10-18',
      doi: '10.31983/jkb.v7i1.123',
      keywords: ['ASI eksklusif', 'dukungan keluarga'],
    });
  });

  it('reads nested JSON-LD volume and issue, page start and end, language, inside CDATA', () => {
    const work = {
      '@type': 'ScholarlyArticle',
      headline: 'Senam hamil dan kecemasan',
      author: { '@type': 'Person', name: 'Nur Hidayah' },
      pageStart: '45',
      pageEnd: '52',
      inLanguage: 'id',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '3',
        isPartOf: { '@type': 'PublicationVolume', volumeNumber: '9', isPartOf: { '@type': 'Periodical', name: 'Jurnal Bidan' } },
      },
    };
    const a = read(`<script type="application/ld+json">//<![CDATA[\n${JSON.stringify(work)}\n//]]></script>`);
    expect(a).toMatchObject({ journal: 'Jurnal Bidan', volume: '9', issue: '3', pages: '45-52', language: 'id', authors: ['Nur Hidayah'] });
  });

  it('reads COinS creators and description', () => {
    const title =
      'ctx_ver=Z39.88-2004&rft.atitle=Pijat%20bayi&rft.creator=Aminah%2C%20Siti&rft.creator=Santoso%2C%20Budi&rft.description=Pijat%20bayi%20memperbaiki%20tidur%20bayi%20usia%203-6%20bulan.&rft.date=2022';
    expect(read('', `<span class="Z3988" title="${title}"></span>`)).toMatchObject({
      title: 'Pijat bayi',
      authors: ['Aminah, Siti', 'Santoso, Budi'],
      abstract: 'Pijat bayi memperbaiki tidur bayi usia 3-6 bulan.',
    });
  });

  it('is no article for a blog post typed "Article", but reads a scholarly one', () => {
    const post = { '@type': 'Article', headline: 'Tips ASI untuk ibu bekerja', author: { '@type': 'Person', name: 'admin' }, datePublished: '2023-01-02' };
    expect(read(`<meta property="og:type" content="article"><script type="application/ld+json">${JSON.stringify(post)}</script>`)).toBeUndefined();
    const paper = { ...post, '@type': 'ScholarlyArticle', author: { '@type': 'Person', name: 'Siti Aminah' } };
    expect(read(`<script type="application/ld+json">${JSON.stringify(paper)}</script>`)?.authors).toEqual(['Siti Aminah']);
  });
});

describe('pages', () => {
  it("of a proceedings' part (IEEE: citation_firstpage III-493, lastpage III-496) are the whole range, as imports read them", () => {
    const page = `${TITLE}<meta name="citation_firstpage" content="III-493"><meta name="citation_lastpage" content="III-496">`;
    expect(read(page)?.pages).toBe('III-493-III-496');
    // Written with an en dash (second review): the last page is not lost.
    expect(read(`${TITLE}<meta name="citation_firstpage" content="III–493"><meta name="citation_lastpage" content="III–496">`)?.pages).toBe('III–493-III–496');
    // A first page that is a range already stays as it is.
    expect(read(`${TITLE}<meta name="citation_firstpage" content="45-52"><meta name="citation_lastpage" content="52">`)?.pages).toBe('45-52');
  });
});
