// A structured abstract's heading alone on its line, in the text fields that keep an abstract's line
// breaks (RIS continuation lines, BibTeX, CSV). The Cochrane Library's RIS of a review (CDSR) writes
// its abstract so:
//   AB  - Background
//   Mother‐infant separation postbirth is common. …
//   Objectives
//   To assess the effects of immediate or early skin‐to‐skin contact …
//   Search methods / Selection criteria / Data collection and analysis / Main results / Authors' conclusions
// Joined with spaces the headings would read as the abstract's words ("Background Mother‐infant …").
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

// The abstract as its lines, heading and paragraph in turn.
const SECTIONS = [
  'Background',
  'Mother‐infant separation postbirth is common.',
  'Objectives',
  'To assess the effects of early skin‐to‐skin contact (SSC).',
  'Search methods',
  "We searched Cochrane Pregnancy and Childbirth's Trials Register.",
  'Selection criteria',
  'Randomised controlled trials.',
  'Data collection and analysis',
  'Two review authors independently assessed trials.',
  'Main results',
  'We included 46 trials.',
  "Authors' conclusions",
  'Evidence supports using SSC.',
];

const REVIEW = [
  'TY  - JOUR',
  'ID  - CD003519.PUB4',
  'AU  - Moore, Elizabeth R',
  'TI  - Early skin-to-skin contact for mothers and their healthy newborn infants',
  'JO  - Cochrane Database of Systematic Reviews',
  'PY  - 2016',
  'IS  - 11',
  'DO  - 10.1002/14651858.CD003519.pub4',
  `AB  - ${SECTIONS[0]}`,
  ...SECTIONS.slice(1),
  'UR  - https://doi.org//10.1002/14651858.CD003519.pub4',
  'ER  - ',
  '',
].join('\n');

describe('a heading alone on its line', () => {
  it("keeps its line, and the paragraph after it its own (Cochrane Library's RIS of a review)", () => {
    const review = oneRecord(REVIEW, 'citation-export.ris');
    expect(review.abstract?.split('\n')).toEqual(SECTIONS);
    expect(review).toMatchObject({ doi: '10.1002/14651858.cd003519.pub4', year: 2016, journal: 'Cochrane Database of Systematic Reviews' });
  });

  it('in BibTeX and CSV abstracts too', () => {
    const bib = oneRecord(
      '@article{a,\n  title = {Kangaroo care},\n  abstract = {Background\nHypothermia is common.\nMethods\nA randomised trial.},\n  year = {2020}\n}\n',
      'x.bib',
    );
    expect(bib.abstract).toBe('Background\nHypothermia is common.\nMethods\nA randomised trial.');
    const csv = oneRecord(
      'Key,Item Type,Publication Year,Author,Title,Publication Title,Abstract Note\nAB12CD34,journalArticle,2020,"Putri, Ayu",Kangaroo care,BMC Pediatrics,"Background\nHypothermia is common.\nMethods\nA randomised trial."\n',
      'zotero.csv',
    );
    expect(csv.abstract).toBe('Background\nHypothermia is common.\nMethods\nA randomised trial.');
  });

  it("parts a bilingual OJS abstract's halves (Zotero's RIS), the opening label dropped", () => {
    const ojs = oneRecord(
      [
        'TY  - JOUR',
        'TI  - Pengaruh pijat oksitosin terhadap produksi ASI',
        'T2  - Jurnal Kebidanan',
        'AB  - Abstract',
        'The study examined oxytocin massage.',
        'Abstrak',
        'Penelitian ini meneliti pijat oksitosin.',
        'ER  - ',
        '',
      ].join('\n'),
      'zotero.ris',
    );
    expect(ojs.abstract).toBe('The study examined oxytocin massage.\nAbstrak\nPenelitian ini meneliti pijat oksitosin.');
  });

  it('never a wrapped line: a word of a sentence, a lowercase word, a heading with its colon', () => {
    const wrapped = oneRecord(
      '@article{a,\n  title = {Kangaroo care},\n  abstract = {We compared two\nmethods\nof warming and found\nResults: fewer cases.},\n  year = {2020}\n}\n',
      'x.bib',
    );
    expect(wrapped.abstract).toBe('We compared two methods of warming and found\nResults: fewer cases.');
    const colon = oneRecord('@article{a,\n  title = {Kangaroo care},\n  abstract = {Background:\nHypothermia is common.},\n  year = {2020}\n}\n', 'x.bib');
    expect(colon.abstract).toBe('Background: Hypothermia is common.');
  });
});
