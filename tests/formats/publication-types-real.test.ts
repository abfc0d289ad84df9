// The kinds read from real exports in ../shared/fixtures/exports (third-party; never copied into
// this repository), counted from the files' own type fields: Scopus's BibTeX document_type and
// CSV "Document Type", PubMed's PT lines passed on in RIS, EndNote's M3, ERIC's PT.
import { describe, expect, it } from 'vitest';
import { parseBibliographyBytes } from '../../lib/formats';
import { HAS_SHARED, sharedBytes } from './helpers';

if (!HAS_SHARED) console.warn('skipped: ../shared/fixtures not found (publication types of real exports)');

function kinds(name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of parseBibliographyBytes(sharedBytes(`exports/${name}`), name).records) counts[r.type ?? 'none'] = (counts[r.type ?? 'none'] ?? 0) + 1;
  return counts;
}

describe.skipIf(!HAS_SHARED)('publication types of real exports (../shared/fixtures/exports)', () => {
  it('Scopus BibTeX: document_type (Short Survey counted as a review)', () => {
    expect(kinds('litsearchr_scopus_export_2019.bib')).toEqual({ article: 1041, review: 34, letter: 1, book: 9, 'conference-paper': 16, report: 14 });
  });

  it('Scopus CSV: "Document Type" (Article in Press is an article)', () => {
    expect(kinds('litsearchr_scopus_export_2019_borealis.csv')).toEqual({ article: 122, chapter: 2, review: 3, 'conference-paper': 7, report: 3 });
  });

  it("RIS: PubMed's PT lines, EndNote's and Scopus's M3", () => {
    expect(kinds('citefmt__baseline_pubmed.ris')).toEqual({ article: 43, review: 5, letter: 2 });
    expect(kinds('citefmt__baseline_endnote.ris')).toEqual({ article: 8, other: 2 });
    expect(kinds('asreview_embase.ris')).toEqual({ article: 5, review: 1 });
  });

  it('MEDLINE and ERIC: a Bookshelf chapter, a dissertation, a book, reports', () => {
    expect(kinds('zotero-MEDLINEnbib-import-testcase-02.nbib.txt')).toEqual({ article: 1, chapter: 1 });
    expect(kinds('zotero-MEDLINEnbib-import-testcase-08.nbib.txt')).toEqual({ thesis: 1, book: 1 });
    expect(kinds('zotero-MEDLINEnbib-import-testcase-05.nbib.txt')).toEqual({ article: 2, report: 1 });
  });

  it('Web of Science and Google Scholar: journal articles, and Scholar CSV names none', () => {
    expect(kinds('litsearchr_wos_zoological_record_plaintext_2020.txt')).toEqual({ article: 63 });
    expect(kinds('citefmt__baseline_googlescholar.csv')).toEqual({ none: 10 });
  });
});
