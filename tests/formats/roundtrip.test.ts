// Export (issue 5) read back with our own importers: what Zotero, Mendeley, EndNote, Rayyan
// and Covidence would read must hold every field a reviewer relies on.
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseBibtex, parseRis, serialiseBibtex, serialiseRis, type BibtexExportRecord } from '../../lib/formats';
import type { Article } from '../../lib/model/article';
import { allFixtures, HAS_SHARED, sharedBytes, sharedExports } from './helpers';
import { parseBibliographyBytes } from '../../lib/formats';

const KEPT = ['title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'abstract', 'keywords', 'url', 'type'] as const;
// A record that names no kind is written, and so read back, as a journal article.
const kept = (a: Article) => Object.fromEntries(KEPT.map((k) => [k, k === 'type' ? (a.type ?? 'article') : a[k]]));

function roundTrip(records: Article[], where: string) {
  const withNotes: BibtexExportRecord[] = records.map((article, i) => ({ article, note: `Excluded — reason: wrong population #${i}` }));
  const ris = serialiseRis(withNotes);
  const bib = serialiseBibtex(withNotes);
  for (const [format, text] of [
    ['ris', ris],
    ['bibtex', bib],
  ] as const) {
    const back = parseBibliography(text, `export.${format}`);
    expect(back.format, where).toBe(format);
    expect(back.warnings, `${where} → ${format}`).toEqual([]);
    // Both writers put a value on one line (RIS: see "writes plain RIS" below): an abstract's section
    // breaks are written as spaces, and the reader puts back those it can tell. Its words must be the same.
    const flat = (r: ReturnType<typeof kept>) => (typeof r.abstract === 'string' ? { ...r, abstract: r.abstract.replaceAll('\n', ' ') } : r);
    expect(back.records.map(kept).map(flat), `${where} → ${format}`).toEqual(records.map(kept).map(flat));
  }
  return { ris, bib };
}

const tricky: Article = {
  title: "Über {braces}, 50% & $5 #1 under_score ~ ^ \\ -- ``q'' p < 0.05 > q 😀",
  authors: ['Müller, Jörg', 'Johnson and Johnson', "O'Brien, K.", 'Ng, A. B.'],
  year: 2021,
  journal: 'J. of Things & Stuff',
  volume: '12',
  issue: '3-4',
  pages: 'e1120-e1128',
  doi: '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
  pmid: '12345678',
  abstract: 'Background: p < 0.05 and n > 3. Results: 95% CI {1.2–3.4}.',
  keywords: ['Models, Molecular'],
  url: 'https://example.org/a?b=1&c=%7Bd%7D',
  language: 'German',
  source: 'import',
};

describe('round trip: export, then import', () => {
  it('preserves title, authors, year, journal, volume, issue, pages, DOI, PMID, abstract, keywords and url', () => {
    roundTrip([tricky, { title: 'Minimal', authors: [], url: '', source: 'import' }], 'tricky');
  });

  it.each(allFixtures().filter(([n]) => n !== 'csv/unknown.csv'))('committed fixture %s', (name, text) => {
    roundTrip(parseBibliography(text, name).records, name);
  });

  it.skipIf(!HAS_SHARED)('every real export', () => {
    for (const name of sharedExports()) roundTrip(parseBibliographyBytes(sharedBytes(`exports/${name}`), name).records, name);
  });

  it('carries the decision note in RIS N1 and BibTeX note', () => {
    const { ris, bib } = roundTrip([tricky], 'note');
    expect(ris).toContain('N1  - Excluded — reason: wrong population #0\r\n');
    expect(ris).toContain('N1  - PMID: 12345678\r\n');
    expect(bib).toContain('note = {Excluded — reason: wrong population \\#0}');
    expect(bib).toContain('pmid = {12345678}');
  });

  it('writes plain RIS: TY first, ER last, one value per line, CRLF', () => {
    const ris = serialiseRis([{ article: { ...tricky, abstract: 'two\nlines' } }]);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines).toContain('ER  - ');
    expect(lines).toContain('AB  - two lines');
    expect(lines).toContain('SP  - e1120');
    expect(lines).toContain('EP  - e1128');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('parses its own BibTeX without warnings, one entry per record', () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ ...tricky, title: `Same author and year ${i}` }));
    const bib = serialiseBibtex(records.map((article) => ({ article })));
    expect(parseBibtex(bib).records).toHaveLength(30);
    expect(new Set([...bib.matchAll(/^@article\{([^,]+),/gm)].map((m) => m[1])).size).toBe(30);
    expect(parseRis(serialiseRis(records.map((article) => ({ article })))).records).toHaveLength(30);
  });
});
