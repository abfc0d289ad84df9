// Emerald's structured abstract on one line without marks (Scopus's form) whose first heading is not
// "Purpose" standing first: Scopus leaves the word "Abstract" before it ("Abstract Purpose This paper
// …"), and a paper without a purpose section opens with "Design/methodology/approach"
// (lib/formats/emerald-inline.ts). Each heading starts a line; prose stays one paragraph.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (abstract: string) =>
  ['TY  - JOUR', 'TI  - Nurses and research use', 'T2  - Journal of Health Organization and Management', 'PY  - 2020', `AB  - ${abstract}`, 'ER  - ', ''].join('\n');
const abstractOf = (abstract: string) => oneRecord(ris(abstract), 'scopus.ris').abstract?.split('\n');

const REST = 'Design/methodology/approach A survey of 120 nurses. Findings Most nurses read research. Originality/value The first survey of its kind.';
const REST_LINES = ['Design/methodology/approach', 'A survey of 120 nurses.', 'Findings', 'Most nurses read research.', 'Originality/value', 'The first survey of its kind.'];

describe('an Emerald abstract on one line that does not open with "Purpose"', () => {
  it('after the word "Abstract" (Scopus), which goes', () => {
    for (const before of ['Abstract ', 'Abstract: ', 'Structured Abstract '])
      expect(abstractOf(`${before}Purpose This paper examines research use. ${REST}`), before).toEqual(['Purpose', 'This paper examines research use.', ...REST_LINES]);
    expect(abstractOf('Abstract Purpose - This paper examines research use. Design/methodology/approach - A survey. Findings - Most read.')).toEqual([
      'Purpose - This paper examines research use.',
      'Design/methodology/approach - A survey.',
      'Findings - Most read.',
    ]);
  });

  it('opening with "Design/methodology/approach", with or without marks', () => {
    expect(abstractOf(REST)).toEqual(REST_LINES);
    // After "Abstract" too: the opening heading once, not again as a heading between words.
    for (const before of ['Abstract ', 'Structured Abstract ', 'ABSTRACT ']) expect(abstractOf(`${before}${REST}`), before).toEqual(REST_LINES);
    expect(abstractOf('Abstract: Design/methodology/approach - A survey of 120 nurses. Findings - Most nurses read research.')).toEqual([
      'Design/methodology/approach - A survey of 120 nurses.',
      'Findings - Most nurses read research.',
    ]);
    expect(abstractOf('Design/methodology/approach - A survey of 120 nurses. Findings - Most nurses read research.')).toEqual([
      'Design/methodology/approach - A survey of 120 nurses.',
      'Findings - Most nurses read research.',
    ]);
  });

  it('in BibTeX too', () => {
    const bib = oneRecord(
      `@article{a,\ntitle = {Nurses and research use},\njournal = {Journal of Health Organization and Management},\nyear = {2020},\nabstract = {Abstract Purpose This paper examines research use. ${REST}}\n}\n`,
      'scopus.bib',
    );
    expect(bib.abstract?.split('\n')).toEqual(['Purpose', 'This paper examines research use.', ...REST_LINES]);
  });
});

describe('prose that names a purpose or findings', () => {
  it('stays one paragraph', () => {
    const prose = [
      'Abstract The purpose of this study is to assess findings. Findings suggest practical implications for nurses.',
      'Abstract Purpose of the study was to test the design/methodology/approach of reviews. Findings show little.',
      'Purpose This paper examines care. Findings Most nurses read research.',
      'We studied nurses. Design/methodology/approach A survey. Findings Most read research.',
    ];
    for (const text of prose) expect(abstractOf(text)).toEqual([text]);
  });
});
