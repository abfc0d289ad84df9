// Ovid's MEDLINE records keep MEDLINE's substances (RN) after the MeSH headings, and EndNote's and
// Zotero's RIS pass them on as keywords: "0 (Antibodies, Antinuclear)", "GNN1DV99GX (Penicillamine)".
// The substance's name is the keyword, without its registry number.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const endnote = (keywords: string) =>
  `TY  - JOUR\nAB  - BACKGROUND AND AIMS: Chelating agents are used first.\nAN  - 26067812\nAU  - Seessle, J.\nDB  - MEDLINE\nDP  - Ovid Technologies\nKW  - ${keywords}\nPY  - 2016\nSP  - 125-30\nT2  - Journal of Inherited Metabolic Disease\nTI  - Concomitant immune-related events in Wilson disease\nVL  - 39\nID  - 1095\nER  - \n`;
const keywordsOf = (keywords: string) => parseBibliography(endnote(keywords), 'wilson.ris').records[0].keywords;

describe('MEDLINE substances among RIS keywords', () => {
  it('keeps the substance and drops its registry number (none, UNII, CAS, EC)', () => {
    const written =
      'Adolescent\n*Chelating Agents/ae [Adverse Effects]\n0 (Antibodies, Antinuclear)\nGNN1DV99GX (Penicillamine)\n7440-66-6 (Zinc)\nEC 3-6-1 (Adenosine Triphosphatases)';
    expect(keywordsOf(written)).toEqual(['Adolescent', 'Chelating Agents/ae [Adverse Effects]', 'Antibodies, Antinuclear', 'Penicillamine', 'Zinc', 'Adenosine Triphosphatases']);
  });

  it('a keyword with a bracket that is no substance stays', () => {
    expect(keywordsOf('Quality of life (QoL)\nCOVID-19 (disease)')).toEqual(['Quality of life (QoL)', 'COVID-19 (disease)']);
  });
});
