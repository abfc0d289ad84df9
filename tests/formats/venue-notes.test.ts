// MEDLINE's notes on an article's links to others ("Comment in: …", "Erratum in: …", "Update of: …")
// are no venue, in whichever importer's venue field they land: EPPI-Reviewer's RIS writes
// "JF  - Comment in: …" for records it took from PubMed.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const eppi = (venues: string) =>
  `TY  - JOUR\nT1  - Oxytocin massage and breast milk production\n${venues}A1  - Brownstein C D\nKW  - eppi-reviewer\nPY  - 2019\nU1  - 102199191\nER  - \n`;
const journalOf = (text: string, name: string) => parseBibliography(text, name).records[0].journal;

describe("MEDLINE's notes in a venue field", () => {
  it('EPPI-Reviewer RIS: a JF note is passed over for the journal in another tag, or gives none', () => {
    expect(journalOf(eppi('JF  - Comment in: J Hum Lact. 2019 Feb;35(1):10-11. PMID: 30517824\nJO  - Journal of Human Lactation\n'), 'eppi.ris')).toBe(
      'Journal of Human Lactation',
    );
    expect(journalOf(eppi('JF  - Erratum in: Midwifery. 2020 Mar;82:102611. PMID: 31869678\n'), 'eppi.ris')).toBeUndefined();
    expect(journalOf(eppi('T2  - Update of: Cochrane Database Syst Rev. 2016;(5):CD003519\nJ2  - Cochrane Database Syst Rev\n'), 'eppi.ris')).toBe('Cochrane Database Syst Rev');
  });

  it('a CSV or BibTeX venue that is a note gives none', () => {
    const csv = 'key,title,year,journal,authors,notes\nrayyan-1,Oxytocin massage,2019,"Comment on: BMJ. 2018;360:k1. PMID: 29298770",Smith J,\n';
    expect(journalOf(csv, 'articles.csv')).toBeUndefined();
    expect(journalOf('@article{a, title={Oxytocin massage}, journal={Retraction in: Lancet. 2010;375:445}, year={2009}}\n', 'x.bib')).toBeUndefined();
  });

  it('keeps journals with a colon of their own', () => {
    for (const journal of ['Cladistics : the international journal of the Willi Hennig Society', 'Update: Dental Education', 'Midwifery: An International Journal'])
      expect(journalOf(eppi(`JF  - ${journal}\n`), 'eppi.ris')).toBe(journal);
  });
});
