// Embase's structured abstracts, "Background(s): … Method(s): … Result(s): … Conclusion(s): …"
// in one paragraph, as Ovid's tagged export (wrapped lines), Embase's RIS and a tool that passed
// the record on (Rayyan) write them: each label starts a line of its own.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const OVID = [
  '<1. >',
  'VN  - Ovid Technologies',
  'DB  - Embase',
  'UI  - 2002345678',
  'TI  - Oxytocin massage and breast milk volume after caesarean birth.',
  'AB  - Background(s): Mothers after caesarean birth produce less milk in the first days. Objective:',
  '      To test oxytocin massage. Method(s): A randomised trial of 60 mothers in two hospitals;',
  '      the primary outcome(s): milk volume on day 3. Result(s): Volume rose by 20% (p < 0.05).',
  '      Conclusion(s): Oxytocin massage helps. Copyright (c) 2020 Elsevier Ltd',
  'YR  - 2020',
  '',
].join('\n');

const ABSTRACT = [
  'Background(s): Mothers after caesarean birth produce less milk in the first days.',
  'Objective: To test oxytocin massage.',
  'Method(s): A randomised trial of 60 mothers in two hospitals; the primary outcome(s): milk volume on day 3.',
  'Result(s): Volume rose by 20% (p < 0.05).',
  'Conclusion(s): Oxytocin massage helps.',
].join('\n');

describe("Embase's section labels", () => {
  it('start lines of their own in Ovid tagged text: at a sentence start only, a heading without "(s)" beside them too', () => {
    const { format, records } = parseBibliography(OVID, 'embase.txt');
    expect(format).toBe('medline');
    expect(records[0].abstract).toBe(ABSTRACT);
  });

  it('in RIS from Embase and from tools that pass its records on, with labels of several words', () => {
    const ab =
      'Objective(s): To describe care. Design, Setting, and Participant(s): A survey of 120 nurses. Main Outcome Measure(s): Burnout. Result(s): Burnout was common. Conclusion(s): Staffing matters.';
    const ris = `TY  - JOUR\nTI  - Nurse burnout\nAB  - ${ab}\nDB  - Embase\nER  - \n`;
    expect(parseBibliography(ris, 'rayyan.ris').records[0].abstract).toBe(
      'Objective(s): To describe care.\nDesign, Setting, and Participant(s): A survey of 120 nurses.\nMain Outcome Measure(s): Burnout.\nResult(s): Burnout was common.\nConclusion(s): Staffing matters.',
    );
  });

  it('leave abstracts without an Embase label as they are', () => {
    const ab = 'We asked mothers. Results: milk rose. Two groups were compared: A and B.';
    const ris = `TY  - JOUR\nTI  - Plain\nAB  - ${ab}\nER  - \n`;
    expect(parseBibliography(ris, 'a.ris').records[0].abstract).toBe(ab);
  });
});
