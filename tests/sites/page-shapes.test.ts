// Pages the reader meets that are not one article laid out the usual way: an issue page whose
// JSON-LD lists every article, a journal's home page that carries DC.Title, an abstract box
// that also holds the title and authors (Frontiers), and one box with both languages' abstracts.
import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { expectValid, parse } from './parse';

const PAGE = 'https://journal.example.ac.id/index.php/jk/issue/view/12';
const read = (head: string, body = '<h1>x</h1>', url = PAGE) => {
  const found = generic.extract(parse(`<html><head>${head}</head><body>${body}</body></html>`), new URL(url));
  expectValid(found);
  return found?.articles[0];
};
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const work = (n: number, extra = {}) => ({
  '@type': 'ScholarlyArticle',
  headline: `Article number ${n} on anaemia`,
  author: [{ '@type': 'Person', name: `Author ${n}` }],
  datePublished: `202${n}`,
  ...extra,
});

describe('JSON-LD that lists several articles', () => {
  it('is not read as one article on an issue page', () => {
    expect(read(ld([work(1), work(2), work(3)]))).toBeUndefined();
    expect(read(ld({ '@context': 'https://schema.org', '@graph': [work(1), work(2)] }))).toBeUndefined();
  });

  it('does not lend one listed article’s authors or year to the page’s own metadata', () => {
    const a = read(`<meta name="citation_title" content="Kangaroo care"><meta name="citation_journal_title" content="J Kebidanan">${ld([work(1), work(2)])}`);
    expect(a).toMatchObject({ title: 'Kangaroo care', authors: [] });
    expect(a?.year).toBeUndefined();
  });

  it('takes the listed article whose url is this page', () => {
    const url = 'https://journal.example.ac.id/index.php/jk/article/view/2';
    expect(read(ld([work(1, { url: 'https://journal.example.ac.id/index.php/jk/article/view/1' }), work(2, { url })]), '', url)).toMatchObject({
      title: 'Article number 2 on anaemia',
      authors: ['Author 2'],
      year: 2022,
    });
  });

  it('reads one article described twice (two plugins) as that article', () => {
    expect(read(ld(work(1)) + ld(work(1)))).toMatchObject({ title: 'Article number 1 on anaemia', year: 2021 });
  });
});

describe('a journal’s home page', () => {
  const home =
    '<meta name="DC.Title" content="Jurnal Kebidanan Indonesia"><meta name="DC.Description" content="Jurnal Kebidanan Indonesia publishes research on midwifery, maternal and neonatal health.">';

  it('is not an article when Dublin Core gives only a title and description', () => {
    expect(read(home, '<h1>Jurnal Kebidanan Indonesia</h1>', 'https://journal.example.ac.id/index.php/jki')).toBeUndefined();
  });

  it('is not an article when the title is the journal’s name', () => {
    expect(read('<meta name="citation_title" content="Jurnal Kebidanan Indonesia"><meta name="citation_journal_title" content="Jurnal Kebidanan Indonesia">')).toBeUndefined();
  });

  it('while an article described by Dublin Core alone is read', () => {
    expect(read(`${home.replace('Jurnal Kebidanan Indonesia"', 'Pijat Oksitosin dan Produksi ASI"')}<meta name="DC.Creator.PersonalName" content="Siti Aminah">`)).toMatchObject({
      title: 'Pijat Oksitosin dan Produksi ASI',
      authors: ['Siti Aminah'],
    });
  });
});

describe('abstract boxes', () => {
  const head = '<meta name="citation_title" content="Oxytocin massage and milk volume"><meta name="citation_author" content="Ann Lee">';
  const english = 'Background: oxytocin massage is offered to postpartum mothers to increase breast-milk production.';
  const indonesian = 'Latar belakang: pijat oksitosin diberikan kepada ibu nifas untuk meningkatkan produksi ASI.';

  it('leave out the title, authors and affiliations a box also holds (Frontiers)', () => {
    const box = `<div class="JournalAbstract"><h1>Oxytocin massage and milk volume</h1><div class="authors">Ann Lee<sup>1</sup>, Bo Kim<sup>2</sup></div><ul class="affiliations"><li>1 Department of Midwifery, Universitas Airlangga, Surabaya, Indonesia</li></ul><p>${english}</p></div>`;
    expect(read(head, box)?.abstract).toBe(english);
  });

  it("leave out Frontiers' affiliation list (ul.notes), as its page prints it under the authors", () => {
    const box = `<div class="JournalAbstract"><a id="h1" name="h1"></a><h1>Oxytocin massage and milk volume</h1><div class="authors"><img class="pr5" src="/loop.png" alt=""><a href="https://loop.frontiersin.org/people/1">Ann Lee</a><sup>1*</sup></div><ul class="notes"><li><sup>1</sup>Department of Midwifery, Universitas Airlangga, Surabaya, Indonesia</li></ul><p>${english}</p></div>`;
    expect(read(head, box)?.abstract).toBe(english);
  });

  it('start at the "Abstract" heading that follows the title in the box', () => {
    const box = `<div class="article-abstract"><h1>Oxytocin massage and milk volume</h1><h2>Abstract</h2><p>${english}</p></div>`;
    expect(read(head, box)?.abstract).toBe(english);
  });

  it('give one language when one box holds both (a heading, or a bold label, starts the second)', () => {
    const headed = `<div class="abstract"><h2>Abstract</h2><p>${english}</p><h2>Abstrak</h2><p>${indonesian}</p></div>`;
    const bold = `<div class="abstract"><p>${english}</p><p><strong>Abstrak:</strong> ${indonesian}</p></div>`;
    const labelled = `<div class="abstract"><p><b>Abstract:</b> ${english}</p><p><b>Abstrak:</b> ${indonesian}</p></div>`;
    for (const box of [headed, bold, labelled]) expect(read(head, box)?.abstract, box).toBe(english);
  });
});
