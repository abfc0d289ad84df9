import { describe, expect, it } from 'vitest';
import { parseBibliography, parseRis } from '../../lib/formats';
import { core, fixture } from './helpers';

const ris = (name: string) => {
  const result = parseBibliography(fixture(`ris/${name}`), name);
  expect(result.format).toBe('ris');
  return result;
};

describe('RIS dialects', () => {
  it('Scopus: BOM, T2 over J2, C2 as PMID, EID as source id, untagged reference lines', () => {
    const { records, warnings } = ris('scopus.ris');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'Global latitudinal gradients and the evolution of body size in dinosaurs',
      author: 'Wilson, L.N.',
      year: 2024,
      doi: '10.1038/s41467-024-46843-2',
      pmid: '38580657',
      journal: 'Nature Communications',
    });
    expect(records[0].sourceId).toBe('2-s2.0-85189760133');
    expect(records[0].keywords).toEqual(['Animals', 'Body Size']);
    expect(records[0].language).toBe('English');
    expect(records[1].pages).toBe('1084-1092');
    expect(records[1].authors).toEqual(['Aureliano, T.', 'Müller, R.T.']);
    expect(records[1].doi).toBeUndefined(); // the UR has no doi= parameter
  });

  it('Web of Science: AN WOS:… as source id, EF line after the last record', () => {
    const { records, warnings } = ris('wos.ris');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.sourceId)).toEqual(['WOS:000221807500019', 'WOS:000221807500020']);
    expect(records[0].pages).toBe('7003-7016');
    expect(records[0].journal).toBe('BIOCHEMISTRY');
  });

  it('Embase: A1/T1/Y1, JF over JO, N2 abstract, U2 id, DO beside an L2 doi link', () => {
    const [a] = ris('embase.ris').records;
    expect(core(a)).toEqual({
      title: 'A case of completely isolated advanced enteric duplication cyst cancer',
      author: 'Nakashima S.',
      year: 2019,
      doi: '10.1016/j.ijscr.2018.11.060',
      pmid: undefined,
      journal: 'International Journal of Surgery Case Reports',
    });
    expect(a.abstract).toMatch(/^Introduction: An enteric/);
    expect(a.sourceId).toBe('L2001403470');
    expect(a.pages).toBe('83-86');
  });

  it('Ovid: numbered records, "2019//", dx.doi.org DOI, "No Specified" pages, NL after ER', () => {
    const { records, warnings } = ris('ovid.ris');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(core(records[0])).toEqual({
      title: 'The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.',
      author: 'Trindade, Ines A',
      year: 2019,
      doi: '10.1002/cpp.2398',
      pmid: undefined,
      journal: 'Clinical Psychology & Psychotherapy',
    });
    expect(records[0].pages).toBeUndefined();
    // A continuation line of a text field joins the text.
    expect(records[0].abstract).toBe('Considering that self-criticism is an important process in the development and maintenance of depression.');
    expect(records[1].pages).toBe('847-856');
  });
});

describe('RIS dialects of ProQuest and CINAHL', () => {
  it('ProQuest: DOI written as a doi.org link; a 10-digit AN is not a PMID', () => {
    const [a] = ris('proquest.ris').records;
    expect(a.doi).toBe('10.1186/s12889-021-10567-8');
    expect(a.pmid).toBeUndefined();
    expect(a.sourceId).toBe('2501234567');
    expect(a.journal).toBe('BMC Public Health');
  });

  it('CINAHL: AN is not a PMID, but "PMID: …" inside N1 is', () => {
    const [a] = ris('cinahl.ris').records;
    expect(a.pmid).toBe('29076563');
    expect(a.sourceId).toBe('107853256');
    expect(a.year).toBe(2018);
    expect(a.pages).toBe('e1120-e1128');
    expect(a.journal).toBe('Journal of Clinical Nursing');
  });
});

describe('RIS dialects of reference managers and other sources', () => {
  it('EndNote: untagged lines continue list fields (KW, DB) as separate values', () => {
    const { records } = ris('endnote.ris');
    expect(records).toHaveLength(2);
    expect(records[0].keywords).toEqual(['article', 'biostratigraphy', 'Colorado']);
    expect(records[0].title).toBe('Description of a new specimen of Haplocanthosaurus from the Dry Mesa Dinosaur Quarry');
    expect(records[0].sourceId).toBe('L2030246463');
    expect(records[1].pages).toBe('549-565');
  });

  it('Mendeley and Zotero (CRLF, "2019///", PubMed link as PMID)', () => {
    const [m] = ris('mendeley.ris').records;
    expect(core(m)).toMatchObject({ author: 'Yang, Z', year: 2024, doi: '10.1038/s41467-024-48400-3', journal: 'Nature Communications' });
    const z = ris('zotero.ris').records;
    expect(z).toHaveLength(2);
    expect(core(z[0])).toEqual({
      title: 'The importance of cognitive flexibility in coping with stress',
      author: 'Rudnik, Agata',
      year: 2019,
      doi: '10.5114/pg.2018.81081',
      pmid: undefined,
      journal: 'Przeglad gastroenterologiczny',
    });
    expect(z[0].abstract).toBe('Introduction: There are studies demonstrating the relation between psychological factors and efficiency of treatment.');
    expect(z[1].pmid).toBe('31531818');
    expect(z[1].url).toBe('https://pubmed.ncbi.nlm.nih.gov/31531818/');
  });

  it('Rayyan: keyword lines without tags, no authors, WoS link as source id', () => {
    const { records } = ris('rayyan.ris');
    expect(records).toHaveLength(3);
    expect(records[0].authors).toEqual([]);
    expect(records[0].keywords).toEqual(['Health Facility Administration', 'Joint Commission', 'Medication Errors']);
    expect(records[0].sourceId).toBe('rayyan-264552525');
    expect(records[1].sourceId).toBe('WOS:000334648000001');
    expect(records[1].url).toBe(''); // "<Go to ISI>://…" is not a URL
    expect(records[2].pmid).toBe('23162881');
  });

  it('MDPI, OpenAlex, Google Scholar and Garuda', () => {
    expect(core(ris('mdpi.ris').records[0])).toMatchObject({ doi: '10.3390/ijerph19031234', year: 2022, author: 'Kowalski, Jan' });
    const [o] = ris('openalex.ris').records;
    expect(core(o)).toMatchObject({ doi: '10.1186/s12966-020-00955-x', journal: 'International Journal of Behavioral Nutrition and Physical Activity' });
    expect(o.url).toBe('https://openalex.org/W3024567891');
    const gs = ris('google-scholar.ris').records;
    expect(gs.map((r) => r.title)).toEqual(['Did dinosaurs invent flowers? Dinosaur–angiosperm coevolution revisited', 'Dinosaur Paleobiology']);
    expect(core(gs[0])).toMatchObject({ author: 'Barrett, Paul M', year: 2001, journal: 'Biological Reviews' });
    const [g] = ris('garuda.ris').records;
    expect(g.sourceId).toBe('garuda:1092763');
    expect(core(g)).toMatchObject({ author: 'Sari, Dewi Kartika', year: 2019, journal: 'Jurnal Kesehatan Masyarakat' });
  });
});

describe('RIS file shapes', () => {
  it('a BOM and blank lines before the first record', () => {
    const { records, warnings } = ris('bom-blank.ris');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.title)).toEqual(['A record after a BOM and blank lines']);
  });

  it('keeps a truncated last record that has a title, with warnings naming lines', () => {
    const { records, warnings } = ris('truncated.ris');
    expect(records.map((r) => r.title)).toEqual(['A complete first record', 'The last record, cut off']);
    expect(warnings).toEqual(['line 7: record without a title skipped', 'line 12: the last record has no end line (ER): the file may be truncated']);
  });
});

// Each exporter writes the PubMed id somewhere else (lib/formats/ris-ids.ts has the table).
describe('RIS PMIDs by exporter', () => {
  const pmids = (name: string) => ris(name).records.map((r) => r.pmid);

  it('PubMed through EndNote: AN with DB/DP naming PubMed or NLM; never an Embase or CINAHL AN, never the PMCID in C2', () => {
    const { records } = ris('endnote-pubmed.ris');
    expect(records.map((r) => r.pmid)).toEqual(['35957633', '31978945', undefined, undefined]);
    expect(records[0].doi).toBe('10.3390/nu14153091');
    expect(records[2].sourceId).toBe('2011876543');
  });

  it('Embase: the MEDLINE PMID in C5; the Embase id (U2, link) stays the source id', () => {
    const { records } = ris('embase-pmid.ris');
    expect(records.map((r) => r.pmid)).toEqual(['15368318', undefined]);
    expect(records.map((r) => r.sourceId)).toEqual(['L39097156', 'L629876543']);
  });

  it('Dimensions: "U1 - 35957634 [PMID]"; a PMCID or a pub.… id is never a PMID', () => {
    const { records } = ris('dimensions.ris');
    expect(records.map((r) => r.pmid)).toEqual(['35957634', undefined]);
    expect(records.map((r) => r.sourceId)).toEqual(['pub.1149983225', 'pub.1160012345']);
  });

  it('Ovid: the AN of a link to a MEDLINE segment (medl, prem); not of Embase or PsycINFO links', () => {
    expect(pmids('ovid-medline.ris')).toEqual(['39012781', undefined, undefined, '38123456']);
  });

  it('exporters that name no PMID keep none', () => {
    expect(pmids('proquest.ris')).toEqual([undefined]);
    expect(pmids('embase.ris')).toEqual([undefined]);
    expect(pmids('ovid.ris')).toEqual([undefined, undefined]);
  });

  it.each([
    ['a PMCID in U1', 'U1  - PMC9371185 [PMCID]'],
    ['a PMCID as the AN of a PubMed record', 'AN  - PMC9371185\nDB  - PubMed'],
    ['a Dimensions id', 'ID  - pub.1149983225\nU1  - pub.1149983225'],
    ['an Embase AN of a record also in MEDLINE', 'AN  - 629876543\nDB  - Embase\nDB  - Medline'],
    ['a C5 outside Embase', 'C5  - 15368318\nDB  - Scopus'],
    ['an Ovid AN of an Embase segment', 'UR  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&D=emed21&AN=629876543'],
  ])('never a PMID: %s', (_, lines) => {
    expect(parseRis(`TY  - JOUR\nTI  - A title\n${lines}\nER  - \n`).records[0].pmid).toBeUndefined();
  });
});

describe('RIS details', () => {
  it('reads "TY - JOUR" with one space, A1 and AU in file order, CT as a title', () => {
    const { records } = parseRis('TY - JOUR\nAU - Georgiev, Danko\nA1  - Bello, Leon\nCT  - Caption title\nER  -\n');
    expect(records[0].authors).toEqual(['Georgiev, Danko', 'Bello, Leon']);
    expect(records[0].title).toBe('Caption title');
  });

  it('ignores secondary authors (A2 editors, A3, A4)', () => {
    const { records } = parseRis('TY  - CHAP\nTI  - T\nAU  - Main, A.\nA2  - Editor, E.\nA3  - Series, S.\nER  - \n');
    expect(records[0].authors).toEqual(['Main, A.']);
  });

  it('finds a DOI in a Scopus link when DO is missing, without the query that follows it', () => {
    const { records } = parseRis('TY  - JOUR\nTI  - T\nUR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&doi=10.1016%2fj.x.2019.01&partnerID=40\nER  - \n');
    expect(records[0].doi).toBe('10.1016/j.x.2019.01');
  });

  it('takes AN as PMID only for PubMed/MEDLINE records', () => {
    const pubmed = parseRis('TY  - JOUR\nTI  - T\nAN  - 31531818\nDB  - PubMed\nER  - \n').records[0];
    const other = parseRis('TY  - JOUR\nTI  - T\nAN  - 31531818\nDB  - CINAHL\nER  - \n').records[0];
    expect(pubmed.pmid).toBe('31531818');
    expect(other.pmid).toBeUndefined();
  });

  it('decodes HTML entities and strips <i>/<sup> from titles', () => {
    const { records } = parseRis('TY  - JOUR\nTI  - <i>In vivo</i> CO<sub>2</sub> &amp; Ca<sup>2+</sup> &lt;test&gt;\nER  - \n');
    expect(records[0].title).toBe('In vivo CO2 & Ca2+ <test>');
  });

  it('starts a new record at TY when ER is missing, and ignores lines before the first TY with one warning', () => {
    const { records, warnings } = parseRis('Provider: Someone\nTI  - stray\nTY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\nER  - \n');
    expect(records.map((r) => r.title)).toEqual(['One', 'Two']);
    expect(warnings).toEqual(['line 2: lines before the first record (TY) ignored']);
  });

  it('reads a file whose lines end in bare CRs', () => {
    expect(parseRis('TY  - JOUR\rTI  - Mac line ends\rPY  - 1999\rER  - \r').records[0]).toMatchObject({ title: 'Mac line ends', year: 1999 });
  });

  it('drops values the schema would refuse instead of the record', () => {
    const { records } = parseRis(`TY  - JOUR\nTI  - ${'x'.repeat(2500)}\nDO  - not a doi\nPY  - 3000\nUR  - javascript:alert(1)\nVL  - ${'9'.repeat(200)}\nER  - \n`);
    expect(records[0].title).toHaveLength(2000);
    expect(records[0].doi).toBeUndefined();
    expect(records[0].year).toBeUndefined();
    expect(records[0].url).toBe('');
    expect(records[0].volume).toHaveLength(100);
  });
});
