// Garuda pages as other themes and OJS metadata write them: a journal link wrapping the whole
// journal line, author links holding several names, Crossref DOI links, "no result" messages in
// either language, and sidebars that link documents without being results.
import { describe, expect, it } from 'vitest';
import { garuda } from '../../lib/sites/garuda';
import { expectValid, load } from './parse';

const SEARCH = 'https://garuda.kemdiktisaintek.go.id/documents?q=pijat%20oksitosin';

const read = (body: string, url = SEARCH) => {
  const { doc, url: at } = load(`<!-- url: ${url} --><html><body>${body}</body></html>`);
  const found = garuda.extract(doc, at);
  expectValid(found);
  return found;
};

const record = (id: string, inner: string) => `<div class="row"><h4><a href="/documents/detail/${id}">Pijat oksitosin dan produksi ASI ${id}</a></h4>${inner}</div>`;

describe('Garuda records written other ways', () => {
  it('takes the journal name, volume, issue and year from a link wrapping the whole journal line', () => {
    const found = read(record('3012345', '<a href="/author/view/11">Siti Aminah</a><br><a href="/journal/view/2211">Jurnal Kebidanan Malahayati Vol 9 No 1 (2023): Januari</a>'));
    expect(found?.articles[0]).toMatchObject({ journal: 'Jurnal Kebidanan Malahayati', volume: '9', issue: '1', year: 2023 });
  });

  it('keeps the journal link name when the numbers sit beside it', () => {
    const found = read(record('3012346', '<a href="/author/view/11">Siti Aminah</a><div><a href="/journal/view/2211">Jurnal Kebidanan</a> Vol. 4 No. 2 (2021)</div>'));
    expect(found?.articles[0]).toMatchObject({ journal: 'Jurnal Kebidanan', volume: '4', issue: '2', year: 2021 });
  });

  it('splits one author link listing several names, and drops a stray ";"', () => {
    const found = read(
      record('3012347', '<a href="/author/view/1">Rina Marlina; Dewi Kartika; Sri Wahyuni</a> <a href="/author/view/2">Nur Aisyah;</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div>'),
    );
    expect(found?.articles[0].authors).toEqual(['Rina Marlina', 'Dewi Kartika', 'Sri Wahyuni', 'Nur Aisyah']);
  });

  it('reads the DOI from a Crossref works link as from a doi.org link', () => {
    const found = read(
      record('3012348', '<a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div><a href="https://api.crossref.org/works/10.36911/jbid.v2i1.77">DOI</a>'),
    );
    expect(found?.articles[0].doi).toBe('10.36911/jbid.v2i1.77');
  });

  it('reads a record\'s own "DOI:" line, never a DOI its abstract cites', () => {
    const cited = 'Sesuai pedoman WHO (DOI: 10.1016/j.midw.2019.01.005), pijat oksitosin dinilai pada 30 ibu.';
    const own = read(
      record(
        '3012352',
        `<a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div><div>DOI: 10.36911/jbid.v2i1.78</div><xmp class="abstract-article">${cited}</xmp>`,
      ),
    );
    expect(own?.articles[0].doi).toBe('10.36911/jbid.v2i1.78');
    const none = read(record('3012353', `<a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div><div>Abstract</div><div>${cited}</div>`));
    expect(none?.articles[0].doi).toBeUndefined();
  });
});

describe("a journal's own page", () => {
  it("gives its documents the journal's name, which their volume lines leave out", () => {
    const page = `<h2>Jurnal Kebidanan Malahayati</h2>${record('3012350', '<a href="/author/view/1">Rina Marlina</a><div>Vol 9 No 1 (2023): Januari</div>')}`;
    const found = read(page, 'https://garuda.kemdiktisaintek.go.id/journal/view/2211');
    expect(found?.articles[0]).toMatchObject({ journal: 'Jurnal Kebidanan Malahayati', volume: '9', issue: '1', year: 2023 });
  });

  it("does not lend a search page's heading to its documents", () => {
    const page = `<h2>Found 1 documents</h2>${record('3012351', '<a href="/author/view/1">Rina Marlina</a><div>Vol 9 No 1 (2023)</div>')}`;
    expect(read(page)?.articles[0].journal).toBeUndefined();
  });
});

describe('Garuda records without a journal line', () => {
  it('take no journal, issue or year from the abstract ("PP No. 33 Tahun 2012", "Riskesdas (2018)")', () => {
    for (const abstract of ['Menurut Riskesdas (2018) prevalensi stunting masih tinggi.', 'Pemberian ASI diatur dalam PP No. 33 Tahun 2012; data dikumpulkan pada tahun 2021.']) {
      const found = read(record('3012350', `<a href="/author/view/1">Rina Marlina</a><xmp class="subtitle-article"></xmp><xmp class="abstract-article">${abstract}</xmp>`));
      const a = found?.articles[0];
      expect([a?.journal, a?.issue, a?.year], abstract).toEqual([undefined, undefined, undefined]);
      expect(a?.abstract).toBe(abstract);
    }
  });

  it('on a detail page, keep the linked journal but take no numbers from the abstract', () => {
    const found = read(
      `<div><h3><xmp>Kepatuhan bidan terhadap UU kesehatan</xmp></h3><a href="/author/view/1">Rina Marlina</a><a href="/journal/view/2211">Jurnal Bidan</a>
      <div>Abstract</div><xmp class="abstract-article">Sesuai UU No. 36 Tahun 2009, penelitian pada tahun 2022 ini menilai kepatuhan bidan.</xmp></div>`,
      'https://garuda.kemdiktisaintek.go.id/documents/detail/3012351',
    );
    expect(found?.articles[0]).toMatchObject({ title: 'Kepatuhan bidan terhadap UU kesehatan', journal: 'Jurnal Bidan' });
    expect([found?.articles[0].issue, found?.articles[0].year]).toEqual([undefined, undefined]);
  });

  it("never takes the site name as a detail page's title", () => {
    const { doc, url } = load(
      '<!-- url: https://garuda.kemdiktisaintek.go.id/documents/detail/3012352 --><html><head><title>Garuda - Garba Rujukan Digital</title></head><body><h1 class="card-title">Determinan pemberian ASI eksklusif</h1><a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div></body></html>',
    );
    expect(garuda.extract(doc, url)?.articles[0].title).toBe('Determinan pemberian ASI eksklusif');
  });
});

describe('Garuda pages that are not result lists', () => {
  it('reports an empty search in English or Indonesian as a search with no results', () => {
    for (const message of ['No Result Found', 'Data tidak ditemukan']) {
      expect(read(`<form><input name="q" value="pijat oksitosin"></form><div class="container"><p>${message}</p></div>`)).toMatchObject({
        kind: 'results',
        articles: [],
        totalResults: 0,
        query: 'pijat oksitosin',
      });
    }
  });

  it('does not take sidebar or popular-article links as results', () => {
    const sidebar = `<aside><h5>Popular</h5><ul><li><a href="/documents/detail/900001">Popular paper one</a></li><li><a href="/documents/detail/900002">Popular paper two</a></li></ul></aside>`;
    const bare = `<div class="widget"><ul><li><a href="/documents/detail/900003">Another listed title</a></li></ul></div>`;
    const found = read(`${sidebar}${record('3012349', '<a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div>')}${bare}<p>Found 1 documents</p>`);
    expect(found?.articles.map((a) => a.sourceId)).toEqual(['3012349']);
    // A page whose only document links are a sidebar is not a result list.
    expect(read(sidebar, 'https://garuda.kemdiktisaintek.go.id/area/index')).toBeNull();
  });

  it('does not take a list of journals, which counts its entries too, for a search', () => {
    const journals = '<div class="journal-item"><a href="/journal/view/2211">Jurnal Bidan</a></div><div class="pagination-text">Page 1 of 15 | Total Record : 150</div>';
    expect(read(journals, 'https://garuda.kemdiktisaintek.go.id/journal?page=1')).toBeNull();
  });
});

describe('Garuda fields beside the journal line', () => {
  it('takes no publisher for the journal when the journal line is blank and the label sits in an element of its own', () => {
    const inner =
      '<a href="/author/view/1">Rina Marlina</a><br><xmp class="subtitle-article"> </xmp><br><i class="subtitle-article">Publisher : </i><xmp class="subtitle-article">STIKes Muhammadiyah Lamongan </xmp>';
    const found = read(`<div class="article-item">${record('3012350', inner)}</div>`);
    expect(found?.articles[0].journal).toBeUndefined();
  });

  it('reads a detail page’s year under "Publish Date" when its volume line gives none', () => {
    const url = 'https://garuda.kemdiktisaintek.go.id/documents/detail/3012351';
    const body =
      '<h3><xmp>Pijat oksitosin dan produksi ASI</xmp></h3><a href="/author/view/1">Rina Marlina</a><h4>Publish Date</h4><p>14 Jan 2021</p><h4>Journal</h4><a href="/journal/view/77"><xmp>Jurnal Riset Gizi</xmp></a><xmp>Vol 9, No 1</xmp>';
    expect(read(body, url)?.articles[0]).toMatchObject({ journal: 'Jurnal Riset Gizi', volume: '9', issue: '1', year: 2021 });
    // No "Publish Date": no year guessed from elsewhere on the page.
    expect(read(body.replace('<h4>Publish Date</h4>', '<h4>Views</h4>'), url)?.articles[0].year).toBeUndefined();
  });

  it('ends a keyword list at the next label or full stop, not at the other language’s abstract', () => {
    const abstract =
      'Produksi ASI rendah pada ibu nifas. Kata kunci: pijat oksitosin; produksi ASI Background: Exclusive breastfeeding is low among mothers. Keywords: oxytocin massage; breast milk';
    const found = read(record('3012352', `<a href="/author/view/1">Rina Marlina</a><div>Jurnal Bidan Vol 2 No 1 (2022)</div><div class="abstract-article">${abstract}</div>`));
    expect(found?.articles[0].keywords).toEqual(['pijat oksitosin', 'produksi ASI', 'oxytocin massage', 'breast milk']);
    const dotted = read(
      record(
        '3012353',
        '<a href="/author/view/1">Rina Marlina</a><div class="abstract-article">Kecemasan pasien. Kata kunci: Ca. mammae; vit. D; kecemasan. Breast cancer patients are anxious.</div>',
      ),
    );
    expect(dotted?.articles[0].keywords).toEqual(['Ca. mammae', 'vit. D', 'kecemasan']);
  });
});
