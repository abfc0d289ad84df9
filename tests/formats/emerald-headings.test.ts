// Emerald's structured abstracts, whose headings hold a slash ("Design/methodology/approach",
// "Originality/value", "Research limitations/implications") or two words ("Practical implications",
// "Social implications"). A reference manager's RIS keeps each heading alone on its continuation
// line; Emerald's own export may write it before its text after a dash ("Purpose – This paper …").
// Joined with spaces they would read as the abstract's words ("… libraries. Design/methodology/approach A survey …").
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const SECTIONS = [
  'Purpose',
  'This paper examines how academic libraries support systematic reviews.',
  'Design/methodology/approach',
  'A survey of 120 librarians.',
  'Findings',
  'Most libraries offer search support.',
  'Research limitations/implications',
  'The sample is small.',
  'Practical implications',
  'Libraries may train staff.',
  'Social implications',
  'Reviews inform policy.',
  'Originality/value',
  'The first survey of its kind.',
];

const ris = (lines: string[]) =>
  ['TY  - JOUR', 'TI  - Systematic review support in academic libraries', 'T2  - Library Hi Tech', 'PY  - 2021', `AB  - ${lines[0]}`, ...lines.slice(1), 'ER  - ', ''].join('\n');

describe("Emerald's structured abstract", () => {
  it('keeps each heading alone on its line, and the paragraph after it its own', () => {
    expect(oneRecord(ris(SECTIONS), 'zotero.ris').abstract?.split('\n')).toEqual(SECTIONS);
  });

  it('starts a line at each heading written before its text after a dash', () => {
    const dashed = [
      'Purpose – This paper examines how academic libraries support',
      'systematic reviews.',
      'Design/methodology/approach – A survey of 120 librarians.',
      'Findings - Most libraries offer search support.',
      'Originality/value – The first survey of its kind.',
    ];
    expect(oneRecord(ris(dashed), 'emerald.ris').abstract?.split('\n')).toEqual([
      'Purpose – This paper examines how academic libraries support systematic reviews.',
      'Design/methodology/approach – A survey of 120 librarians.',
      'Findings - Most libraries offer search support.',
      'Originality/value – The first survey of its kind.',
    ]);
  });

  it('never a sentence that opens with another word and a dash', () => {
    const lines = ['Libraries were surveyed in', 'Tuberculosis – a disease of poverty – wards.'];
    expect(oneRecord(ris(lines), 'x.ris').abstract).toBe('Libraries were surveyed in Tuberculosis – a disease of poverty – wards.');
  });
});
