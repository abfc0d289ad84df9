// R1 review: ScienceDirect's chapter-number rule (lib/formats/chapter-labels.ts) looks at every record
// with an Elsevier DOI or a ScienceDirect link, journal articles included, and reads "<number> - " as a
// chapter number. An Elsevier JOURNAL article whose title opens with a number range written with
// spaces loses its first number: "2015 - 2020 Dietary Guidelines …" becomes "2020 Dietary Guidelines …".
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const ris = (title: string, doi: string, pii: string) =>
  `TY  - JOUR\r\nT1  - ${title}\r\nJO  - Journal of the Academy of Nutrition and Dietetics\r\nAU  - Rahmawati, Siti\r\nPY  - 2016\r\nDO  - https://doi.org/${doi}\r\nUR  - https://www.sciencedirect.com/science/article/pii/${pii}\r\nER  - \r\n`;
const titleOf = (text: string) => parseBibliography(text, 'ScienceDirect_citations.ris').records[0].title;

describe('ScienceDirect chapter numbers: journal articles keep their titles', () => {
  it.each([
    '2015 - 2020 Dietary Guidelines for Americans: what changed for nurses',
    '3 - 5 year outcomes of bariatric surgery in adolescents',
    '2019 – 2020 influenza vaccine effectiveness in nursing homes',
  ])('%s', (title) => {
    expect(titleOf(ris(title, '10.1016/j.jand.2016.01.001', 'S2212267216000010'))).toBe(title);
  });
});
