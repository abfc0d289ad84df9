// Mendeley's BibTeX puts the month of publication in `number` (lib/formats/bibtex.ts issueOrMonth).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const entry = (number: string) =>
  `@article{Pasquier2016,\nauthor = {Pasquier, Claude and Gard{\\\`{e}}s, Julien},\ntitle = {{Prediction of miRNA-disease associations}},\njournal = {Scientific Reports},\nnumber = {${number}},\npages = {27036},\nvolume = {6},\nyear = {2016}\n}\n`;
const issueOf = (number: string) => parseBibliography(entry(number), 'library.bib').records[0].issue;

describe('a month where the issue goes (Mendeley)', () => {
  it('is no issue', () => {
    for (const month of ['June', 'April', 'sept', 'Dec.']) expect(issueOf(month)).toBeUndefined();
  });

  it('leaves issues that are numbers, supplements or seasons', () => {
    expect(issueOf('4')).toBe('4');
    expect(issueOf('Suppl 1')).toBe('Suppl 1');
    expect(issueOf('Spring')).toBe('Spring');
    expect(issueOf('Mayo')).toBe('Mayo');
  });
});
