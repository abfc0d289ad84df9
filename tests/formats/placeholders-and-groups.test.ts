// What exporters write in place of a value (PubMed's "[Not Available].", "In press", "et al."),
// the PMID EBSCO leaves only in its link, and fields Web of Science names its own way: each gives
// the record's real value or none, never the placeholder.
import { describe, expect, it } from 'vitest';
import { oneRecord as one } from './helpers';

const nbib = (lines: string[]) => `${lines.join('\n')}\n`;

describe('PubMed (nbib)', () => {
  it('takes the title in the original language (TT) when TI is "[Not Available]."', () => {
    const record = one(
      nbib(['PMID- 35000001', 'TI  - [Not Available].', 'TT  - Pengaruh pijat oksitosin terhadap produksi ASI.', 'FAU - Lestari, Dewi', 'DP  - 2022 Jan']),
      'a.nbib',
    );
    expect(record.title).toBe('Pengaruh pijat oksitosin terhadap produksi ASI.');
  });

  it('keeps a collective author after the named persons', () => {
    const record = one(nbib(['PMID- 35000002', 'TI  - Oxytocin massage trial.', 'FAU - Lestari, Dewi', 'AU  - Lestari D', 'CN  - Oxytocin Study Group', 'DP  - 2022']), 'b.nbib');
    expect(record.authors).toEqual(['Lestari, Dewi', 'Oxytocin Study Group']);
  });
});

describe('a year field that says "In press"', () => {
  it('gives the year written in the next year field (RIS, BibTeX, EndNote)', () => {
    expect(one('TY  - JOUR\nTI  - Pijat oksitosin\nPY  - In press\nDA  - 2024/05/01\nER  - \n', 'a.ris').year).toBe(2024);
    expect(one('@article{k, title = {Pijat oksitosin}, year = {In press}, date = {2024-05}}', 'a.bib').year).toBe(2024);
    expect(one('%0 Journal Article\n%T Pijat oksitosin\n%D In press\n%8 2024\n', 'a.enw').year).toBe(2024);
  });

  it('gives no year when no field holds one', () => {
    expect(one('TY  - JOUR\nTI  - Pijat oksitosin\nPY  - In press\nER  - \n', 'b.ris').year).toBeUndefined();
  });
});

describe('Web of Science BibTeX', () => {
  it('reads the early-access year and the article number as pages', () => {
    const record = one(
      '@article{ WOS:001, Title = {Oxytocin massage}, Journal = {Midwifery}, EarlyAccessDate = {JAN 2024}, Article-Number = {103912}, Unique-ID = {WOS:001100000000001}}',
      'wos.bib',
    );
    expect(record.year).toBe(2024);
    expect(record.pages).toBe('103912');
  });
});

describe('authors', () => {
  it('never keeps "et al." or "dkk." as an author', () => {
    expect(one('TY  - JOUR\nTI  - Pijat\nAU  - Lestari, D.\nAU  - et al.\nER  - \n', 'c.ris').authors).toEqual(['Lestari, D.']);
    expect(one('%0 Journal Article\n%T Pijat\n%A Lestari, Dewi\n%A dkk.\n', 'b.enw').authors).toEqual(['Lestari, Dewi']);
  });
});

describe('pages', () => {
  it('gives one page when the start and end page are the same', () => {
    expect(one('TY  - JOUR\nTI  - Pijat\nSP  - 45\nEP  - 45\nER  - \n', 'd.ris').pages).toBe('45');
    expect(one('TY  - JOUR\nTI  - Pijat\nSP  - e45\nEP  - e45\nER  - \n', 'e.ris').pages).toBe('e45');
  });
});

describe('EBSCO RIS', () => {
  const record = (db: string, link: string) => one(`TY  - JOUR\nTI  - Pijat oksitosin\nAN  - 31999999\nDB  - ${db}\nDP  - EBSCOhost\nUR  - ${link}\nER  - \n`, 'ebsco.ris');

  it('takes the AN of a MEDLINE database (db=mdc, mnh, cmedm) as the PMID', () => {
    expect(record('mdc', 'https://search.ebscohost.com/login.aspx?direct=true&db=mdc&AN=31999999&site=ehost-live').pmid).toBe('31999999');
    expect(record('MEDLINE', 'https://search.ebscohost.com/login.aspx?direct=true&db=cmedm&AN=31999999&site=ehost-live').pmid).toBe('31999999');
  });

  it("never takes CINAHL's or Academic Search's AN as a PMID", () => {
    expect(record('rzh', 'https://search.ebscohost.com/login.aspx?direct=true&db=rzh&AN=31999999&site=ehost-live').pmid).toBeUndefined();
    expect(record('a9h', 'https://search.ebscohost.com/login.aspx?direct=true&db=a9h&AN=31999999&site=ehost-live').pmid).toBeUndefined();
  });
});

describe('CSL JSON', () => {
  it("reads an organisation's name, null fields and a date written as text", () => {
    const item = {
      type: 'article-journal',
      title: 'Oxytocin massage',
      author: [
        { family: 'Lestari', given: 'Dewi' },
        { name: 'WHO Collaborative Group', sequence: 'additional' },
      ],
      volume: null,
      issue: '2',
      issued: '2021-05',
      DOI: '10.1234/om.1',
    };
    const record = one(JSON.stringify([item]), 'a.json');
    expect(record.authors).toEqual(['Lestari, Dewi', 'WHO Collaborative Group']);
    expect(record.volume).toBeUndefined();
    expect(record.issue).toBe('2');
    expect(record.year).toBe(2021);
  });
});

describe('a note naming other articles', () => {
  it("never gives the PMID of an erratum or a comment, and still gives the record's own", () => {
    const ris = (note: string) => one(`TY  - JOUR\nTI  - Pijat oksitosin\nN1  - ${note}\nUR  - https://pubmed.ncbi.nlm.nih.gov/32000001/\nER  - \n`, 'n.ris');
    expect(ris('Erratum in: Midwifery. 2021 Jan;92:102890. PMID: 33000001').pmid).toBe('32000001');
    expect(ris('Comment in: BMJ. 2020;368:m1. PMID: 33000002; PMID: 32000001').pmid).toBe('32000001');
    expect(one('TY  - JOUR\nTI  - Pijat\nN1  - PMID: 32000001\nER  - \n', 'o.ris').pmid).toBe('32000001');
  });
});

describe('one AU line holding two Vancouver names', () => {
  it('gives two authors; "Family, Given" stays one', () => {
    expect(one('TY  - JOUR\nTI  - Pijat\nAU  - Rahmawati S, Santoso BA\nER  - \n', 'v.ris').authors).toEqual(['Rahmawati S', 'Santoso BA']);
    expect(one('TY  - JOUR\nTI  - Pijat\nAU  - Abu Bakar, Siti Nur\nER  - \n', 'w.ris').authors).toEqual(['Abu Bakar, Siti Nur']);
    expect(one('TY  - JOUR\nTI  - Pijat\nAU  - Santoso, B\nER  - \n', 'x.ris').authors).toEqual(['Santoso, B']);
  });
});

describe('MathML in a title', () => {
  it('gives the formula once: its TeX annotation is dropped', () => {
    const title =
      'Effect of <mml:math><mml:semantics><mml:mrow><mml:msub><mml:mi>T</mml:mi><mml:mn>2</mml:mn></mml:msub></mml:mrow><mml:annotation encoding="application/x-tex">T_2</mml:annotation></mml:semantics></mml:math> on <math><semantics><mi>&#x3b1;</mi></semantics></math>-waves';
    expect(one(`TY  - JOUR\nTI  - ${title}\nER  - \n`, 'm.ris').title).toBe('Effect of T2 on α-waves');
  });
});

describe('a title wholly in brackets (a translated title)', () => {
  it('loses its brackets in every format, not only PubMed', () => {
    const wos = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI [Halleskogsbrannan. Woodpecker invasion favoured by fire.]\nAU Waara, Lennart\nPY 2015\nER\n\nEF\n';
    expect(one(wos, 'z.txt').title).toBe('Halleskogsbrannan. Woodpecker invasion favoured by fire.');
    expect(one('TY  - JOUR\nTI  - [Effect of oxytocin massage].\nER  - \n', 't.ris').title).toBe('Effect of oxytocin massage.');
    expect(one('TY  - JOUR\nTI  - [Review] Effect of oxytocin massage [in Indonesian]\nER  - \n', 'u.ris').title).toBe('[Review] Effect of oxytocin massage [in Indonesian]');
  });
});
