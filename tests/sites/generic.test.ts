import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { expectValid, load } from './parse';
import ojs from './fixtures/web/ojs.html?raw';
import dublinCore from './fixtures/web/dublin-core.html?raw';
import jsonld from './fixtures/web/jsonld.html?raw';
import coins from './fixtures/web/coins.html?raw';
import none from './fixtures/web/none.html?raw';
import hostile from './fixtures/web/hostile.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = generic.extract(doc, url);
  expectValid(found);
  return found;
};

describe('embedded metadata (generic)', () => {
  it('runs only on request: no match patterns, any http(s) page', () => {
    expect(generic.matches).toEqual([]);
    expect(generic.accepts(new URL('http://example.org/a'))).toBe(true);
    expect(generic.accepts(new URL('file:///tmp/a.html'))).toBe(false);
  });

  it('reads Highwire tags on an OJS page (one citation_authors tag, DOI as a URL)', () => {
    const found = read(ojs)!;
    expect(found.kind).toBe('article');
    expect(found.articles).toEqual([
      {
        title: 'Faktor risiko stunting pada balita di Kabupaten Bogor',
        authors: ['Nurhasanah, Siti', 'Pratama, Budi'],
        year: 2019,
        journal: 'Jurnal Kesehatan Masyarakat',
        volume: '7',
        issue: '2',
        pages: '101-110',
        doi: '10.15294/kemas.v7i2.443',
        abstract: 'Stunting affects one in three toddlers & is preventable.',
        keywords: ['stunting', 'balita', 'ASI eksklusif'],
        language: 'id',
        url: 'https://ejournal.example.ac.id/index.php/jkm/article/view/443',
        pdfUrl: 'https://ejournal.example.ac.id/index.php/jkm/article/download/443/418',
        source: 'web',
      },
    ]);
  });

  it('reads Dublin Core and PRISM', () => {
    expect(read(dublinCore)!.articles[0]).toEqual({
      title: 'Breastfeeding support in primary care',
      authors: ['Okafor, Chinwe', 'Müller, Jürgen'],
      year: 2017,
      journal: 'Primary Care Review',
      volume: '12',
      issue: '3',
      pages: '45-52',
      doi: '10.5555/abc.2017.456',
      keywords: ['breastfeeding', 'primary care, general practice'],
      url: 'http://repository.example.edu/handle/123/456',
      source: 'web',
    });
  });

  it('reads JSON-LD (skipping a broken block)', () => {
    expect(read(jsonld)!.articles[0]).toEqual({
      title: 'Kangaroo care and breastfeeding duration',
      authors: ['Marcel E. Moran', 'Siti Nurhasanah'],
      year: 2022,
      journal: 'Environment and Planning B: Urban Analytics and City Science',
      doi: '10.1177/23998083221081530',
      abstract: 'Marked crosswalks & more.',
      keywords: ['kangaroo care', 'breastfeeding'],
      url: 'https://www.semanticscholar.org/paper/Kangaroo-Care-Example/0123456789abcdef',
      source: 'web',
    });
  });

  it('reads COinS when it is the only metadata', () => {
    expect(read(coins)!.articles[0]).toEqual({
      title: 'Cord clamping in preterm infants',
      authors: ['Rabe, Heike', 'Diaz-Rossello, Jose'],
      year: 2015,
      journal: 'Neonatology',
      volume: '107',
      issue: '4',
      pages: '289-296',
      doi: '10.1159/000376567',
      url: 'https://library.example.org/record/98765',
      source: 'web',
    });
  });

  it('gives null for a page without scholarly metadata', () => {
    expect(read(none)).toBeNull();
  });

  it('keeps titles as text and survives duplicated, contradictory tags', () => {
    const article = read(hostile)!.articles[0];
    // The <script> and <b> inside the title come out as their text; "p<0.05" and "> 5" stay.
    expect(article.title).toBe('alert(1) Effect of zinc at p<0.05 & dose > 5 mg');
    expect(article.authors).toEqual(['Lee, Ann', 'Kim, Bo']); // the block printed twice counts once
    expect(article.doi).toBe('10.1234/zinc.2020.1'); // the first tag is not a DOI: the next one is
    expect(article.year).toBe(2020);
  });
});
