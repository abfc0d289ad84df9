// Metadata values that say nothing or say it garbled: what journal systems write in a field that
// has no value ("Abstract", "No abstract available", "-"), and values whose markup came through
// escaped twice. The reader reads past them to the next source, as a reviewer would.
import { describe, expect, it } from 'vitest';
import { readPage, TITLE } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const REAL = 'Pijat oksitosin meningkatkan produksi ASI pada 40 ibu nifas dibandingkan kelompok kontrol.';

describe('an abstract tag holding no abstract', () => {
  it('gives way to the next abstract tag', () => {
    for (const empty of ['Abstract', 'ABSTRAK:', 'No abstract available.', '[Abstract not available]', 'Abstrak tidak tersedia', '-', 'N/A'])
      expect(readPage(TITLE + tag('citation_abstract', empty) + tag('DC.Description', REAL))?.abstract, empty).toBe(REAL);
  });

  it('gives way to the abstract the page shows, or to none', () => {
    const box = `<section class="item abstract"><h2 class="label">Abstrak</h2><p>${REAL}</p></section>`;
    expect(readPage(TITLE + tag('citation_abstract', 'Abstract'), box)?.abstract).toBe(REAL);
    expect(readPage(TITLE + tag('DC.Description', 'Abstrak'))?.abstract).toBeUndefined();
    const ld = '<script type="application/ld+json">{"@type":"ScholarlyArticle","name":"Pijat oksitosin","description":"N/A"}</script>';
    expect(readPage(ld)?.abstract).toBeUndefined();
  });

  it('is kept when it is an abstract that starts with those words', () => {
    for (const text of [`Abstract: ${REAL}`, 'No association was found between oxytocin massage and milk volume in 40 mothers.'])
      expect(readPage(TITLE + tag('citation_abstract', text))?.abstract).toBe(text);
  });
});

describe('numbered entities escaped twice', () => {
  it('are decoded before a name tag is split at its semicolons', () => {
    // "&amp;#250;" in the page source: the attribute gives "&#250;", whose ";" is no separator.
    const one = readPage(TITLE + tag('citation_author', 'N&amp;#250;&amp;#241;ez, Mar&amp;#xED;a'));
    expect(one?.authors).toEqual(['Núñez, María']);
    const joined = readPage(TITLE + tag('citation_authors', 'Sari, Dewi; N&amp;#250;&amp;#241;ez, Mar&amp;#237;a'));
    expect(joined?.authors).toEqual(['Sari, Dewi', 'Núñez, María']);
  });
});

describe('a tag holding no letter or digit', () => {
  it('is empty: "-" is no keyword, author, journal or volume', () => {
    const a = readPage(
      TITLE +
        tag('citation_author', '-') +
        tag('citation_author', 'Dewi Sari') +
        tag('citation_keywords', '-') +
        tag('citation_journal_title', '–') +
        tag('DC.Source', 'Jurnal Bidan') +
        tag('citation_volume', '-'),
    );
    expect(a).toMatchObject({ authors: ['Dewi Sari'], journal: 'Jurnal Bidan' });
    expect(a?.keywords).toBeUndefined();
    expect(a?.volume).toBeUndefined();
  });
});
