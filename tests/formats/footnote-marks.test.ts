// A journal's footnote mark after a title ("… preterm infants*"), as Web of Science keeps it in
// its plain text, RIS and BibTeX ("{*}"): no part of the title. A star that belongs to a name
// ("CD4*", "T*") stays.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const TITLE = 'Effect of massage on weight gain of preterm infants';

const plainText = (title: string) =>
  `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Field, T\nAF Field, Tiffany\nTI ${title}\nSO PEDIATRICS\nPY 1986\nUT WOS:A1986C362700009\nER\n\nEF\n`;
const ris = (title: string) => `TY  - JOUR\nAU  - Field, T\nTI  - ${title}\nT2  - PEDIATRICS\nPY  - 1986\nAN  - WOS:A1986C362700009\nER  -\n`;
const bibtex = (title: string) =>
  `@article{ WOS:A1986C362700009,\nAuthor = {Field, T},\nTitle = {{${title}}},\nJournal = {{PEDIATRICS}},\nYear = {{1986}},\nUnique-ID = {{WOS:A1986C362700009}},\n}\n`;

const titleOf = (text: string, name: string) => parseBibliography(text, name).records[0].title;

describe('a footnote mark after the title', () => {
  it('Web of Science plain text, RIS and BibTeX: the mark goes', () => {
    expect(titleOf(plainText(`${TITLE}*`), 'savedrecs.txt')).toBe(TITLE);
    expect(titleOf(ris(`${TITLE}*`), 'savedrecs.ris')).toBe(TITLE);
    expect(titleOf(bibtex(`${TITLE}{*}`), 'savedrecs.bib')).toBe(TITLE);
  });

  it('in capitals, after a space, doubled, or a dagger', () => {
    expect(titleOf(ris('DICKENS, DINOSAURS, AND DESIGN*'), 'x.ris')).toBe('DICKENS, DINOSAURS, AND DESIGN');
    expect(titleOf(ris(`${TITLE} *`), 'x.ris')).toBe(TITLE);
    expect(titleOf(ris(`${TITLE}.**`), 'x.ris')).toBe(`${TITLE}.`);
    expect(titleOf(ris(`${TITLE}†`), 'x.ris')).toBe(TITLE);
  });

  it('keeps a star that is part of a name', () => {
    for (const title of ['Regulatory T cells expressing CD4*', 'Transition temperature T*', 'Alleles of H2-K*']) expect(titleOf(ris(title), 'x.ris')).toBe(title);
  });
});
