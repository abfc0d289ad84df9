// What a page shows of OTHER articles — its references, a "How to cite" box, most-read lists,
// sidebars — never becomes this article's DOI or abstract: a DOI taken from a reference gives
// the article the cited study's record key, and a duplicate match would merge the two.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { ArticleSchema } from '../../lib/model';
import { generic } from '../../lib/sites/generic';
import { expectValid, parse } from './parse';

const read = (html: string) => {
  const found = generic.extract(parse(html), new URL('https://ejournal.example.ac.id/index.php/jk/article/view/123'));
  expectValid(found);
  return found!.articles[0];
};

const head = '<meta name="citation_title" content="Faktor Risiko Anemia pada Remaja Putri"><meta name="citation_date" content="2022/03/01">';

describe('the parts of a page about other articles', () => {
  it('takes no DOI from a reference list, a citation box or a sidebar', () => {
    const blocks = [
      '<section class="item references"><p>Lee A. Iron. <a href="https://doi.org/10.3390/nu11020001">https://doi.org/10.3390/nu11020001</a></p></section>',
      '<div id="articleCitations"><p>Kim B. <a href="https://doi.org/10.1000/x1">doi</a></p></div>',
      '<div class="pkp_structure_sidebar"><div class="block most-read"><a href="https://doi.org/10.1000/x2">Popular paper</a></div></div>',
    ];
    for (const block of blocks) expect(read(`<html><head>${head}</head><body><h1>Faktor Risiko</h1>${block}</body></html>`).doi, block).toBeUndefined();
  });

  it('still takes the one DOI a page links to as its own', () => {
    const html = `<html><head>${head}</head><body><h1>Faktor Risiko</h1><div class="item doi">DOI: <a href="https://doi.org/10.1000/own.1">https://doi.org/10.1000/own.1</a></div></body></html>`;
    expect(read(html).doi).toBe('10.1000/own.1');
    // Some OJS themes link the DOI to its Crossref record instead.
    expect(read(html.replaceAll('https://doi.org/', 'https://api.crossref.org/works/')).doi).toBe('10.1000/own.1');
  });

  it('takes no abstract from a most-read list in the sidebar', () => {
    const html = `<html><head>${head}</head><body><h1>Faktor Risiko</h1><div class="sidebar-block most-read"><div class="article-abstract">${'Another paper’s abstract: stunting among toddlers in West Java was associated with maternal knowledge and sanitation. '.repeat(3)}</div></div></body></html>`;
    expect(read(html).abstract).toBeUndefined();
  });
});

describe('author tags', () => {
  it('splits one tag of comma- or semicolon-separated full names, and drops "et al."', () => {
    const one = (tags: string) => read(`<html><head>${head}${tags}</head><body></body></html>`).authors;
    expect(one('<meta name="citation_authors" content="Ann Lee, Bo Kim, Cy Park">')).toEqual(['Ann Lee', 'Bo Kim', 'Cy Park']);
    expect(one('<meta name="citation_authors" content="Lee, Ann">')).toEqual(['Lee, Ann']);
    expect(one('<meta name="DC.creator" content="Lee, Ann; Kim, Bo">')).toEqual(['Lee, Ann', 'Kim, Bo']);
    expect(one('<meta name="citation_author" content="Ann Lee"><meta name="citation_author" content="et al.">')).toEqual(['Ann Lee']);
  });

  it('reads each of several tags as one name, "Last, First" with several words or degrees and all', () => {
    const one = (tags: string) => read(`<html><head>${head}${tags}</head><body></body></html>`).authors;
    const tags = (...names: string[]) => names.map((n) => `<meta name="citation_author" content="${n}">`).join('');
    expect(one(tags('Abu Bakar, Siti Nur', 'de Vries, J. Peter', 'Santoso, Budi'))).toEqual(['Abu Bakar, Siti Nur', 'de Vries, J. Peter', 'Santoso, Budi']);
    expect(one(tags('Budi Santoso, S. Kep., M. Kes', 'Ns. Dewi Sari, M. Kep'))).toHaveLength(2);
    // One tag: two comma parts are one "Last, First" name; a degree among three parts is no list.
    expect(one('<meta name="DC.creator" content="Dwi Lestari, Ika Putri">')).toEqual(['Dwi Lestari, Ika Putri']);
    expect(one('<meta name="citation_author" content="Budi Santoso, S. Kep., M. Kes">')).toHaveLength(1);
  });

  it('splits one tag holding several names as an imported RIS line holding them is split', () => {
    const page = (names: string) => ArticleSchema.parse(read(`<html><head>${head}<meta name="citation_authors" content="${names}"></head><body></body></html>`)).authors;
    const ris = (names: string) => parseBibliography(`TY  - JOUR\nTI  - Faktor Risiko\nAU  - ${names}\nER  - \n`, 'a.ris').records[0].authors;
    // Two Vancouver names; a specialist's "(K)" and a diploma written apart are degrees, not authors.
    for (const names of [
      'Rahmawati S, Santoso BA',
      'Andi Wijaya, Sp.OG (K), Budi Santoso',
      'Dewi Sari, A. Md. Keb, Rina Putri',
      'Ann Lee, Bo Kim, Cy Park',
      'Dewi Sari, Budi Santoso &amp; Rina Wati',
    ])
      expect(page(names), names).toEqual(ris(names));
    expect(page('Rahmawati S, Santoso BA')).toEqual(['Rahmawati S', 'Santoso BA']);
    expect(page('Andi Wijaya, Sp.OG (K), Budi Santoso')).toEqual(['Andi Wijaya', 'Budi Santoso']);
    expect(page('Dewi Sari, Budi Santoso dan Rina Wati')).toEqual(['Dewi Sari', 'Budi Santoso', 'Rina Wati']);
  });
});
