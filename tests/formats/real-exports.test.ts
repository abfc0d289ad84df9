// The real export files in ../shared/fixtures/exports (third-party; never copied into this
// repository). Counts and fields below were read from the files themselves, record by record.
import { describe, expect, it } from 'vitest';
import { parseBibliographyBytes, type BibliographyFormat } from '../../lib/formats';
import { core, HAS_SHARED, sharedBytes, sharedExports } from './helpers';

if (!HAS_SHARED) console.warn('skipped: ../shared/fixtures not found');

type Expected = Partial<NonNullable<ReturnType<typeof core>>>;

/** File → [format, record count, { record index → fields }] (first, last, and odd records). */
const EXPECTED: Record<string, [BibliographyFormat, number, Record<number, Expected>]> = {
  'asreview_embase.csv': [
    'csv',
    6,
    {
      0: {
        title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
        author: 'Liu R.',
        year: 2014,
        doi: '10.4103/2303-9027.138783',
        journal: 'Endoscopic Ultrasound',
      },
      5: {
        title: 'Completely Isolated Retroperitoneal Enteric Duplication Cyst with Adenocarcinoma Transformation Managed with Robotic Radical Nephrectomy',
        author: 'Faraj K.',
        year: 2017,
        doi: '10.1089/cren.2017.0016',
        journal: 'Journal of Endourology Case Reports',
      },
    },
  ],
  'asreview_embase.ris': [
    'ris',
    6,
    {
      0: {
        title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
        author: 'Liu R.',
        year: 2014,
        doi: '10.4103/2303-9027.138783',
        journal: 'Endoscopic Ultrasound',
      },
      5: {
        title: 'Completely Isolated Retroperitoneal Enteric Duplication Cyst with Adenocarcinoma Transformation Managed with Robotic Radical Nephrectomy',
        author: 'Faraj K.',
        year: 2017,
        doi: '10.1089/cren.2017.0016',
        journal: 'Journal of Endourology Case Reports',
      },
    },
  ],
  'asreview_ovid_psycinfo.ris': [
    'ris',
    6,
    {
      0: {
        title: 'The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.',
        author: 'Trindade, Ines A',
        year: 2019,
        doi: '10.1002/cpp.2398',
        journal: 'Clinical Psychology & Psychotherapy',
      },
      5: {
        title:
          'Psychological outcomes of a cognitive behavioral therapy for youth with inflammatory bowel disease: Results of the happy-ibd randomized controlled trial at 6- and 12-month follow-up.',
        author: 'Stapersma, Luuk',
        year: 2019,
        doi: '10.1007/s10880-019-09649-9',
        journal: 'Journal of Clinical Psychology in Medical Settings',
      },
    },
  ],
  'asreview_pubmed_zotero.ris': [
    'ris',
    6,
    {
      0: {
        title:
          'The importance of cognitive flexibility and flexibility in coping with stress for the quality of life in inflammatory bowel disease patients during biological therapy. A preliminary report.',
        author: 'Rudnik, Agata',
        year: 2019,
        doi: '10.5114/pg.2018.81081',
        journal: 'Przeglad gastroenterologiczny',
      },
      5: {
        title: 'Efficacy and safety of Tripterygium wilfordii Hook F preparations for the treatment of Crohn disease: A systemic review and meta-analysis protocol.',
        author: 'Zhang, Jianying',
        year: 2019,
        doi: '10.1097/md.0000000000016231',
        journal: 'Medicine',
      },
    },
  ],
  'asreview_ris_issue_992.txt': [
    'ris',
    19,
    {
      0: { title: 'Overcoming Medication Reconciliation Challenges', year: 2011, journal: 'Joint Commission Perspectives on Patient Safety' },
      4: { title: 'Quarterly change', author: 'Park, C. S.', year: 2012, doi: '10.4168/aair.2012.4.1.1', journal: 'Healthcare Quarterly' },
      6: { title: 'Hospital reduces med errors to 0.1 per 1,000', year: 2012, pmid: '23162881', journal: 'Healthcare Risk Management' },
      13: { title: 'Clinical Integration', year: 2016, journal: 'H&HN: Hospitals & Health Networks' },
      18: {
        title: 'Behavioral health care quality among marketplace insurers in 2019',
        author: 'Abraham, J. M.',
        year: 2021,
        doi: '10.1176/appi.ps.202000115',
        journal: 'Psychiatric Services',
      },
    },
  ],
  'asreview_scopus.ris': [
    'ris',
    6,
    {
      0: {
        title: 'Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: A transdisciplinary challenge',
        author: 'Labanski, A.',
        year: 2020,
        doi: '10.1016/j.psyneuen.2019.104501',
        journal: 'Psychoneuroendocrinology',
      },
      1: {
        title: 'Hypothesis: Mechanism of irritable bowel syndrome in inflammatory bowel disease',
        author: 'Uno, Y.',
        year: 2019,
        doi: '10.1016/j.mehy.2019.109324',
        pmid: '31421429',
        journal: 'Medical Hypotheses',
      },
      5: {
        title: 'Role of brain imaging in disorders of brain-gut interaction: A Rome Working Team Report',
        author: 'Mayer, E.A.',
        year: 2019,
        doi: '10.1136/gutjnl-2019-318308',
        pmid: '31175206',
        journal: 'Gut',
      },
    },
  ],
  'biopython_pubmed_medline_result4_2023.txt': [
    'medline',
    1,
    {
      0: {
        title: 'High extracellular glucose promotes cell motility by modulating cell deformability and contractility via cAMP-RhoA-ROCK axis in human breast cancer cells.',
        author: 'Oh, Mijung',
        year: 2023,
        doi: '10.1091/mbc.e22-12-0560',
        pmid: '37195739',
        journal: 'Molecular biology of the cell',
      },
    },
  ],
  'citefmt__baseline_endnote.ris': [
    'ris',
    10,
    {
      0: {
        title: 'Description of a new specimen of Haplocanthosaurus from the Dry Mesa Dinosaur Quarry',
        author: 'Boisvert, C.',
        year: 2024,
        doi: '10.1002/ar.25520',
        journal: 'Anatomical Record',
      },
      9: {
        title: 'Cellular structure of dinosaur scales reveals retention of reptile-type skin during the evolutionary transition to feathers',
        author: 'Yang, Z.',
        year: 2024,
        doi: '10.1038/s41467-024-48400-3',
        journal: 'Nature Communications',
      },
    },
  ],
  'citefmt__baseline_googlescholar.csv': [
    'csv',
    10,
    {
      0: { title: 'Did dinosaurs invent flowers? Dinosaur–angiosperm coevolution revisited', author: 'Barrett, Paul M', year: 2001, journal: 'Biological Reviews' },
      9: {
        title: 'A review of the Mongolian cretaceous dinosaur Saurornithoides (Troodontidae: Theropoda)',
        author: 'Norell, Mark A',
        year: 2009,
        journal: 'American Museum Novitates',
      },
    },
  ],
  'citefmt__baseline_googlescholar.ris': [
    'ris',
    10,
    {
      0: { title: 'Did dinosaurs invent flowers? Dinosaur–angiosperm coevolution revisited', author: 'Barrett, Paul M', year: 2001, journal: 'Biological Reviews' },
      9: {
        title: 'A review of the Mongolian cretaceous dinosaur Saurornithoides (Troodontidae: Theropoda)',
        author: 'Norell, Mark A',
        year: 2009,
        journal: 'American Museum Novitates',
      },
    },
  ],
  'citefmt__baseline_mendeley.ris': [
    'ris',
    10,
    {
      0: {
        title: 'Description of a new specimen of Haplocanthosaurus from the Dry Mesa Dinosaur Quarry',
        author: 'Boisvert, C',
        year: 2024,
        doi: '10.1002/ar.25520',
        journal: 'Anatomical Record',
      },
      9: {
        title:
          'Erratum: Author Correction: A remarkable assemblage of petroglyphs and dinosaur footprints in Northeast Brazil (Scientific reports (2024) 14 1 DOI: 10.1038/s41598-024-56479-3)',
        author: 'Troiano, L P',
        year: 2024,
        doi: '10.1038/s41598-024-65283-y',
        journal: 'Scientific reports',
      },
    },
  ],
  'citefmt__baseline_pubmed.ris': [
    'medline',
    50,
    {
      0: {
        title: 'Time lapse: A glimpse into prehistoric genomics.',
        author: 'Griffin, Darren K',
        year: 2020,
        doi: '10.1016/j.ejmg.2019.03.004',
        pmid: '30922926',
        journal: 'European journal of medical genetics',
      },
      49: {
        title: 'Eggshell Porosity Provides Insight on Evolution of Nesting in Dinosaurs.',
        author: 'Tanaka, Kohei',
        year: 2015,
        doi: '10.1371/journal.pone.0142829',
        pmid: '26605799',
        journal: 'PloS one',
      },
    },
  ],
  'citefmt__baseline_scopus.csv': [
    'csv',
    10,
    {
      0: {
        title: 'Global latitudinal gradients and the evolution of body size in dinosaurs and mammals',
        author: 'Wilson L.N.',
        year: 2024,
        doi: '10.1038/s41467-024-46843-2',
        pmid: '38580657',
        journal: 'Nature Communications',
      },
      9: {
        title: 'The evolution of femoral morphology in giant non-avian theropod dinosaurs',
        author: 'Pintore R.',
        year: 2024,
        doi: '10.1017/pab.2024.6',
        journal: 'Paleobiology',
      },
    },
  ],
  'citefmt__baseline_scopus.ris': [
    'ris',
    10,
    {
      0: {
        title: 'Global latitudinal gradients and the evolution of body size in dinosaurs and mammals',
        author: 'Wilson, L.N.',
        year: 2024,
        doi: '10.1038/s41467-024-46843-2',
        pmid: '38580657',
        journal: 'Nature Communications',
      },
      9: {
        title: 'The evolution of femoral morphology in giant non-avian theropod dinosaurs',
        author: 'Pintore, R.',
        year: 2024,
        doi: '10.1017/pab.2024.6',
        journal: 'Paleobiology',
      },
    },
  ],
  'citefmt__baseline_zotero.ris': [
    'ris',
    10,
    {
      0: {
        title: 'Cellular structure of dinosaur scales reveals retention of reptile-type skin during the evolutionary transition to feathers',
        author: 'Yang, Z.',
        year: 2024,
        doi: '10.1038/s41467-024-48400-3',
        journal: 'Nature Communications',
      },
      9: {
        title: 'Description of a new specimen of Haplocanthosaurus from the Dry Mesa Dinosaur Quarry',
        author: 'Boisvert, C.',
        year: 2024,
        doi: '10.1002/ar.25520',
        journal: 'Anatomical Record',
      },
    },
  ],
  'litsearchr_scopus_export_2019.bib': [
    'bibtex',
    1115,
    {
      0: {
        title: 'Burn severity and heterogeneity mediate avian response to wildfire in a hemiboreal forest',
        author: 'Zlonis, E.J.',
        year: 2019,
        doi: '10.1016/j.foreco.2019.02.043',
        journal: 'Forest Ecology and Management',
      },
      1114: {
        title: 'Effects of forest fire on vertebrates [Auswirkungen des Waldbrandes auf Wirbeltiere]',
        author: 'Winter, K.',
        year: 1980,
        doi: '10.1007/bf02770956',
        journal: 'Forstwissenschaftliches Centralblatt',
      },
    },
  ],
  'litsearchr_scopus_export_2019_borealis.csv': [
    'csv',
    137,
    {
      0: {
        title: 'Predictors of habitat use and nesting success for two sympatric species of boreal woodpeckers in an unburned, managed forest landscape',
        author: 'Craig C.',
        year: 2019,
        doi: '10.1016/j.foreco.2019.02.016',
        journal: 'Forest Ecology and Management',
      },
      136: { title: 'Use of snags by cavity-nesting birds in the Sierra Nevada.', author: 'Raphael M.G.', year: 1984, journal: 'Wildlife Monographs' },
    },
  ],
  'litsearchr_wos_medline_tabdelimited_2019.txt': [
    'tsv',
    10,
    {
      0: {
        title: 'Cross-scale occupancy dynamics of a postfire specialist in response to variation across a fire regime.',
        author: 'Tingley, Morgan W',
        year: 2018,
        doi: '10.1111/1365-2656.12851',
        pmid: '29782655',
        journal: 'The Journal of animal ecology',
      },
      9: {
        title: 'Effects of restoring oak savannas on bird communities and populations.',
        author: 'Brawn, Jeffrey D',
        year: 2006,
        doi: '10.1111/j.1523-1739.2006.00310.x',
        pmid: '16903107',
        journal: 'Conservation biology : the journal of the Society for Conservation Biology',
      },
    },
  ],
  'litsearchr_wos_zoological_record_plaintext_2020.txt': [
    'wos',
    63,
    {
      0: { title: 'Nest site selection and nest survival of Black-backed Woodpeckers after wildfire.', author: 'Stillman, Andrew N.', year: 2019, journal: 'Condor' },
      62: { title: 'Bird populations before and after wildfire in a Great Lakes pine forest.', author: 'Apfelbaum, S.', year: 1981, doi: '10.2307/1367504', journal: 'Condor' },
    },
  ],
  'p1m_google_scholar_bibtex_2019-03.bib': [
    'bibtex',
    13,
    {
      0: {
        title: 'Defining the process to literature searching in systematic reviews: a literature review of guidance and supporting studies',
        author: 'Cooper, Chris',
        year: 2018,
        journal: 'BMC medical research methodology',
      },
      12: {
        title: 'Is there a place for undergraduate and graduate students in the systematic review process?',
        author: 'Wissinger, Christina L',
        year: 2018,
        journal: 'Journal of the Medical Library Association: JMLA',
      },
    },
  ],
  'rispy_wos_plaintext_example.txt': [
    'wos',
    2,
    {
      0: {
        title: 'Interactions stabilizing the structure of the core light-harvesting complex (LHl) of photosynthetic bacteria and its subunit (B820)',
        author: 'Parkes-Loach, PS',
        year: 2004,
        doi: '10.1021/bi049798f',
        pmid: '15170338',
        journal: 'BIOCHEMISTRY',
      },
      1: {
        title: 'Proximal and distal influences on ligand binding kinetics in microperoxidase and heme model compounds',
        author: 'Cao, WX',
        year: 2004,
        doi: '10.1021/bi0497291',
        pmid: '15170339',
        journal: 'BIOCHEMISTRY',
      },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-01.nbib.txt': [
    'medline',
    1,
    {
      0: { title: 'Mickey Mouse had an O-some day!', author: 'Mouse, Mickey' },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-02.nbib.txt': [
    'medline',
    2,
    {
      0: {
        title: 'The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B.',
        author: 'van Raaij, M J',
        year: 1996,
        pmid: '8692918',
        journal: 'Proceedings of the National Academy of Sciences of the United States of America',
      },
      1: { title: 'Peutz-Jeghers Syndrome', author: 'Riegert-Johnson, Douglas', year: 2009, pmid: '21249755', journal: 'Cancer Syndromes' },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-03.nbib.txt': [
    'medline',
    1,
    {
      0: { title: 'The GTPase dynamin binds to and is activated by a subset of SH3 domains.', author: 'Gout, I', year: 1993, pmid: '8402898', journal: 'Cell' },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-04.nbib.txt': [
    'medline',
    1,
    {
      0: {
        title: 'Effectiveness of public health practices against shaken baby syndrome/abusive head trauma in Japan.',
        author: 'Fujiwara, T',
        year: 2015,
        doi: '10.1016/j.puhe.2015.01.018',
        pmid: '25744111',
        journal: 'Public health',
      },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-05.nbib.txt': [
    'medline',
    3,
    {
      0: {
        title: 'Educational Test Approaches: The Suitability of Computer-Based Test Types for Assessment and Evaluation in Formative and Summative Contexts',
        author: 'van Groen, Maaike M.',
        year: 2020,
        journal: 'Journal of Applied Testing Technology',
      },
      2: { title: 'College Entrance Exams: How Does Test Preparation Affect Retest Scores? Research Report 2019-2', author: 'Moore, Raeal', year: 2019, journal: 'ACT, Inc.' },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-06.nbib.txt': [
    'medline',
    1,
    {
      0: {
        title: 'Slow Burns: A Qualitative Study of Burn Pit and Toxic Exposures Among Military Veterans Serving in Afghanistan, Iraq and Throughout the Middle East.',
        author: 'Bith-Melander, Pollie',
        year: 2021,
        pmid: '35128459',
        journal: 'Annals of psychiatry and clinical neuroscience',
      },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-07.nbib.txt': [
    'medline',
    4,
    {
      0: { title: 'Findings from the PISA for Development Field Trial of the School-Based Assessment. PISA for Development Brief 16', year: 2017, journal: 'OECD Publishing' },
      3: { title: 'A Test of the Test of Problem Solving (TOPS).', author: 'Bernhardt, Barbara', year: 1990, journal: 'Language, Speech, and Hearing Services in Schools' },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-08.nbib.txt': [
    'medline',
    2,
    {
      0: { title: 'Tests of Robustness in Peer Review', author: 'Leipzig, Jeremy', year: 2021, journal: 'ProQuest LLC' },
      1: {
        title: 'Evidence-Based Instructional Strategies for Transition. Brookes Transition to Adulthood Series',
        author: 'Test, David W.',
        year: 2012,
        journal: 'Brookes Publishing Company',
      },
    },
  ],
  'zotero-MEDLINEnbib-import-testcase-09.nbib.txt': [
    'medline',
    1,
    {
      0: {
        title: 'Lichtenberg Figures: How a Cutaneous Sign Can Solve Suspicious Death Cases.',
        author: 'Manoubi, Syrine Azza',
        year: 2022,
        doi: '10.1016/j.wem.2022.07.008',
        pmid: '36216673',
        journal: 'Wilderness & environmental medicine',
      },
    },
  ],
};

const parse = (name: string) => parseBibliographyBytes(sharedBytes(`exports/${name}`), name);

describe.skipIf(!HAS_SHARED)('real exports (../shared/fixtures/exports)', () => {
  it('has an expectation for every file', () => {
    expect(sharedExports()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, [format, count, records]] of Object.entries(EXPECTED)) {
    it(`${name}: ${format}, ${count} records`, () => {
      const result = parse(name);
      expect(result.format).toBe(format);
      expect(result.records).toHaveLength(count);
      expect(result.warnings).toEqual([]);
      for (const [index, fields] of Object.entries(records)) {
        const expected = { title: undefined, author: undefined, year: undefined, doi: undefined, pmid: undefined, journal: undefined, ...fields };
        expect(core(result.records[Number(index)]), `record ${index}`).toEqual(expected);
      }
    });
  }

  it('odd records: Scopus BibTeX with a non-ASCII key, "$" and an unclosed "{" in abstracts', () => {
    const { records } = parse('litsearchr_scopus_export_2019.bib');
    const byTitle = (start: string) => records.find((r) => r.title.startsWith(start))!;
    expect(byTitle('No short-term change in avian assemblage').authors).toEqual(['O’Loughlin, T.', 'O’Loughlin, L.S.', 'Clarke, M.F.']);
    expect(byTitle('Spatially explicit modeling of blackbird').abstract).toContain('more than $100 million in crop damages');
    const michelat = byTitle('Restoration of the drugeon river');
    expect(michelat.abstract).toMatch(/White-footed Crayfish Austropotamobius pallipes\)\. From 1993/);
    expect(michelat.language).toBe('French');
    // The entry after it is its own record, not part of Michelat's abstract.
    expect(byTitle('Monitoring indicates greater resilience').doi).toBe('10.1071/wr11213');
    expect(records.filter((r) => r.doi)).toHaveLength(932);
    expect(records.every((r) => r.sourceId?.startsWith('2-s2.0-'))).toBe(true);
  });

  it('odd records: continuation lines, "No Specified" pages, a PubMed link, e-mails after names', () => {
    const endnote = parse('citefmt__baseline_endnote.ris').records[0];
    expect(endnote.keywords).toEqual(['article', 'biostratigraphy', 'Colorado', 'dinosaur', 'nonhuman', 'tibia', 'transverse process', 'Upper Jurassic']);
    const rayyan = parse('asreview_ris_issue_992.txt').records;
    expect(rayyan[0].keywords).toHaveLength(13);
    expect(rayyan[0].sourceId).toBe('rayyan-264552525');
    const ovid = parse('asreview_ovid_psycinfo.ris').records;
    expect(ovid.map((r) => r.pages)).toEqual([undefined, '847-856', '26-33', undefined, undefined, undefined]);
    const zoo = parse('litsearchr_wos_zoological_record_plaintext_2020.txt').records[0];
    expect(zoo.authors).toEqual(['Stillman, Andrew N.', 'Siegel, Rodney B.', 'Wilkerson, Robert L.', 'Johnson, Matthew', 'Howell, Christine A.', 'Tingley, Morgan W.']);
    const tab = parse('litsearchr_wos_medline_tabdelimited_2019.txt').records[9];
    expect(tab.pages).toBe('460-469');
    const gs = parse('citefmt__baseline_googlescholar.csv').records[0];
    expect(gs.authors).toEqual(['Barrett, Paul M', 'Willis, Katherine J']);
    const book = parse('zotero-MEDLINEnbib-import-testcase-02.nbib.txt').records[1];
    expect(book.authors).toHaveLength(7); // FAU only: the FED editors are not authors
    expect(parse('zotero-MEDLINEnbib-import-testcase-02.nbib.txt').records[0].pages).toBe('6913-6917');
  });

  it('the same Scopus records agree across RIS and CSV exports', () => {
    const ris = parse('citefmt__baseline_scopus.ris').records;
    const csv = parse('citefmt__baseline_scopus.csv').records;
    expect(csv.map((r) => [r.title, r.doi, r.pmid, r.year, r.journal, r.volume, r.issue, r.pages, r.sourceId])).toEqual(
      ris.map((r) => [r.title, r.doi, r.pmid, r.year, r.journal, r.volume, r.issue, r.pages, r.sourceId]),
    );
  });
});
