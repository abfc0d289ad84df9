// Ovid's RIS joins an abstract's paragraphs with a comma after the full stop: a Cochrane CENTRAL
// trial registry record reads "… with prevention initiatives., Social anxiety is a risk factor …".
// In a record linked to Ovid each paragraph gets its line back; abbreviations keep their comma.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const ovid = (abstract: string, link = 'http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=cctr&NEWS=N&AN=CN-02103847') =>
  `1. \nTY  - ELEC\nID  - CN-02103847\nT1  - Sexual Confidence: CBT for Social Anxiety Disorder With HIV Risk Reduction Counselling\nA1  - NCT04381559\nY1  - 2020//\nN2  - ${abstract}\nJA  - https://clinicaltrials.gov/show/NCT04381559\nL2  - ${link}\nER  -  \n`;
const abstractOf = (abstract: string, link?: string) => parseBibliography(ovid(abstract, link), 'cochrane.ris').records[0].abstract;

describe("Ovid's paragraphs joined with '.,'", () => {
  it('each paragraph starts a line, also after a number or a bracket', () => {
    expect(
      abstractOf('MSM are a priority population for prevention initiatives., Social anxiety is higher among gay men (22.3-22.9%)., Participants will be randomly assigned.'),
    ).toBe('MSM are a priority population for prevention initiatives.\nSocial anxiety is higher among gay men (22.3-22.9%).\nParticipants will be randomly assigned.');
  });

  it('an abbreviation keeps its comma: "e.g., The", "et al., Nature", "etc., A"', () => {
    const prose = 'Some cues (e.g., Touch) and reviews (Smith et al., Nature) help, as do drugs, devices etc., A trial follows.';
    expect(abstractOf(prose)).toBe(prose);
  });

  it('a record not linked to Ovid keeps its text: a botanist\'s "Benth., Acacia" is prose', () => {
    const prose = 'Dichrostachys cinerea Wight & Arn., Acacia mellifera (Vahl) Benth., Acacia nilotica (L) Willd., Acacia senegal were recorded.';
    expect(abstractOf(prose, 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-1')).toBe(prose);
  });
});
