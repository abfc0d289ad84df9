import { describe, expect, it } from 'vitest';
import { garuda } from '../../lib/sites/garuda';
import { cleanAuthor, parseJournalLine } from '../../lib/sites/garuda-lines';
import { expectValid, load } from './parse';
import search from './fixtures/garuda/search.html?raw';
import flat from './fixtures/garuda/search-flat.html?raw';

const read = (html: string) => {
  const { doc, url } = load(html);
  const found = garuda.extract(doc, url);
  expectValid(found);
  return found;
};

describe('Garuda', () => {
  it('accepts both hosts', () => {
    expect(garuda.accepts(new URL('https://garuda.kemdikbud.go.id/documents?q=x'))).toBe(true);
    expect(garuda.accepts(new URL('http://garuda.kemdiktisaintek.go.id/documents/detail/1'))).toBe(true);
    expect(garuda.accepts(new URL('https://kemdikbud.go.id/documents'))).toBe(false);
  });

  it('reads the list: <xmp> text, journal line, DOI link, hidden bilingual abstract', () => {
    const found = read(search)!;
    expect(found.kind).toBe('results');
    expect(found).toMatchObject({ query: 'stunting balita', filters: { select: 'title' }, page: 2, totalResults: 1047 });
    expect(found.articles).toHaveLength(2);
    expect(found.articles[0]).toEqual({
      title: 'FAKTOR RISIKO STUNTING PADA BALITA & PERAN IBU',
      authors: ['Nurhasanah, Siti', 'Minollah', 'SIGIT PURWADI'],
      journal: 'Jurnal Kesehatan Masyarakat',
      volume: '3',
      issue: '2',
      year: 2018,
      doi: '10.33846/jkm.v3i2.443',
      abstract: 'Stunting remains common (p < 0.05 & n > 30).Keywords: stunting; toddler; mother ABSTRAK Stunting masih umum.Kata kunci: stunting; balita',
      keywords: ['stunting', 'toddler', 'mother', 'balita'],
      url: 'https://garuda.kemdikbud.go.id/documents/detail/1022155',
      pdfUrl: 'http://ejournal.example.ac.id/index.php/jkm/article/download/443/418',
      source: 'garuda',
      sourceId: '1022155',
    });
    expect(found.articles[1]).toMatchObject({
      title: 'Gizi balita di Kota Medan',
      authors: ['Florenly Florenly'],
      journal: 'Jurnal Mutiara Kesehatan Masyarakat',
      volume: '15',
      issue: '2',
      year: 2014,
      pdfUrl: 'http://download.garuda.kemdikbud.go.id/article.php?article=1265595&val=15626&title=Gizi%20balita',
      sourceId: '1265595',
    });
  });
});

describe('Garuda without classes', () => {
  it('tolerates a layout without classes or wrappers', () => {
    const found = read(flat)!;
    expect(found).toMatchObject({ kind: 'results', query: 'kawasan tanpa rokok', page: 3, totalResults: 1047 });
    expect(found.articles).toHaveLength(2);
    expect(found.articles[0]).toMatchObject({
      title: 'PENILAIAN KEBIJAKAN KAWASAN TANPA ROKOK',
      authors: ['Rosalina, Rosalina', 'Gravitiani, Evi'],
      journal: 'Jurnal Ekonomi & Studi Pembangunan',
      volume: '15',
      issue: '2',
      year: 2014,
      abstract: 'Placeholder abstract for record 2286884.',
      url: 'https://garuda.kemdiktisaintek.go.id/documents/detail/2286884',
      pdfUrl: 'http://journal.example.org/article/download/2286884',
    });
    // No "Vol/No/(year)" shape: the journal is not guessed.
    expect(found.articles[1]).toMatchObject({ authors: ['Dhea Synthia', 'Tri Krianto'], doi: '10.56338/ijhess.v7i1.6791' });
    expect(found.articles[1].year).toBeUndefined();
    expect(found.articles[1].abstract).toBe('Placeholder abstract for record 4704220.');
    const { doc, url } = load(flat);
    expect(garuda.extract(doc, url)!.rows!.map((r) => r.element.tagName)).toEqual(['H3', 'H3']);
  });
});

describe('Garuda details', () => {
  it('reports an empty search, and ignores pages with no records', () => {
    const empty = load('<!-- url: https://garuda.kemdikbud.go.id/documents?q=zzz --><html><body><div class="article-box"><h2>Found 0 documents</h2></div></body></html>');
    expect(garuda.extract(empty.doc, empty.url)).toMatchObject({ kind: 'results', articles: [], totalResults: 0, query: 'zzz' });
    const home = load('<!-- url: https://garuda.kemdikbud.go.id/ --><html><body><h1>Garuda</h1></body></html>');
    expect(garuda.extract(home.doc, home.url)).toBeNull();
  });

  it('cleans placeholder author names and splits journal lines', () => {
    expect(cleanAuthor('Minollah -')).toBe('Minollah');
    expect(cleanAuthor('", Hasanuddin')).toBe('Hasanuddin');
    expect(cleanAuthor('  Rio   Dewandika Putra ')).toBe('Rio Dewandika Putra');
    expect(cleanAuthor('-')).toBe('');
    expect(parseJournalLine('Jurnal Penelitian Kesehatan SUARA FORIKES Vol 16, No 4 (2025): Oktober-Desember 2025')).toEqual({
      journal: 'Jurnal Penelitian Kesehatan SUARA FORIKES',
      volume: '16',
      issue: '4',
      year: 2025,
    });
    expect(parseJournalLine('Jurnal Fatwa Hukum Vol. 6 No. 4 (2023): E-Jurnal Fatwa Hukum')).toMatchObject({ journal: 'Jurnal Fatwa Hukum', volume: '6', issue: '4', year: 2023 });
    expect(parseJournalLine('Journal of Indonesian Health Policy Vol. 2, No. 1')).toEqual({
      journal: 'Journal of Indonesian Health Policy',
      volume: '2',
      issue: '1',
      year: undefined,
    });
    expect(parseJournalLine('Prosiding Seminar Nasional (2019)')).toMatchObject({ journal: 'Prosiding Seminar Nasional', year: 2019 });
  });

  it("reads a proceedings line's year of publication, not the year its name holds", () => {
    const named = 'Prosiding Seminar Nasional Kesehatan (2019)';
    for (const [line, journal, year] of [
      [`${named} Vol 1 No 1 (2020)`, named, 2020],
      [`${named} (2020)`, named, 2020],
      [`${named} Vol 1 (2020), 10-15`, named, 2020],
      ['Prosiding Seminar Nasional Kesehatan 2019 Vol 1 No 1 (2020)', 'Prosiding Seminar Nasional Kesehatan 2019', 2020],
      ['Proceeding of ICOHS 2021 Vol 1 No 1 (2022): Proceeding of ICOHS (2021)', 'Proceeding of ICOHS 2021', 2022],
    ] as const) {
      expect(parseJournalLine(line), line).toMatchObject({ journal, year });
    }
  });
});
