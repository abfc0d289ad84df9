// APA PsycInfo's record notice in mid-text, as PsycInfo records that carry a translation have it
// in Ovid's and EBSCO's RIS: cut wherever it stands, the text after it (more text, a translated
// abstract) kept, in imports and page reads alike (withoutCopyright).
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { withoutCopyright } from '../../lib/model/copyright';

const english = 'Background: Oxytocin massage is common. Results: Milk volume rose (p < 0.05).';
const spanish = 'Antecedentes: el masaje con oxitocina es común entre las madres. Resultados: el volumen de leche aumentó (p < 0,05).';
const notice = (year = 2020) => `(PsycInfo Database Record (c) ${year} APA, all rights reserved)`;

describe("APA PsycInfo's notice in mid-text", () => {
  it('goes, and a short translation after it stays', () => {
    expect(withoutCopyright(`${english} ${notice()} ${spanish}`)).toBe(`${english} ${spanish}`);
    expect(withoutCopyright(`${english} ${notice()}. ${spanish} ${notice(2021)}`)).toBe(`${english} ${spanish}`);
  });

  it('keeps the full stop after its bracket when it ends the sentence before it (review)', () => {
    const plain = 'Milk volume rose';
    expect(withoutCopyright(`${plain} ${notice()}. ${spanish}`)).toBe(`${plain}. ${spanish}`);
    expect(withoutCopyright(`${plain} ${notice()}.`)).toBe(`${plain}.`);
  });

  it('goes far from the end, on a line of its own, and in its other forms', () => {
    const long = `${spanish} ${spanish} ${spanish} ${spanish}`;
    expect(withoutCopyright(`${english} ${notice()} ${long}`)).toBe(`${english} ${long}`);
    expect(withoutCopyright(`${english}\n${notice()}\n${spanish}`)).toBe(`${english}\n${spanish}`);
    expect(withoutCopyright(`${english} (APA PsycInfo Database Record (c) 2022 APA, all rights reserved) ${spanish}`)).toBe(`${english} ${spanish}`);
    expect(withoutCopyright(`${english} PsycINFO Database Record (c) 2012 APA, all rights reserved ${spanish}`)).toBe(`${english} ${spanish}`);
  });

  it('Ovid RIS: the imported abstract keeps its translation', () => {
    const ris = `TY  - JOUR\nDB  - APA PsycInfo\nTI  - Oxytocin massage and breast milk\nN2  - ${english} ${notice(2019)} ${spanish} ${notice(2019)}\nER  - \n`;
    expect(parseBibliography(ris, 'ovid.ris').records[0].abstract).toBe(`${english} ${spanish}`);
  });

  it('leaves other words about database records', () => {
    const text = `${english} Each PsycInfo database record was screened twice (c) by two reviewers.`;
    expect(withoutCopyright(text)).toBe(text);
  });
});
