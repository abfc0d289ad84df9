// Editors in RIS (A2, A3, ED) are never authors of a journal article, chapter or conference paper,
// and never its venue; a chapter's book and a paper's proceedings are its venue, in T2 (EndNote,
// Zotero), BT (Reference Manager, JabRef: read by Zotero as a chapter's book title) or, for a
// conference paper, C3 (Zotero's proceedings title beside the conference's name in T2).
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const read = (...lines: string[]) => {
  const { title, authors, journal } = oneRecord([...lines, 'PY  - 2020', 'ER  - ', ''].join('\n'), 'library.ris');
  return { title, authors, journal };
};

describe('editors', () => {
  it('are neither the authors nor the venue of a journal article', () => {
    expect(read('TY  - JOUR', 'TI  - Pijat oksitosin', 'AU  - Sari, Dewi', 'A2  - Editor, Ed', 'ED  - Editor, Two', 'T2  - Jurnal Kebidanan')).toEqual({
      title: 'Pijat oksitosin',
      authors: ['Sari, Dewi'],
      journal: 'Jurnal Kebidanan',
    });
    expect(read('TY  - JOUR', 'TI  - Pijat oksitosin', 'A2  - Editor, Ed', 'JO  - Jurnal Kebidanan').authors).toEqual([]);
  });

  it("are never a chapter's or conference paper's authors, even when it names none", () => {
    for (const type of ['CHAP', 'CONF', 'CPAPER'])
      for (const tag of ['A2', 'A3', 'ED']) expect(read(`TY  - ${type}`, 'TI  - Chapter one', `${tag}  - Editor, Ed`, 'T2  - The Book').authors, `${type} ${tag}`).toEqual([]);
  });
});

describe("a part's venue", () => {
  it("is a chapter's book, in T2 or BT", () => {
    const expected = { title: 'Chapter one', authors: ['Sari, Dewi'], journal: 'Handbook of Midwifery' };
    expect(read('TY  - CHAP', 'TI  - Chapter one', 'AU  - Sari, Dewi', 'A2  - Editor, Ed', 'T2  - Handbook of Midwifery')).toEqual(expected);
    expect(read('TY  - CHAP', 'T1  - Chapter one', 'A1  - Sari, Dewi', 'ED  - Editor, Ed', 'BT  - Handbook of Midwifery', 'T3  - Series')).toEqual(expected);
  });

  it("is a conference paper's proceedings, in T2, BT or C3", () => {
    const expected = { title: 'Paper', authors: ['Sari, Dewi'], journal: 'Proceedings of ICON 2020' };
    expect(read('TY  - CONF', 'TI  - Paper', 'AU  - Sari, Dewi', 'A2  - Editor, Ed', 'BT  - Proceedings of ICON 2020')).toEqual(expected);
    expect(read('TY  - CPAPER', 'TI  - Paper', 'AU  - Sari, Dewi', 'C3  - Proceedings of ICON 2020')).toEqual(expected);
    // The conference's name in T2 comes first, as before.
    expect(read('TY  - CONF', 'TI  - Paper', 'AU  - Sari, Dewi', 'T2  - ICON 2020', 'C3  - Proceedings of ICON 2020').journal).toBe('ICON 2020');
  });

  it("is not a whole book's own title in BT, nor a BT that is the record's title", () => {
    expect(read('TY  - BOOK', 'TI  - Handbook of Midwifery', 'AU  - Sari, Dewi', 'BT  - Handbook of Midwifery').journal).toBeUndefined();
    expect(read('TY  - BOOK', 'BT  - Handbook of Midwifery', 'AU  - Sari, Dewi')).toEqual({ title: 'Handbook of Midwifery', authors: ['Sari, Dewi'], journal: undefined });
    expect(read('TY  - CHAP', 'BT  - Handbook of Midwifery', 'AU  - Sari, Dewi').journal).toBeUndefined();
  });

  it('is no T2 naming the book that a chapter without a title of its own stands for', () => {
    // Title from BT (the record is its book); EndNote's "Book Title" in T2 names the same book.
    const book = { title: 'Handbook of Midwifery', authors: ['Sari, Dewi'], journal: undefined };
    expect(read('TY  - ECHAP', 'AU  - Sari, Dewi', 'T2  - Handbook of Midwifery', 'BT  - Handbook of Midwifery')).toEqual(book);
    expect(read('TY  - CHAP', 'AU  - Sari, Dewi', 'BT  - Handbook of Midwifery', 'T2  - HANDBOOK OF MIDWIFERY.')).toEqual(book);
    // Another title in T2 stays the venue; so does a titled chapter's book, and a journal named as its article.
    expect(read('TY  - CHAP', 'AU  - Sari, Dewi', 'BT  - Postpartum care', 'T2  - Handbook of Midwifery').journal).toBe('Handbook of Midwifery');
    expect(read('TY  - CHAP', 'TI  - Postpartum care', 'T2  - Handbook of Midwifery', 'BT  - Handbook of Midwifery').journal).toBe('Handbook of Midwifery');
    expect(read('TY  - JOUR', 'TI  - Nursing Open', 'T2  - Nursing Open').journal).toBe('Nursing Open');
  });

  it("is never a journal article's C3 (CENTRAL's ids there), nor a conference paper's that holds ids", () => {
    expect(read('TY  - JOUR', 'TI  - Pijat oksitosin', 'C3  - PUBMED 38507156,EMBASE 2029064766').journal).toBeUndefined();
    for (const ids of ['PubMed 12345678', 'EMBASE 2029064766', 'PUBMED 38507156,EMBASE 2029064766', 'CN-01234567'])
      expect(read('TY  - CONF', 'TI  - Effect of X', `C3  - ${ids}`).journal, ids).toBeUndefined();
  });

  it("is only a part's: the BT of any other record is its own title, also in other case or punctuation", () => {
    expect(read('TY  - JOUR', 'TI  - Pijat oksitosin', 'BT  - Pijat oksitosin.').journal).toBeUndefined();
    expect(read('TY  - UNPB', 'TI  - Pijat oksitosin', 'BT  - Pijat oksitosin: a draft').journal).toBeUndefined();
    expect(read('TY  - THES', 'TI  - Pijat oksitosin', 'BT  - Pijat oksitosin').journal).toBeUndefined();
    expect(read('TY  - CHAP', 'TI  - Handbook of midwifery', 'BT  - HANDBOOK OF MIDWIFERY.').journal).toBeUndefined();
  });
});
