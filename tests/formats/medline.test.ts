import { describe, expect, it } from 'vitest';
import { parseBibliography, parseMedline } from '../../lib/formats';
import { core, fixture } from './helpers';

describe('PubMed format (MEDLINE / .nbib)', () => {
  it('reads PubMed records: FAU over AU, JT over TA, LID/AID [doi], MeSH, whole page ranges', () => {
    const { format, records, warnings } = parseBibliography(fixture('medline/pubmed.nbib'), 'pubmed.nbib');
    expect(format).toBe('medline');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'Time lapse: A glimpse into prehistoric genomics.',
      author: 'Griffin, Darren K',
      year: 2020,
      doi: '10.1016/j.ejmg.2019.03.004',
      pmid: '30922926',
      journal: 'European journal of medical genetics',
    });
    expect(records[0].abstract).toBe(
      "For the purpose of this review, 'time-lapse' refers to the reconstruction of ancestral (in this case dinosaur) karyotypes using genome assemblies of extant species.",
    );
    expect(records[0].keywords).toEqual(['Animals', 'Birds/genetics', 'Dinosaur']);
    expect(records[0].url).toBe('https://pubmed.ncbi.nlm.nih.gov/30922926/');
    expect(records[0].sourceId).toBe('30922926');
    expect(records[0]).toMatchObject({ volume: '63', issue: '2', pages: '103640', language: 'en' });
    // Second record: a new PMID starts it; the title wraps; "6913-7" means 6913-6917.
    expect(core(records[1])).toEqual({
      title: 'The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B.',
      author: 'van Raaij, M J',
      year: 1996,
      doi: '10.1073/pnas.93.14.6913',
      pmid: '8692918',
      journal: 'Proceedings of the National Academy of Sciences of the United States of America',
    });
    expect(records[1].pages).toBe('6913-6917');
  });

  it('is recognised by content whatever the file is called', () => {
    for (const name of ['export.ris', 'pubmed-result.txt', undefined]) {
      expect(parseBibliography(fixture('medline/pubmed.nbib'), name).format).toBe('medline');
    }
  });

  it('reads ERIC records: blank-line separated, OID as id, DOI from a dx.doi.org AID, "ISSN - " tags', () => {
    const { records } = parseBibliography(fixture('medline/eric.nbib'));
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'Educational Test Approaches: The Suitability of Computer-Based Test Types',
      author: 'van Groen, Maaike M.',
      year: 2020,
      doi: undefined,
      pmid: undefined,
      journal: 'Journal of Applied Testing Technology',
    });
    // "ISSN - EISSN-…" is a tag of its own, not more abstract.
    expect(records[0].abstract).toBe('When developing a digital test, one of the first decisions is which type of test to develop.');
    expect(records[0].sourceId).toBe('EJ1227990');
    expect(records[0].url).toBe('http://eric.ed.gov/?id=EJ1227990');
    expect(records[1].doi).toBe('10.1007/s11423-019-09653-8');
    expect(records[1].year).toBe(2019);
  });

  it('uses AU when there is no FAU, and CN when there is no person', () => {
    const { records } = parseMedline('PMID- 1\nTI  - A\nAU  - Smith J\nAU  - Doe A\n\nPMID- 2\nTI  - B\nCN  - WHO Collaborators\n');
    expect(records.map((r) => r.authors)).toEqual([['Smith J', 'Doe A'], ['WHO Collaborators']]);
  });

  it('drops an all-zero PMID and skips a record without a title, naming its line', () => {
    const { records, warnings } = parseMedline('PMID- 000000000000\nTI  - Zeroes\n\nPMID- 123\nAB  - no title here\n');
    expect(records).toHaveLength(1);
    expect(records[0].pmid).toBeUndefined();
    expect(warnings).toEqual(['line 4: record without a title skipped']);
  });
});
