// Rayyan exports an author list twice when the file it was given had the names in both forms
// (PubMed's AU and FAU, Scopus's "Authors" and "Author full names"): with initials, then written
// out. Read once, each person in the fuller form; a list that only looks alike stays whole.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const risAuthors = (...names: string[]) =>
  parseBibliography(
    `TY  - JOUR\nAN  - rayyan-42924189\nTI  - Oxytocin massage and breast milk production\n${names.map((n) => `AU  - ${n}`).join('\n')}\nY1  - 2020\nN1  - RAYYAN-INCLUSION: {"Emily"=>"Included"}\nER  -\n`,
    'articles.ris',
  ).records[0].authors;

describe('an author list written twice', () => {
  it('Rayyan RIS: the initials then the full names give each author once, written out', () => {
    expect(risAuthors('Yang, Z.', 'Jiang, B.', 'Xu, J.', 'McNamara, M.E.', 'Yang, Zixiao', 'Jiang, Baoyu', 'Xu, Jie', 'McNamara, Maria E.')).toEqual([
      'Yang, Zixiao',
      'Jiang, Baoyu',
      'Xu, Jie',
      'McNamara, Maria E.',
    ]);
  });

  it('PubMed forms ("Smith JA" beside "Smith, John A"), either order, accents aside', () => {
    expect(risAuthors('Smith, John A', 'Černý, David', 'Smith JA', 'Cerny D')).toEqual(['Smith, John A', 'Černý, David']);
    // The accented name first: its two forms open with different characters.
    expect(risAuthors('Černý, David', 'Smith, John A', 'Cerny D', 'Smith JA')).toEqual(['Černý, David', 'Smith, John A']);
  });

  it('Rayyan CSV: one "authors" cell joined with "and"', () => {
    const csv =
      'key,title,year,journal,volume,issue,pages,authors,url,abstract,notes,doi\n' +
      'rayyan-1,Oxytocin massage and breast milk production,2020,Midwifery,5,1,1-9,"Pol, D. and Baiano, M.A. and Pol, Diego and Baiano, Mattia A.",,,"RAYYAN-INCLUSION: {""Emily""=>""Maybe""}",\n';
    expect(parseBibliography(csv, 'articles.csv').records[0].authors).toEqual(['Pol, Diego', 'Baiano, Mattia A.']);
  });

  it('keeps a list whose halves are other people (Scopus: "Whytock, R.C." and "Whytock, R.T.")', () => {
    const list = ['Whytock, R.C.', 'Fuentes-Montemayor, E.', 'Watts, K.', 'Barbosa De Andrade, P.', 'Whytock, R.T.', 'French, P.', 'Macgregor, N.A.', 'Park, K.J.'];
    expect(risAuthors(...list)).toEqual(list);
    expect(risAuthors('Lee, A.', 'Kim, B.', 'Lee, C.', 'Kim, B.')).toEqual(['Lee, A.', 'Kim, B.', 'Lee, C.', 'Kim, B.']);
  });

  it('keeps four names written alike twice: four people may share two names (review)', () => {
    expect(risAuthors('Kim, J.', 'Lee, S.', 'Kim, J.', 'Lee, S.')).toEqual(['Kim, J.', 'Lee, S.', 'Kim, J.', 'Lee, S.']);
    // Six names repeated word for word are one list written twice.
    expect(risAuthors('Kim, J.', 'Lee, S.', 'Park, H.', 'Kim, J.', 'Lee, S.', 'Park, H.')).toEqual(['Kim, J.', 'Lee, S.', 'Park, H.']);
  });

  it('keeps lists too short or odd to be a repeat', () => {
    expect(risAuthors('Smith, J.', 'Smith, John')).toEqual(['Smith, J.', 'Smith, John']);
    expect(risAuthors('Smith, J.', 'Doe, A.', 'Roe, B.', 'Smith, John', 'Doe, Alice')).toHaveLength(5);
  });
});
