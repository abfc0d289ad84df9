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

// Emerald's abstracts of 2005–2008, under its first guide's headings: "Purpose of this paper" and "What is
// original/value of paper" (emerald-inline.ts, wos-headings.ts), on one line and on lines of their own.
const OLDER_SECTIONS: [string, string][] = [
  ['Purpose of this paper', 'To examine how nurses use research.'],
  ['Design/methodology/approach', 'A survey of 120 nurses.'],
  ['Findings', 'Most nurses read research.'],
  ['Research limitations/implications', 'The sample is small.'],
  ['Practical implications', 'Managers may train staff.'],
  ['What is original/value of paper', 'The first survey of its kind.'],
];

describe("Emerald's older structured abstract", () => {
  it.each([' -', ':', ' –'])('starts a line at each heading followed by "%s"', (mark) => {
    const lines = OLDER_SECTIONS.map(([heading, text]) => `${heading}${mark} ${text}`);
    expect(abstractOf(lines.join(' '))).toEqual(lines);
  });

  it("puts each heading alone on its line in Scopus's form without a mark", () => {
    expect(abstractOf(OLDER_SECTIONS.map(([heading, text]) => `${heading} ${text}`).join(' '))).toEqual(OLDER_SECTIONS.flat());
  });

  it('reads "of the paper" as well', () => {
    const lines = ['Purpose of the paper - To examine research use.', 'Design/methodology/approach - A survey.', 'What is original/value of the paper - The first survey.'];
    expect(abstractOf(lines.join(' '))).toEqual(lines);
  });

  it('keeps the headings a reference manager writes on lines of their own, alone or before a dash', () => {
    const alone = OLDER_SECTIONS.flat().join('\n');
    expect(abstractOf(alone)).toEqual(OLDER_SECTIONS.flat());
    const dashed = OLDER_SECTIONS.map(([heading, text]) => `${heading} – ${text}`);
    expect(abstractOf(dashed.join('\n'))).toEqual(dashed);
  });

  it('leaves the sentence "the purpose of this paper is" in its prose', () => {
    const prose = [
      'The purpose of this paper is to examine research use. Design/methodology/approach - A survey of 120 nurses.',
      'Purpose of this paper is to examine research use, and the design/methodology/approach of reviews. Findings show little.',
      'We remind readers of the purpose of this paper - to examine research use. What is original/value of paper for nurses is unclear.',
    ];
    expect(abstractOf(prose[0])).toEqual(['The purpose of this paper is to examine research use.', 'Design/methodology/approach - A survey of 120 nurses.']);
    expect(abstractOf(prose[1])).toEqual([prose[1]]);
    expect(abstractOf(prose[2])).toEqual([prose[2]]);
  });
});
