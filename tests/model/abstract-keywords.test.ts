// Keyword lists written into an abstract (OJS, Garuda, SciELO, some Scopus records): the keywords
// of a record that has none, and a list that ends the abstract is no part of it.
import { describe, expect, it } from 'vitest';
import { abstractKeywords, withoutEndKeywords } from '../../lib/model/abstract-keywords';

const body = 'Latar belakang: produksi ASI rendah. Hasil: volume ASI meningkat (p = 0.001).';

describe('keyword lists in an abstract', () => {
  it('are read in each language and separator, the label glued or not', () => {
    expect(abstractKeywords(`${body} Kata kunci: pijat oksitosin, ASI, ibu nifas`)).toEqual(['pijat oksitosin', 'ASI', 'ibu nifas']);
    expect(abstractKeywords(`${body}Keywords: oxytocin massage; breast milk; postpartum.`)).toEqual(['oxytocin massage', 'breast milk', 'postpartum']);
    expect(abstractKeywords(`${body}\nKey words: massage · lactation`)).toEqual(['massage', 'lactation']);
    expect(abstractKeywords(`${body} Palavras-chave: Aleitamento Materno; Enfermagem`)).toEqual(['Aleitamento Materno', 'Enfermagem']);
    expect(abstractKeywords(`${body} Descriptores: Lactancia Materna; Enfermería`)).toEqual(['Lactancia Materna', 'Enfermería']);
  });

  it('of both languages, each once, up to the next label or abstract', () => {
    const both = `ABSTRACT Milk rose. Keywords: oxytocin massage; ASI ABSTRAK ASI meningkat. Kata kunci: pijat oksitosin; asi Background: …`;
    expect(abstractKeywords(both)).toEqual(['oxytocin massage', 'ASI', 'pijat oksitosin']);
  });

  it('a list that ends the abstract is cut from it', () => {
    expect(withoutEndKeywords(`${body} Kata kunci: pijat oksitosin, ASI, ibu nifas`)).toBe(body);
    expect(withoutEndKeywords(`${body}\nKeywords: oxytocin massage; breast milk.\n`)).toBe(body);
  });

  it('the text stays when the list does not end it, is long, or is one of two languages', () => {
    for (const text of [
      `${body} Keywords: oxytocin; milk. The study then asked mothers about their experience.`,
      `${body} Keywords: ${'a very long phrase that no list holds, '.repeat(10)}end`,
      `ABSTRACT Milk rose. Keywords: oxytocin massage\nABSTRAK ASI meningkat. Kata kunci: pijat oksitosin`,
      `${body} The keywords used in the search were listed in the protocol.`,
    ]) {
      expect(withoutEndKeywords(text), text).toBe(text);
    }
    expect(abstractKeywords(`${body} The keywords used in the search were listed.`)).toEqual([]);
  });
});

describe('a label inside a sentence', () => {
  it("is the abstract's own words, not a list", () => {
    for (const text of [
      `${body} Search terms included the keywords: burnout, nurses, stress`,
      `${body} Artikel dicari dengan kata kunci: pijat oksitosin, produksi ASI`,
      'Conclusion: Nurses should use descriptors: NANDA-I, NIC and NOC.',
    ]) {
      expect(withoutEndKeywords(text), text).toBe(text);
      expect(abstractKeywords(text), text).toEqual([]);
    }
  });

  it('takes linear time on long runs of spaces', () => {
    const started = performance.now();
    abstractKeywords(`key${' '.repeat(50_000)}:`);
    withoutEndKeywords(`key${' '.repeat(50_000)}:`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
