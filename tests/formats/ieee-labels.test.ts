// Journals on IEEE's template (many Indonesian ones: JNTETI, Jurnal Linguistik Komputasional, …)
// write the abstract's and the keywords' labels with an em dash, and their OJS exports pass them on:
// "Abstract—One of the obstacles …" (OJS BibTeX of Jurnal Linguistik Komputasional 3(2), 2020),
// "Intisari—… Kata Kunci—stunting, balita". The label is no part of the abstract, and the list gives
// a record without keywords its keywords, as "Abstract:" and "Kata kunci:" do.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const bib = (abstract: string) =>
  parseBibliography(
    `@article{JLK38,\n\tauthor = {Muh Haidir and Ayu Purwarianti},\n\ttitle = {Short Answer Grading},\n\tjournal = {Jurnal Linguistik Komputasional},\n\tyear = {2020},\n\tkeywords = {},\n\tabstract = {${abstract}},\n}\n`,
    'ojs.bib',
  ).records[0];
const ris = (...abstracts: string[]) => parseBibliography(`TY  - JOUR\nTI  - Deteksi dini stunting\n${abstracts.map((a) => `AB  - ${a}\n`).join('')}ER  - \n`, 'a.ris').records[0];

describe("IEEE template's labels with an em dash", () => {
  it('an opening "Abstract—", "Abstrak—" or "Intisari—" is taken off the abstract', () => {
    expect(bib('Abstract—One of the obstacles in an efficient MOOC is grading.').abstract).toBe('One of the obstacles in an efficient MOOC is grading.');
    expect(bib('ABSTRAK — Salah satu kendala MOOC adalah penilaian.').abstract).toBe('Salah satu kendala MOOC adalah penilaian.');
    expect(ris('Intisari—Stunting masih tinggi di Indonesia.').abstract).toBe('Stunting masih tinggi di Indonesia.');
  });

  it('"Keywords—" and "Kata Kunci—" lists give the keywords and leave the abstract', () => {
    const record = bib('Abstract—One of the obstacles is grading. Keywords—short answer grading, BERT');
    expect(record.abstract).toBe('One of the obstacles is grading.');
    expect(record.keywords).toEqual(['short answer grading', 'BERT']);
    expect(ris('Intisari—Stunting masih tinggi.\nKata Kunci—stunting, balita, klasifikasi.').keywords).toEqual(['stunting', 'balita', 'klasifikasi']);
  });

  it('a list ends where the other language\'s "Intisari—" starts', () => {
    const record = ris('Abstract—Indonesia needs food. Keywords: agricultural, random forest, xgboost.\n\nIntisari—Populasi penduduk di Indonesia sangat besar.');
    expect(record.keywords).toEqual(['agricultural', 'random forest', 'xgboost']);
  });

  it('both languages keep their text and lists; an em dash inside a sentence is no label', () => {
    const record = ris('Intisari—Stunting masih tinggi. Kata Kunci—stunting, balita.', 'Abstract—Stunting is still high. Keywords—stunting, toddler');
    expect(record.abstract).toBe('Stunting masih tinggi. Kata Kunci—stunting, balita.\nAbstract—Stunting is still high. Keywords—stunting, toddler');
    expect(record.keywords).toEqual(['stunting', 'balita', 'toddler']);
    const prose = 'The keywords—words typed by users—were logged. Results were good.';
    expect(ris(prose).abstract).toBe(prose);
    expect(ris(prose).keywords).toBeUndefined();
    expect(ris('Abstract-based learning improved recall.').abstract).toBe('Abstract-based learning improved recall.');
  });
});
