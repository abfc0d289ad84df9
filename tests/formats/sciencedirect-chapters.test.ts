// ScienceDirect's chapter numbers before an Elsevier chapter's title, and "Publisher Summary"
// before its abstract (lib/formats/chapter-labels.ts, record.ts): no part of either.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const bibtex = (title: string, doi: string, abstract = 'In this chapter, we review oxytocin massage.') =>
  `@incollection{KEY2020413,\ntitle = {${title}},\nbooktitle = {Midwifery Care},\npublisher = {Elsevier},\npages = {413-427},\nyear = {2020},\ndoi = {${doi}},\nauthor = {Siti Rahmawati and Budi Santoso},\nabstract = {${abstract}}\n}\n`;
const first = (text: string, name = 'ScienceDirect_citations.bib') => parseBibliography(text, name).records[0];

describe('ScienceDirect chapters', () => {
  const numbered = ['Chapter 26 - Oxytocin massage in the ward', 'Chapter nineteen - Oxytocin massage in the ward', '1 - Oxytocin massage in the ward'];
  it.each(numbered)('lose the chapter number written before the title: %s', (title) => {
    expect(first(bibtex(title, 'https://doi.org/10.1016/B978-0-12-820488-7.00042-6')).title).toBe('Oxytocin massage in the ward');
  });

  it('lose it in ScienceDirect RIS too', () => {
    const ris =
      'TY  - CHAP\r\nT1  - Chapter 4 - Kangaroo mother care\r\nAU  - Rahmawati, Siti\r\nPY  - 2012\r\nDO  - https://doi.org/10.1016/B978-0-12-385963-1.00004-6\r\nUR  - https://www.sciencedirect.com/science/article/pii/B9780123859631000046\r\nER  - \r\n';
    expect(first(ris, 'ScienceDirect_citations.ris').title).toBe('Kangaroo mother care');
  });

  it('keep a title so written by any other publisher', () => {
    expect(first(bibtex('Chapter 3 - Methods', '10.1007/978-3-030-00001-1_3')).title).toBe('Chapter 3 - Methods');
  });

  it('have no "Publisher Summary" label before the abstract', () => {
    const withBreak = first(bibtex('Kangaroo care', '10.1016/B978-0-08-096632-8.00007-2', 'Publisher Summary\nThis chapter describes kangaroo care.'));
    expect(withBreak.abstract).toBe('This chapter describes kangaroo care.');
    const withColon = first(bibtex('Kangaroo care', '10.1016/B978-0-08-096632-8.00007-2', 'Publisher Summary: The chapter discusses kangaroo care.'));
    expect(withColon.abstract).toBe('The chapter discusses kangaroo care.');
  });
});
