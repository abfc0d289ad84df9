// Web of Science's plain text writes a structured abstract (PLOS, BMC) as a heading alone on its
// line, then the section's paragraph on one line: "AB Background" / "   Leprosy is …" / "   Methods".
// Each heading keeps its line, as Dimensions' glued labels get theirs back; wrapped text stays one paragraph.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const plainText = (abstract: string) =>
  `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Fritzell, C\nTI Emerging trends of Zika apprehension\nSO PLOS NEGLECTED TROPICAL DISEASES\nAB ${abstract}\nPY 2018\nUT WOS:000424022700035\nER\n\nEF\n`;
const abstractOf = (abstract: string) => parseBibliography(plainText(abstract), 'savedrecs.txt').records[0].abstract;

describe("Web of Science's abstract headings on lines of their own", () => {
  it('each heading, also two joined ("Conclusions/Significance"), starts a line, and its paragraph the next', () => {
    const written = [
      'Background',
      '   French Guiana has a long history of dengue outbreaks.',
      '   Methodology/Principal findings',
      '   A phone survey was conducted among 1,129 people.',
      '   Conclusions/Significance',
      '   Zika was seen as a new health threat.',
    ].join('\n');
    expect(abstractOf(written)).toBe(
      'Background\nFrench Guiana has a long history of dengue outbreaks.\nMethodology/Principal findings\nA phone survey was conducted among 1,129 people.\nConclusions/Significance\nZika was seen as a new health threat.',
    );
  });

  it('an abstract wrapped at the line width is one paragraph, even where a line is short', () => {
    const written = ['Intermountain West forests are not entirely unnatural or', '   unhealthy, as the results', '   show.'].join('\n');
    expect(abstractOf(written)).toBe('Intermountain West forests are not entirely unnatural or unhealthy, as the results show.');
  });
});
