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
});
