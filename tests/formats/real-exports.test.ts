// The real export files in ../shared/fixtures/exports (third-party; never copied into this
// repository). Counts and fields below were read from the files themselves, record by record.
import { describe, expect, it } from 'vitest';
import { parseBibliographyBytes, type BibliographyFormat } from '../../lib/formats';
import { core, HAS_SHARED, sharedBytes, sharedExports } from './helpers';
import expectations from './real-exports.expected.json';

if (!HAS_SHARED) console.warn('skipped: ../shared/fixtures not found');

type Expected = Partial<NonNullable<ReturnType<typeof core>>>;

/** File → [format, record count, { record index → fields }] (first, last, and odd records); `$comment` says what it holds. */
const { $comment: _, ...EXPECTED } = expectations as unknown as Record<string, [BibliographyFormat, number, Record<string, Expected>]> & { $comment: unknown };

const parse = (name: string) => parseBibliographyBytes(sharedBytes(`exports/${name}`), name);

describe.skipIf(!HAS_SHARED)('real exports (../shared/fixtures/exports)', () => {
  it('has an expectation for every file', () => {
    expect(sharedExports()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, [format, count, records]] of Object.entries(EXPECTED)) {
    it(`${name}: ${format}, ${count} records`, () => {
      const result = parse(name);
      expect(result.format).toBe(format);
      expect(result.records).toHaveLength(count);
      expect(result.warnings).toEqual([]);
      for (const [index, fields] of Object.entries(records)) {
        const expected = { title: undefined, author: undefined, year: undefined, doi: undefined, pmid: undefined, journal: undefined, ...fields };
        expect(core(result.records[Number(index)]), `record ${index}`).toEqual(expected);
      }
    });
  }

  it('odd records: Scopus BibTeX with a non-ASCII key, "$" and an unclosed "{" in abstracts', () => {
    const { records } = parse('litsearchr_scopus_export_2019.bib');
    const byTitle = (start: string) => records.find((r) => r.title.startsWith(start))!;
    expect(byTitle('No short-term change in avian assemblage').authors).toEqual(['O’Loughlin, T.', 'O’Loughlin, L.S.', 'Clarke, M.F.']);
    expect(byTitle('Spatially explicit modeling of blackbird').abstract).toContain('more than $100 million in crop damages');
    const michelat = byTitle('Restoration of the drugeon river');
    expect(michelat.abstract).toMatch(/White-footed Crayfish Austropotamobius pallipes\)\. From 1993/);
    expect(michelat.language).toBe('French');
    // The entry after it is its own record, not part of Michelat's abstract.
    expect(byTitle('Monitoring indicates greater resilience').doi).toBe('10.1071/wr11213');
    expect(records.filter((r) => r.doi)).toHaveLength(932);
    expect(records.every((r) => r.sourceId?.startsWith('2-s2.0-'))).toBe(true);
  });

  it('odd records: continuation lines, "No Specified" pages, a PubMed link, e-mails after names', () => {
    const endnote = parse('citefmt__baseline_endnote.ris').records[0];
    expect(endnote.keywords).toEqual(['article', 'biostratigraphy', 'Colorado', 'dinosaur', 'nonhuman', 'tibia', 'transverse process', 'Upper Jurassic']);
    const rayyan = parse('asreview_ris_issue_992.txt').records;
    expect(rayyan[0].keywords).toHaveLength(13);
    expect(rayyan[0].sourceId).toBe('rayyan-264552525');
    const ovid = parse('asreview_ovid_psycinfo.ris').records;
    expect(ovid.map((r) => r.pages)).toEqual([undefined, '847-856', '26-33', undefined, undefined, undefined]);
    const zoo = parse('litsearchr_wos_zoological_record_plaintext_2020.txt').records[0];
    expect(zoo.authors).toEqual(['Stillman, Andrew N.', 'Siegel, Rodney B.', 'Wilkerson, Robert L.', 'Johnson, Matthew', 'Howell, Christine A.', 'Tingley, Morgan W.']);
    const tab = parse('litsearchr_wos_medline_tabdelimited_2019.txt').records[9];
    expect(tab.pages).toBe('460-469');
    const gs = parse('citefmt__baseline_googlescholar.csv').records[0];
    expect(gs.authors).toEqual(['Barrett, Paul M', 'Willis, Katherine J']);
    const book = parse('zotero-MEDLINEnbib-import-testcase-02.nbib.txt').records[1];
    expect(book.authors).toHaveLength(7); // FAU only: the FED editors are not authors
    expect(parse('zotero-MEDLINEnbib-import-testcase-02.nbib.txt').records[0].pages).toBe('6913-6917');
  });

  it('the same Scopus records agree across RIS and CSV exports', () => {
    const ris = parse('citefmt__baseline_scopus.ris').records;
    const csv = parse('citefmt__baseline_scopus.csv').records;
    expect(csv.map((r) => [r.title, r.doi, r.pmid, r.year, r.journal, r.volume, r.issue, r.pages, r.sourceId])).toEqual(
      ris.map((r) => [r.title, r.doi, r.pmid, r.year, r.journal, r.volume, r.issue, r.pages, r.sourceId]),
    );
  });
});
