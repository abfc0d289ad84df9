// How particular exporters write particular things, each read as the reviewer means it.
import { describe, expect, it } from 'vitest';
import { parseBibliography, parseCsvWithMapping } from '../../lib/formats';
import { oneRecord } from './helpers';

const one = oneRecord;

describe('BibTeX from reference managers', () => {
  it('keeps the signs Zotero writes as text commands (p < 0.001, > 65 years, 2 × 2)', () => {
    const a = one('@article{a, title={A {\\texttimes} 2 trial}, abstract={Lower mortality (p {\\textless} 0.001) in adults {\\textgreater}65 years; p {$<$} 0.05}}');
    expect(a.title).toBe('A × 2 trial');
    expect(a.abstract).toBe('Lower mortality (p < 0.001) in adults >65 years; p < 0.05');
  });

  it('keeps units, Greek letters and spaces around math symbols (Mendeley, Zotero)', () => {
    const a = one('@article{m, title={IL-1$\\beta$ and TNF}, abstract={Dose 5 $\\mu$g/kg and 10 $\\mu$L; mean $\\pm$ SD; A {\\~{}}30{\\%} rise}}');
    expect(a.title).toBe('IL-1β and TNF');
    expect(a.abstract).toBe('Dose 5 μg/kg and 10 μL; mean ± SD; A ~30% rise');
  });

  it('reads the DOI and link Mendeley writes with escaped underscores and percents', () => {
    const a = one('@incollection{c, title={A chapter}, doi={10.1007/978-3-030-12345-6{\\_}7}, url={https://example.org/a{\\_}b?q=1{\\%}20}}');
    expect(a.doi).toBe('10.1007/978-3-030-12345-6_7');
    expect(a.url).toBe('https://example.org/a_b?q=1%20');
  });

  it('splits names joined with "dan" as RIS and CSV do: persons only, never inside braces', () => {
    const authors = (value: string) => one(`@article{a, title={T}, author=${value}}`).authors;
    expect(authors('{{Badan Penelitian dan Pengembangan Kesehatan}}')).toEqual(['Badan Penelitian dan Pengembangan Kesehatan']);
    expect(authors('{Badan Penelitian dan Pengembangan Kesehatan}')).toEqual(['Badan Penelitian dan Pengembangan Kesehatan']);
    expect(authors('{Siti Rahmawati, Budi Santoso dan Dewi Lestari}')).toEqual(['Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari']);
    expect(authors('{Rahmawati, Siti dan Santoso, Budi}')).toEqual(['Rahmawati, Siti', 'Santoso, Budi']);
    expect(authors('{Suharti dan Sumarni}')).toEqual(['Suharti', 'Sumarni']);
    expect(authors('{dr. Siti Rahmawati dan Budi Santoso}')).toEqual(['Siti Rahmawati', 'Budi Santoso']);
    expect(authors('{{Johnson and Johnson} dan Siti Rahmawati}')).toEqual(['Johnson and Johnson', 'Siti Rahmawati']);
  });

  it('drops "and others": it names no author', () => {
    expect(one('@article{g, title={Scholar}, author={Smith, John and Doe, Jane and others}}').authors).toEqual(['Smith, John', 'Doe, Jane']);
  });

  it('reads a Better BibLaTeX PMID (eprinttype = pmid)', () => {
    expect(one('@article{p, title={T}, eprint={29284666}, eprinttype={pmid}}').pmid).toBe('29284666');
  });

  it('reads every entry of a file with old-Mac line endings, also when a value must be repaired', () => {
    const text = ['@article{a,', 'title={First},', 'year={2020}', '}', '@article{b,', 'title={Second}', 'year={2021}', '}', '@article{c,', 'title={Third},', 'year={2022}}'].join(
      '\r',
    );
    const { records, warnings } = parseBibliography(text);
    expect(records.map((r) => [r.title, r.year])).toEqual([
      ['First', 2020],
      ['Second', 2021],
      ['Third', 2022],
    ]);
    expect(warnings.every((w) => !w.startsWith('line 1:'))).toBe(true);
  });
});

describe('RIS from particular exporters', () => {
  it('takes ScienceDirect’s journal (JO), not the special issue or conference its T2 names', () => {
    const sd = ['TY  - JOUR', 'T1  - Oxytocin massage', 'JO  - Enfermería Clínica', 'VL  - 30', 'PY  - 2020', 'DA  - 2020/06/01/'];
    const tail = [
      'T2  - The 4th International Conference on Nursing Science (ICoNS 2019)',
      'UR  - https://www.sciencedirect.com/science/article/pii/S1130862119304966',
      'ER  - ',
      '',
    ];
    expect(one([...sd, ...tail].join('\n')).journal).toBe('Enfermería Clínica');
    // Elsewhere T2 is the journal and JO may be its abbreviation (EndNote, Mendeley).
    expect(one('TY  - JOUR\nTI  - A trial\nT2  - Journal of Advanced Nursing\nJO  - J Adv Nurs\nUR  - https://example.org/a\nER  - \n').journal).toBe(
      'Journal of Advanced Nursing',
    );
    expect(one('TY  - JOUR\nTI  - A trial\nT2  - Midwifery\nUR  - https://www.sciencedirect.com/science/article/pii/S0266613820301234\nER  - \n').journal).toBe('Midwifery');
    // A full name (JF) first; an abbreviated JO never over T2, whatever the link.
    const linked = (lines: string) => one(`TY  - JOUR\nTI  - A trial\n${lines}\nL2  - https://www.sciencedirect.com/science/article/pii/S2210261220300001\nER  - \n`).journal;
    expect(linked('JF  - International Journal of Surgery Case Reports\nJO  - Int. J. Surg. Case Rep.')).toBe('International Journal of Surgery Case Reports');
    expect(linked('T2  - Journal of Advanced Nursing\nJO  - J Adv Nurs')).toBe('Journal of Advanced Nursing');
  });

  it('does not take the date a page was accessed (Y2) as the year', () => {
    expect(one('TY  - ELEC\nTI  - A guideline\nY2  - 2024/01/10\nER  - \n').year).toBeUndefined();
    expect(one('TY  - JOUR\nTI  - A trial\nPY  - 2019\nY2  - 2024/01/10\nER  - \n').year).toBe(2019);
  });

  it('never takes ProQuest’s document id for a PMID, and reads the PMID it notes', () => {
    const a = one('TY  - JOUR\nTI  - A trial\nAN  - 874512345\nDB  - MEDLINE® (ProQuest)\nN1  - PMID: 21345678\nER  - \n');
    expect(a.pmid).toBe('21345678');
    const ebsco = one('TY  - JOUR\nTI  - A trial\nAN  - 21345678\nDB  - MEDLINE\nDP  - EBSCOhost\nER  - \n');
    expect(ebsco.pmid).toBe('21345678');
  });

  it('reads a file written with one space before the dash, whatever its tags', () => {
    const a = one('TY - JOUR\nTI - A trial\nAB - The abstract.\nDP - EBSCOhost\nET - 2nd\nER - \n');
    expect(a.abstract).toBe('The abstract.');
  });

  it('keeps an abstract’s wrapped line that looks like a one-space tag in a standard file', () => {
    const a = one('TY  - JOUR\nTI  - A trial\nAB  - Women were enrolled in\nST - segment elevation groups.\nER  - \n');
    expect(a.abstract).toBe('Women were enrolled in ST - segment elevation groups.');
  });

  it('reads tag lines with a tab or nothing after the dash', () => {
    const a = one('TY  - JOUR\nTI  -\tA trial\nAU  -Sari, D.\nER  - \n');
    expect([a.title, a.authors]).toEqual(['A trial', ['Sari, D.']]);
  });

  it('says when a file of a known format gives no records at all', () => {
    const { records, warnings } = parseBibliography('TY  - JOUR\n');
    expect(records).toEqual([]);
    expect(warnings.join(' ')).toMatch(/RIS/);
  });
});

describe('CSV authors', () => {
  it('splits comma-separated authors when some have a single name, as in Indonesia', () => {
    const header = 'Authors,Title,Year,Source title,EID';
    const { records } = parseBibliography(
      `${header}\n"Suharti, Santoso B., Aminah S.",Pijat oksitosin,2021,Jurnal Kebidanan,2-s2.0-1\n"Smith, John",One name,2020,J,2-s2.0-2\n`,
      'scopus.csv',
    );
    expect(records.map((r) => r.authors)).toEqual([['Suharti', 'Santoso B.', 'Aminah S.'], ['Smith, John']]);
  });
});

describe('odd but readable lines', () => {
  it('ends a RIS record at a bare "ER" line, splits "; "-joined authors and unmarks major topics', () => {
    const { records } = parseBibliography(
      'TY  - JOUR\nTI  - A\nAU  - Sari, Dewi; Lee, Ann\nKW  - *breast feeding\nKW  - oxytocin\nAB  - Abstract A.\nER\nTY  - JOUR\nTI  - B\nER  - \n',
    );
    expect(records.map((r) => [r.title, r.authors, r.abstract, r.keywords])).toEqual([
      ['A', ['Sari, Dewi', 'Lee, Ann'], 'Abstract A.', ['breast feeding', 'oxytocin']],
      ['B', [], undefined, undefined],
    ]);
  });

  it('unbrackets the English title MEDLINE gives an article in another language', () => {
    const { records } = parseBibliography('PMID- 111\nTI  - [Effect of oxytocin massage on breast milk production].\nDP  - 2020\n');
    expect(records[0].title).toBe('Effect of oxytocin massage on breast milk production.');
  });
});

describe('abstracts in several RIS lines', () => {
  it('keeps every AB paragraph, and takes N2 only when there is no AB', () => {
    const { records } = parseBibliography(
      'TY  - JOUR\nTI  - A\nAB  - Background: first.\nAB  - Results: second.\nN2  - Notes.\nER  - \nTY  - JOUR\nTI  - B\nN2  - Only N2.\nER  - \n',
    );
    expect(records.map((r) => r.abstract)).toEqual(['Background: first.\nResults: second.', 'Only N2.']);
  });
});

describe('keywords on one RIS line', () => {
  const kw = (...lines: string[]) => one(`TY  - JOUR\nTI  - Pijat oksitosin\n${lines.map((l) => `KW  - ${l}`).join('\n')}\nER  - \n`).keywords;

  it('splits a record’s only KW line that lists keywords with commas (Garuda, OJS)', () => {
    expect(kw('ASI, pijat oksitosin, ibu nifas')).toEqual(['ASI', 'pijat oksitosin', 'ibu nifas']);
    expect(kw('stunting, balita')).toEqual(['stunting', 'balita']);
  });

  it('keeps a MeSH heading whole, alone or among other keywords, in RIS and in a CSV cell', () => {
    expect(kw('Infant, Newborn')).toEqual(['Infant, Newborn']);
    const csv = (cell: string) => one(`Authors,Title,Year,Source title,EID,Author Keywords\n"Lee A.","Kangaroo care",2021,J,2-s2.0-1,"${cell}"\n`, 'scopus.csv').keywords;
    expect(csv('Infant, Newborn')).toEqual(['Infant, Newborn']);
    expect(csv('kangaroo care, preterm, weight')).toEqual(['kangaroo care', 'preterm', 'weight']);
    expect(kw('Breast Feeding, Exclusive', 'Oxytocin')).toEqual(['Breast Feeding, Exclusive', 'Oxytocin']);
  });
});

describe('PubMed’s "[Not Available]." for a missing title', () => {
  it('is no title: the original one stands in, else a placeholder naming the record’s PMID or DOI (the record still counts), else the record is skipped', () => {
    const csv = parseBibliography(
      'PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year\n1234567,[Not Available].,Lee A.,J. 2020;1:1.,Lee A,J,2020\n7654321,[Not Available].,Kim B.,J. 2021;2:2.,Kim B,J,2021\n',
      'csv-pubmed-set.csv',
    );
    expect(csv.records.map((r) => r.title)).toEqual(['Title not available (PMID 1234567)', 'Title not available (PMID 7654321)']);
    const ris = parseBibliography('TY  - JOUR\nTI  - [Not Available].\nAU  - Lee, A.\nER  - \n');
    expect([ris.records, ris.warnings.join(' ')]).toEqual([[], expect.stringMatching(/without a title skipped/)]);
    const csl = one(JSON.stringify([{ id: 'a', type: 'article-journal', title: '[Not Available].', 'original-title': 'Pijat oksitosin pada ibu nifas' }]));
    expect([csl.title, csl.originalTitle]).toEqual(['Pijat oksitosin pada ibu nifas', undefined]);
  });
});

describe('placeholders for a missing abstract', () => {
  it('gives no abstract for Scopus’s "[No abstract available]", in CSV and RIS alike', () => {
    const csv = parseBibliography('Authors,Title,Year,Source title,Abstract,EID\n"Sari D.",A trial,2020,J,[No abstract available],2-s2.0-1\n', 'scopus.csv');
    expect(csv.records[0].abstract).toBeUndefined();
    expect(one('TY  - JOUR\nTI  - A trial\nAB  - [No abstract available]\nER  - \n').abstract).toBeUndefined();
    expect(one('TY  - JOUR\nTI  - A trial\nAB  - No abstract available.\nER  - \n').abstract).toBeUndefined();
  });

  it('gives no abstract for the placeholders journal systems write, as the page reader gives none', () => {
    // OJS and Garuda's RIS carry what the journal typed into an empty abstract field.
    for (const placeholder of ['Abstrak tidak tersedia', 'ABSTRAK:', '-', 'N/A', 'Abstract not available'])
      expect(one(`TY  - JOUR\nTI  - Pijat oksitosin\nAB  - ${placeholder}\nER  - \n`).abstract, placeholder).toBeUndefined();
  });

  it('keeps an abstract that only mentions the words', () => {
    expect(one('TY  - JOUR\nTI  - A trial\nAB  - No abstract available for 12 of 40 trials.\nER  - \n').abstract).toBe('No abstract available for 12 of 40 trials.');
  });
});

describe('author lists cut with "…" (Google Scholar, Publish or Perish)', () => {
  it('drops the mark, alone or stuck to the last name, in CSV, RIS and BibTeX alike', () => {
    const header = 'Cites,Authors,Title,Year,Source,Publisher,ArticleURL';
    const { records } = parseBibliography(`${header}\n3,"J Smith, A Doe, …",A,2020,J,P,https://x.org/a\n1,"J Smith, A Doe…",B,2021,J,P,https://x.org/b\n`, 'pop.csv');
    expect(records.map((r) => r.authors)).toEqual([
      ['J Smith', 'A Doe'],
      ['J Smith', 'A Doe'],
    ]);
    expect(one('TY  - JOUR\nTI  - A\nAU  - …, DN Mariyani\nAU  - Sari, D...\nAU  - ...\nER  - \n').authors).toEqual(['DN Mariyani', 'Sari, D']);
    expect(one('@article{a, title={A}, author={Smith, J. and Doe, A. and …}}').authors).toEqual(['Smith, J.', 'Doe, A.']);
  });

  it('says when the list was cut at its start, so that its first name is not taken for the first author', () => {
    const front = one('TY  - JOUR\nTI  - A\nAU  - …, DN Mariyani\nAU  - Rahmawati, S\nER  - \n');
    expect(front).toMatchObject({ authors: ['DN Mariyani', 'Rahmawati, S'], authorsTruncated: true, cut: { authors: 'start' } });
    const header = 'Cites,Authors,Title,Year,Source,Publisher,ArticleURL';
    const { records } = parseBibliography(`${header}\n3,"…, DN Mariyani, S Rahmawati",A,2020,J,P,https://x.org/a\n1,"J Smith, A Doe…",B,2021,J,P,https://x.org/b\n`, 'pop.csv');
    expect(records.map((r) => r.cut)).toEqual([{ authors: 'start' }, undefined]);
  });

  it('keeps the full stop of an initial', () => {
    expect(one('TY  - JOUR\nTI  - A\nAU  - Smith, J.\nAU  - Doe, A.B.\nER  - \n').authors).toEqual(['Smith, J.', 'Doe, A.B.']);
  });
});

describe('RIS books', () => {
  it('takes a book’s title from BT when it has no TI, and never a chapter’s book over its own title', () => {
    expect(one('TY  - BOOK\nBT  - Handbook of midwifery care\nPY  - 2019\nER  - \n').title).toBe('Handbook of midwifery care');
    expect(one('TY  - CHAP\nBT  - Handbook of midwifery care\nTI  - Breastfeeding support\nER  - \n').title).toBe('Breastfeeding support');
  });
});

describe('CINAHL authors', () => {
  it('drops the nursing credentials written after a name', () => {
    expect(one('TY  - JOUR\nTI  - A\nAU  - Smith, Jane, RN, PhD\nAU  - Smith, RN\nER  - \n').authors).toEqual(['Smith, Jane', 'Smith, RN']);
  });
});

describe('ids written after authors’ names', () => {
  it('drops Scopus’s author id ("Author full names") and an ORCID, keeps a name’s own brackets', () => {
    const csv = '"Author full names","Title","Year","Source"\n"Rahmawati, Siti (57201234567); Santoso, Budi (57201234568)","Pijat oksitosin pada ibu nifas","2020","Jurnal Ners"\n';
    const { records } = parseCsvWithMapping(csv, { title: 'Title', authors: 'Author full names', year: 'Year', journal: 'Source' });
    expect(records[0].authors).toEqual(['Rahmawati, Siti', 'Santoso, Budi']);
    const ris = 'TY  - JOUR\nTI  - A\nAU  - Lestari, Dewi (0000-0002-1825-009X)\nAU  - WHO Study Group (2019)\nER  - \n';
    expect(one(ris).authors).toEqual(['Lestari, Dewi', 'WHO Study Group (2019)']);
  });
});
