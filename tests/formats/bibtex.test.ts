import { describe, expect, it } from 'vitest';
import { parseBibliography, parseBibtex, serialiseBibtex } from '../../lib/formats';
import type { Article } from '../../lib/model/article';
import { core, fixture } from './helpers';

describe('BibTeX import', () => {
  it('Scopus: one field per line, non-ASCII keys, "$" and unbalanced "{" in abstracts, pubmed_id', () => {
    const { format, records, warnings } = parseBibliography(fixture('bibtex/scopus.bib'), 'scopus.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(3);
    expect(core(records[0])).toEqual({
      title: 'Burn severity and heterogeneity mediate avian response to wildfire in a hemiboreal forest',
      author: 'Zlonis, E.J.',
      year: 2019,
      doi: '10.1016/j.foreco.2019.02.043',
      pmid: '31421429',
      journal: 'Forest Ecology and Management',
    });
    expect(records[0].abstract).toBe('Blackbirds cause more than $100 million in crop damages annually. We used point counts (2009–2011).');
    expect(records[0].keywords).toEqual(['Avian community', 'Burn severity', 'Wildfire']);
    expect(records[0].sourceId).toBe('2-s2.0-85062282548');
    expect(records[0].pages).toBe('70-80');
    expect(records[1].authors).toEqual(['O’Loughlin, T.', 'Clarke, M.F.']);
    // The "{" Scopus left open does not swallow the following fields or entries.
    expect(records[1].abstract).toBe('This led to the extinction of the White-footed Crayfish Austropotamobius pallipes). Species richness rose.');
    expect(records[1].language).toBe('English');
    expect(records[2]).toMatchObject({ title: 'Avian community response to midrotation herbicide release', year: 2008, pages: '111-119' });
  });
});

describe('BibTeX: text before the first entry', () => {
  it('Scopus with its "Scopus" / "EXPORT DATE" preamble: every entry read', () => {
    const { format, records, warnings } = parseBibliography(fixture('bibtex/scopus-preamble.bib'), 'scopus.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(records.map(core)).toEqual([
      {
        title: 'Oxytocin massage and breast milk production in postpartum mothers',
        author: 'Sari, D.K.',
        year: 2019,
        doi: '10.1000/jk.2019.812',
        pmid: undefined,
        journal: 'Jurnal Kebidanan',
      },
      {
        title: 'Family support and exclusive breastfeeding in rural Java',
        author: 'Wijaya, B.',
        year: 2018,
        doi: undefined,
        pmid: '29321234',
        journal: 'BMC Pregnancy and Childbirth',
      },
    ]);
    expect(records[0].sourceId).toBe('2-s2.0-85061234567');
  });

  // Whatever stands before the first "@" is a comment to BibTeX: it must not hide the entries.
  it.each([
    ['a BOM', (body: string) => `\ufeff${body}`],
    ['LF line ends', (body: string) => body.replace(/\r\n/g, '\n')],
    ['a BOM before the preamble', (body: string) => `\ufeffScopus\nEXPORT DATE: 2 March 2019\n\n${body}`],
    ['JabRef comments', (body: string) => `% This file was created with JabRef 2.10.\n% Encoding: UTF-8\n\n@comment{jabref-meta: databaseType:bibtex;}\n\n${body}`],
    ['a few lines of free text', (body: string) => `My references for the review\nExported by hand, 12 January 2024\n(two records)\n${body}`],
    ['no blank line before the first entry', (body: string) => `Scopus\nEXPORT DATE: 2 March 2019\n${body}`],
  ])('text before the first entry: %s', (_, wrap) => {
    const body = fixture('bibtex/scopus-preamble.bib').replace(/^Scopus\r\nEXPORT DATE: [^\r]*\r\n\r\n/, '');
    expect(body.startsWith('@ARTICLE')).toBe(true);
    const { format, records } = parseBibliography(wrap(body));
    expect(format).toBe('bibtex');
    expect(records.map((r) => r.title)).toEqual(['Oxytocin massage and breast milk production in postpartum mothers', 'Family support and exclusive breastfeeding in rural Java']);
  });
});

describe('BibTeX import of other exporters', () => {
  it('Google Scholar: LaTeX accents, commands, math, "--" pages, braced corporate authors, booktitle', () => {
    const { records } = parseBibliography(fixture('bibtex/google-scholar.bib'));
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ authors: ['Faggion Jr, Clovis Mariano', 'Huivin, Raquel'], pages: '53-61' });
    expect(records[2].title).toBe('Café culture and DNA: the α-helix in in vivo studies of Müller & Schön');
    expect(records[2].authors).toEqual(['Müller, Jörg', 'World Health Organization']);
    expect(records[2].journal).toBe('Proceedings of the 3rd Workshop on Reviews');
    expect(records[2].pages).toBe('1-10');
  });

  it('Web of Science: double braces, wrapped values, Unique-ID', () => {
    const [a] = parseBibliography(fixture('bibtex/wos.bib')).records;
    expect(core(a)).toEqual({
      title: 'Interactions stabilizing the structure of the core light-harvesting complex (LHl) of photosynthetic bacteria and its subunit (B820)',
      author: 'Parkes-Loach, PS',
      year: 2004,
      doi: '10.1021/bi049798f',
      pmid: undefined,
      journal: 'BIOCHEMISTRY',
    });
    expect(a.sourceId).toBe('WOS:000221807500019');
    expect(a.keywords).toEqual(['CHEMICALLY SYNTHESIZED POLYPEPTIDES', 'IN-VITRO RECONSTITUTION']);
  });

  it("arXiv's own BibTeX: the preprint's page and its server, when the entry names neither", () => {
    const entry = (more: string) =>
      `@misc{sari2024,\n  title={Oxytocin massage: a preprint},\n  author={Dewi Sari},\n  year={2024},\n  eprint={2401.01234},\n  archivePrefix={arXiv},\n  primaryClass={q-bio.TO}${more}\n}\n`;
    expect(parseBibtex(entry('')).records[0]).toMatchObject({ journal: 'arXiv', url: 'https://arxiv.org/abs/2401.01234' });
    // Its newer entries carry their link: kept as written; a venue the entry names wins.
    const named = parseBibtex(entry(',\n  url={https://arxiv.org/abs/2401.01234v2},\n  journal={Midwifery}')).records[0];
    expect(named).toMatchObject({ journal: 'Midwifery', url: 'https://arxiv.org/abs/2401.01234v2' });
  });

  it('MathSciNet and zbMATH: the journal written out (FJOURNAL) over its abbreviation (JOURNAL)', () => {
    const text = '@article {MR3077863,\nAUTHOR = {Sari, Dewi},\nTITLE = {Oxytocin massage},\nJOURNAL = {Adv. Math.},\nFJOURNAL = {Advances in Mathematics},\nYEAR = {2013},\n}\n';
    expect(parseBibtex(text).records[0].journal).toBe('Advances in Mathematics');
    expect(parseBibtex(text.replace('FJOURNAL = {Advances in Mathematics},\n', '')).records[0].journal).toBe('Adv. Math.');
  });

  it('Web of Science: the PMID of a record that is also in MEDLINE (PubMed-ID)', () => {
    const text =
      '@article{ WOS:000612345600001,\nTitle = {{Oxytocin massage and breast milk}},\nYear = {{2021}},\nUnique-ID = {{WOS:000612345600001}},\nPubMed-ID = {{33445566}},\n}\n';
    expect(parseBibtex(text).records[0]).toMatchObject({ pmid: '33445566', sourceId: 'WOS:000612345600001' });
  });
});

describe('BibTeX syntax', () => {
  it('@string macros, "#" joins, quoted values, @comment and @preamble', () => {
    const text = [
      '@preamble{"\\newcommand{\\noopsort}[1]{}"}',
      '@comment{ignored @article{nope, title={No}} }',
      '@string{jcl = "Journal of " # "Clinical Logic"}',
      '@Article{k1, title = "A {Quoted} Title", journal = jcl, year = 1999, month = mar,',
      '  author = "Smith, John and Doe, Jane", note = {{PMID:} 23439512}}',
    ].join('\n');
    const { records } = parseBibtex(text);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'A Quoted Title',
      journal: 'Journal of Clinical Logic',
      year: 1999,
      authors: ['Smith, John', 'Doe, Jane'],
      pmid: '23439512',
    });
  });

  it('keeps an entry cut off at the end of the file, with a warning naming its line', () => {
    const { records, warnings } = parseBibtex('@article{a, title={Whole}, year={2001}}\n\n@article{b,\n title={Cut off},\n abstract={The file ends here');
    expect(records.map((r) => r.title)).toEqual(['Whole', 'Cut off']);
    expect(warnings).toEqual(['line 3: entry is not closed: the file may be truncated']);
  });

  it('skips entries without a title, naming their line', () => {
    const { records, warnings } = parseBibtex('@article{a, title={One}}\n@misc{b, author={Nobody}}\n');
    expect(records).toHaveLength(1);
    expect(warnings).toEqual(['line 2: record without a title skipped']);
  });
});

describe('BibTeX export', () => {
  const article = (extra: Partial<Article>): Article => ({ title: 'T', authors: [], url: '', source: 'import', ...extra });

  it('escapes LaTeX specials and braces so that they read back as written', () => {
    const title = "Costs of 50% {braces} & $dollars$ #1 under_score ~tilde^hat \\back --dash ``quotes'' Müller";
    const text = serialiseBibtex([{ article: article({ title, authors: ['Johnson and Johnson', 'Müller, J.'] }), note: 'Excluded: wrong population {n=3}' }]);
    expect(text).toContain('\\%');
    expect(text).toContain('\\{braces\\}');
    expect(text).toContain('author = {{Johnson and Johnson} and Müller, J.}');
    const [back] = parseBibtex(text).records;
    expect(back.title).toBe(title);
    expect(back.authors).toEqual(['Johnson and Johnson', 'Müller, J.']);
    expect(parseBibtex(text).warnings).toEqual([]);
  });

  it('gives every entry a unique ASCII key', () => {
    const a = article({ title: 'The effect of things', authors: ['Müller, J.'], year: 2020 });
    const text = serialiseBibtex([{ article: a }, { article: a }, { article: { ...a, authors: ['Jörg Müller'] } }]);
    const keys = [...text.matchAll(/^@article\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(['muller2020effect', 'muller2020effecta', 'muller2020effectb']);
    expect(keys.every((k) => /^[a-z0-9_]+$/.test(k))).toBe(true);
  });

  it('writes the decision note as `note`', () => {
    const text = serialiseBibtex([{ article: article({}), note: 'Included — reason: meets PICO' }]);
    expect(text).toContain('note = {Included — reason: meets PICO}');
  });
});

describe('BibTeX eid', () => {
  it("is BibLaTeX's article number (JabRef, ADS, APS), standing for the pages; a Scopus EID written there is the source id", () => {
    const bib = [
      '% This file was created with JabRef 5.15.',
      '@Article{Lee2021,',
      '  author  = {Lee, Bo},',
      '  title   = {Kangaroo care at home},',
      '  journal = {BMJ Open},',
      '  date    = {2021-11-05},',
      '  volume  = {11},',
      '  number  = {5},',
      '  eid     = {e045678},',
      '}',
      '@Article{Sari2020,',
      '  author = {Sari, Ani},',
      '  title  = {Paged, with an article number too},',
      '  pages  = {45--52},',
      '  eid    = {045678},',
      '  year   = {2020},',
      '}',
      '@Article{Putri2022,',
      '  title = {From Scopus through another tool},',
      '  eid   = {2-s2.0-85000000001},',
      '  year  = {2022},',
      '}',
      '',
    ].join('\n');
    const [numbered, paged, scopus] = parseBibliography(bib, 'jabref.bib').records;
    expect(numbered).toMatchObject({ pages: 'e045678', volume: '11', issue: '5', year: 2021 });
    expect(numbered.sourceId).toBeUndefined();
    expect(paged.pages).toBe('45-52');
    expect(paged.sourceId).toBeUndefined();
    expect(scopus.sourceId).toBe('2-s2.0-85000000001');
    expect(scopus.pages).toBeUndefined();
  });
});
