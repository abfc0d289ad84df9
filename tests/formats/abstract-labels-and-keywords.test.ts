// Imported records follow the pages' rules for an abstract's labels and keyword lists: a record
// with no keywords of its own gets them, and a list that ends the abstract is cut from it.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const body = 'Latar belakang: produksi ASI rendah. Hasil: volume ASI meningkat (p = 0.001).';
const ris = (tags: string) => `TY  - JOUR\nTI  - Pijat oksitosin dan produksi ASI\n${tags}\nER  - \n`;

describe('keyword lists in imported abstracts', () => {
  it('give a record without keywords its keywords, and leave its abstract', () => {
    const [record] = parseBibliography(ris(`AB  - ${body} Kata kunci: pijat oksitosin; ASI; ibu\n  nifas`), 'garuda.ris').records;
    expect(record.keywords).toEqual(['pijat oksitosin', 'ASI', 'ibu nifas']);
    expect(record.abstract).toBe(body);
  });

  it("leave a record's own keywords alone, and still leave its abstract", () => {
    const [record] = parseBibliography(ris(`AB  - ${body} Keywords: oxytocin massage, breast milk\nKW  - Breast Feeding\nKW  - Massage`), 'scopus.ris').records;
    expect(record.keywords).toEqual(['Breast Feeding', 'Massage']);
    expect(record.abstract).toBe(body);
  });

  it('leave an abstract that only speaks of keywords as it is', () => {
    const text = `${body} The keywords of the search: see the protocol. Mothers were followed for six weeks.`;
    const [record] = parseBibliography(ris(`AB  - ${text}`), 'scopus.ris').records;
    expect(record.abstract).toBe(text);
    expect(record.keywords).toBeUndefined();
  });
});

describe('labels run into the words beside them', () => {
  it('are put on lines of their own when the abstract opens so (Dimensions)', () => {
    const ab = 'BackgroundAnthropogenic light is known to affect birds.MethodsThe protocol describes a review.';
    const [record] = parseBibliography(`TY  - JOUR\nTI  - T\nAB  - ${ab}\nER  - \n`, 'dimensions.ris').records;
    expect(record.abstract).toBe('Background\nAnthropogenic light is known to affect birds.\nMethods\nThe protocol describes a review.');
  });

  it('leave an abstract that does not open so as it is, and take an opening ABSTRACT label off', () => {
    const ris = (ab: string) => parseBibliography(`TY  - JOUR\nTI  - T\nAB  - ${ab}\nER  - \n`, 'a.ris').records[0].abstract;
    expect(ris('Birds were counted.MethodsX is a journal.')).toBe('Birds were counted.MethodsX is a journal.');
    expect(ris('ABSTRACTBreast milk rose in 30 mothers.')).toBe('Breast milk rose in 30 mothers.');
    expect(ris('AbstractYouth with IBD were followed for a year.')).toBe('Youth with IBD were followed for a year.');
  });
});

describe('found by a review', () => {
  const ris = (ab: string) => parseBibliography(`TY  - JOUR\nTI  - T\nAB  - ${ab}\nER  - \n`, 'a.ris').records[0];

  it('an "Abstract" joined by a hyphen, or a title in capitals, is the abstract\'s own first word', () => {
    expect(ris('Abstract-based learning improved recall.').abstract).toBe('Abstract-based learning improved recall.');
    expect(ris('ABSTRACT THINKING IN NURSING STUDENTS WAS ASSESSED.').abstract).toBe('ABSTRACT THINKING IN NURSING STUDENTS WAS ASSESSED.');
    expect(ris('Abstract - Background Milk rose.').abstract).toBe('Background Milk rose.');
  });

  it('keywords written after a copyright notice are read before the notice is cut', () => {
    const record = ris('Results were positive. © 2019 Elsevier Ltd. Keywords: nurses; burnout');
    expect(record.abstract).toBe('Results were positive.');
    expect(record.keywords).toEqual(['nurses', 'burnout']);
  });
});
