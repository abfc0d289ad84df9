// EPPI-Reviewer's RIS export (its ItemListService.ExportItemToRIS) writes "KW  - eppi-reviewer"
// (before 2023 "KW  - eppi-reviewer4", the stored keywords on the lines after it) as the first
// keyword of every record: a mark of the tool, no keyword of the article.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const eppi = (keywordLines: string) =>
  `TY  - JOUR\r\nT1  - Establishing a standardised approach for neonatal noxious-evoked brain activity\r\nJF  - Cortex\r\nA1  - Marianne Aspbury\r\nA1  - Marianne van der Vaart\r\nST  - Aspbury (2024)\r\n${keywordLines}PY  - 2024\r\nDA  - 2024///\r\nY1  - 2024///\r\nAB  - Electroencephalography can be used in neonates.\r\nVL  - 179\r\nIS  - \r\nSP  - 215\r\nEP  - 234\r\nU1  - 115011370\r\nN1  - \r\nER  - \r\n\r\n`;
const keywordsOf = (keywordLines: string) => parseBibliography(eppi(keywordLines), 'eppi.ris').records[0].keywords;

describe("EPPI-Reviewer's RIS", () => {
  it('drops its "eppi-reviewer" mark and keeps the keywords after it', () => {
    expect(keywordsOf('KW  - eppi-reviewer\r\nKW  - Humans\r\nKW  - Infant, Newborn\r\nKW  - *Heel\r\n')).toEqual(['Humans', 'Infant, Newborn', 'Heel']);
    expect(keywordsOf('KW  - eppi-reviewer\r\n') ?? []).toEqual([]);
  });

  it('EPPI-Reviewer 4: "eppi-reviewer4" and the stored keywords on the lines after it', () => {
    expect(keywordsOf('KW  - eppi-reviewer4\r\nHumans\r\nInfant, Newborn\r\n')).toEqual(['Humans', 'Infant, Newborn']);
  });

  it('a keyword that merely names the tool stays', () => {
    expect(keywordsOf('KW  - EPPI-Reviewer software\r\nKW  - systematic review\r\n')).toEqual(['EPPI-Reviewer software', 'systematic review']);
  });
});
