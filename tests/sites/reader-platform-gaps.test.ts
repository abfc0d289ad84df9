// Pages written by OJS and DSpace as their own templates and configurations write them, where
// the tags leave a field out: each case cites the source it was written from.
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('an OJS 3.0 page whose only tags are the Dublin Core plugin’s', () => {
  // pkp/ojs plugins/generic/dublinCoreMeta/DublinCoreMetaPlugin.inc.php (3.0): explode() with its
  // arguments swapped writes ", " as the one DC.Creator.PersonalName.
  const head =
    tag('DC.Title', 'Pengaruh pijat oksitosin terhadap produksi ASI') +
    tag('DC.Creator.PersonalName', ', ') +
    tag('DC.Source', 'Jurnal Kebidanan') +
    tag('DC.Type', 'Text.Serial.Journal');
  // templates/frontend/objects/article_details.tpl (OJS 3.0, 3.1 default theme).
  const OJS_30 = `<article class="obj_article_details"><h1 class="page_title">Pengaruh pijat oksitosin terhadap produksi ASI</h1>
<div class="row"><div class="main_entry"><ul class="item authors">
<li><span class="name">\n\t\tSiti Rahmawati\n\t</span><span class="affiliation">Poltekkes Kemenkes Semarang</span></li>
<li><span class="name">Budi Santoso</span><span class="orcid"><a href="https://orcid.org/0000-0002-1825-0097">https://orcid.org/0000-0002-1825-0097</a></span></li>
</ul></div></div></article>`;
  // 3.2 and later: the list inside a section.
  const OJS_33 = `<article class="obj_article_details"><section class="item authors"><h2 class="pkp_screen_reader">Penulis</h2>
<ul class="authors"><li><span class="name">Siti Rahmawati</span><span class="affiliation">Poltekkes Kemenkes Semarang</span></li><li><span class="name">Budi Santoso</span></li></ul></section></article>`;

  it('takes the authors from the page’s author list', () => {
    expect(readPage(head, OJS_30)?.authors).toEqual(['Siti Rahmawati', 'Budi Santoso']);
    expect(readPage(head, OJS_33)?.authors).toEqual(['Siti Rahmawati', 'Budi Santoso']);
  });

  it('keeps the tags’ authors when they name any', () => {
    const named = head + tag('citation_author', 'Rahmawati, Siti');
    expect(readPage(named, OJS_30)?.authors).toEqual(['Rahmawati, Siti']);
    // A list outside an OJS article (a page's sidebar of authors) is not the article's.
    expect(readPage(head, '<ul class="authors"><li><span class="name">Editor Jurnal</span></li></ul>')?.authors).toEqual([]);
  });
});

describe('a DSpace item page whose repository maps no citation_journal_title', () => {
  // DSpace's stock google-metadata.properties leaves google.citation_journal_title empty; its
  // xhtml-head-item.properties writes dc.relation.ispartof as DCTERMS.isPartOf and
  // dc.identifier.citation as DCTERMS.bibliographicCitation (a series goes to DC.relation).
  const item = (...tags: string[]) =>
    readPage(tag('citation_title', 'Pijat oksitosin dan produksi ASI') + tag('citation_author', 'Rahmawati, Siti') + tag('DC.relation', 'Seri Laporan Penelitian') + tags.join(''));

  it('takes the journal from DCTERMS.isPartOf when it names one', () => {
    expect(item(tag('DCTERMS.isPartOf', 'Jurnal Ners'))?.journal).toBe('Jurnal Ners');
    expect(item(tag('DCTERMS.isPartOf', 'Jurnal Ners; Vol 14, No 2 (2019); 101-110'))).toMatchObject({ journal: 'Jurnal Ners', volume: '14', issue: '2' });
    // A link, an ISSN's URN (Ingenta), an ISSN or a catalogue number names no journal; nor does DC.relation (a series).
    for (const none of ['https://repository.example.ac.id/handle/123/45', 'urn:ISSN:2639-9636', '2639-9636', '6202.0'])
      expect(item(tag('DCTERMS.isPartOf', none))?.journal, none).toBeUndefined();
  });

  it('takes the journal from the item’s own citation, after its title and up to the volume', () => {
    const cited = (citation: string) => item(tag('DCTERMS.bibliographicCitation', citation))?.journal;
    expect(cited('Rahmawati, S. (2019). Pijat oksitosin dan produksi ASI. Jurnal Ners, 14(2), 101-110.')).toBe('Jurnal Ners');
    expect(cited('Rahmawati S. Pijat Oksitosin dan Produksi ASI. Jurnal Kebidanan Vol. 5, No. 2 (2020)')).toBe('Jurnal Kebidanan');
    expect(cited('Rahmawati S. Pijat oksitosin dan produksi ASI. Jurnal Kebidanan Vol 5 No 2 (2020)')).toBe('Jurnal Kebidanan');
    // Ingenta's form starts with the journal.
    expect(cited('The Senior Care Pharmacist, 35, 4, 148-149(2)')).toBe('The Senior Care Pharmacist');
    // A thesis or a book has no volume; another form without the title is not guessed at.
    expect(cited('Rahmawati, S. (2019) Pijat oksitosin dan produksi ASI. Skripsi thesis, Universitas Diponegoro.')).toBeUndefined();
    expect(cited('Rahmawati, S. (2019). Other words. Jurnal Ners, 14(2), 101-110.')).toBeUndefined();
    // A tag that names the journal comes first.
    expect(item(tag('citation_journal_title', 'Jurnal Keperawatan'), tag('DCTERMS.isPartOf', 'Jurnal Ners'))?.journal).toBe('Jurnal Keperawatan');
  });
});

describe('an OJS keyword box labelled in the journal’s language', () => {
  // OJS's "article.subject" in pkp/ojs locale/*/locale.po: pt_BR "Palavras-chave", de "Schlagwörter".
  const box = (label: string) => `<div class="item keywords"><span class="label">${label}</span><span class="value">aleitamento, ocitocina, puerpério</span></div>`;
  const section = (label: string) => `<section class="item keywords"><h2 class="label">${label}</h2><span class="value">aleitamento, ocitocina, puerpério</span></section>`;
  const TITLE = tag('citation_title', 'Massagem e lactação');

  it('gives its keywords', () => {
    for (const label of ['Palavras-chave:', 'Schlagwörter:', 'Schlüsselwörter:', 'Kata Kunci:', 'Mots-clés :', 'Palabras clave:']) {
      expect(readPage(TITLE, box(label))?.keywords, label).toEqual(['aleitamento', 'ocitocina', 'puerpério']);
      expect(readPage(TITLE, section(label))?.keywords, label).toEqual(['aleitamento', 'ocitocina', 'puerpério']);
    }
    expect(readPage(TITLE, box('Abreviaturas:'))?.keywords).toBeUndefined();
  });
});
