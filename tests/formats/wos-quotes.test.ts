// Web of Science writes TeX's quotes: "``physical{''}" and "{''}Kangaroo care{''}" in BibTeX, and,
// in its plain text and RIS, a straight opening quote with TeX's closing one ("provinces,'').
// Each reads as a quote.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const bibtex = (title: string, abstract: string) =>
  `@article{ WOS:000186671900004,\nAuthor = {Taniar, D},\nTitle = {{${title}}},\nJournal = {{INFORMATION SCIENCES}},\nYear = {{2003}},\nAbstract = {{${abstract}}},\nUnique-ID = {{WOS:000186671900004}},\n}\n`;
const ris = (title: string, abstract: string, id = 'WOS:000282053100002') =>
  `TY  - JOUR\nAU  - Sampson, SD\nTI  - ${title}\nT2  - PLOS ONE\nAB  - ${abstract}\nPY  - 2010\nAN  - ${id}\nER  -\n`;
const plainText = (title: string, abstract: string) =>
  `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Apfelbaum, S\nTI ${title}\nSO CONDOR\nAB ${abstract}\nPY 1981\nUT ZOOREC:ZOOR11800038660\nER\n\nEF\n`;

const read = (text: string, name: string) => parseBibliography(text, name).records[0];

describe("Web of Science's TeX quotes", () => {
  it('BibTeX: "{\'\'}" that opens a word opens the quote', () => {
    const record = read(
      bibtex("{''}Kangaroo care{''} for preterm infants ({''}KMC{''})", "Load balancing through ``physical{''} or {''}logical{''}, data re-distribution."),
      'savedrecs.bib',
    );
    expect(record.title).toBe('“Kangaroo care” for preterm infants (“KMC”)');
    expect(record.abstract).toBe('Load balancing through “physical” or “logical”, data re-distribution.');
  });

  it('RIS and plain text: a straight quote closed with "\'\'" is a quote', () => {
    const abstract = `the occurrence of dinosaur "provinces,'' or "biomes,'' on Laramidia.`;
    expect(read(ris('New horned dinosaurs from Utah', abstract), 'savedrecs.ris').abstract).toBe('the occurrence of dinosaur “provinces,” or “biomes,” on Laramidia.');
    expect(read(plainText(`Prey of "small'' birds`, abstract), 'savedrecs.txt')).toMatchObject({
      title: 'Prey of “small” birds',
      abstract: 'the occurrence of dinosaur “provinces,” or “biomes,” on Laramidia.',
    });
  });

  it("keeps a \"''\" no quote opened (f''(x)), and others' records as written", () => {
    expect(read(ris('Second derivatives', "The sign of f''(x) decides it."), 'x.ris').abstract).toBe("The sign of f''(x) decides it.");
    expect(read(ris('Prey', `Of "small'' birds.`, '2-s2.0-85074596690'), 'x.ris').abstract).toBe(`Of "small'' birds.`);
  });
});
