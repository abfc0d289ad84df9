// Emerald's structured abstracts as Scopus and Web of Science export them: every heading on ONE line
// with its text, after a mark ("Purpose - …", ":", "–", "—") or, in Scopus's form, none ("Purpose
// The purpose …"). Each heading starts a line of its own, as in the RIS of a reference manager.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (abstract: string) =>
  ['TY  - JOUR', 'TI  - Nurses and research use', 'T2  - Journal of Health Organization and Management', 'PY  - 2020', `AB  - ${abstract}`, 'ER  - ', ''].join('\n');
const abstractOf = (abstract: string) => oneRecord(ris(abstract), 'scopus.ris').abstract?.split('\n');

const SECTIONS: [string, string][] = [
  ['Purpose', 'The purpose of this paper is to examine research use.'],
  ['Design/methodology/approach', 'A survey of 120 nurses.'],
  ['Findings', 'Most nurses read research.'],
  ['Research limitations/implications', 'The sample is small.'],
  ['Practical implications', 'Managers may train staff.'],
  ['Social implications', 'Patients benefit.'],
  ['Originality/value', 'The first survey of its kind.'],
];

describe("Emerald's structured abstract on one line", () => {
  it.each([' -', ':', ' –', ' —'])('starts a line at each heading followed by "%s"', (mark) => {
    const lines = SECTIONS.map(([heading, text]) => `${heading}${mark} ${text}`);
    expect(abstractOf(lines.join(' '))).toEqual(lines);
  });

  it("puts each heading alone on its line in Scopus's form without a mark", () => {
    expect(abstractOf(SECTIONS.map(([heading, text]) => `${heading} ${text}`).join(' '))).toEqual(SECTIONS.flat());
  });

  it('leaves a sentence alone: words in lower case, no slash heading, or no opening "Purpose"', () => {
    const prose = [
      'The purpose of this study is to assess findings. Findings suggest practical implications for nurses.',
      'Purpose - To assess care. Findings - Most nurses read research.',
      'We studied nurses. Design/methodology/approach A survey. Findings Most read research.',
      'Purpose The purpose is to assess the design/methodology/approach of reviews. Findings show little.',
    ];
    for (const text of prose) expect(abstractOf(text)).toEqual([text]);
  });
});
