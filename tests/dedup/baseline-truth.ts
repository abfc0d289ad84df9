// Hand-checked truth for the citefmt__baseline_* exports (asreview/citation-file-formatting).
// Despite the shared name they are FOUR disjoint sets, found by reading every file:
// - EndNote, Mendeley and Zotero RIS: the same 10 Embase records (2024), in different orders;
//   two of them are errata ("Erratum: Correction: …") of two others — different publications,
//   with their own DOIs, that must stay apart from the papers they correct;
// - Google Scholar CSV and RIS: the same 10 classic dinosaur papers, with no DOI or PMID;
// - Scopus CSV and RIS: the same 10 records (2022–2024);
// - PubMed (MEDLINE text despite the .ris name): 50 records, none of them in any other file.
// 120 records, 80 distinct studies, 50 true duplicate pairs (10×3 + 10×1 + 10×1).
//
// Each study is named in file order by its DOI, its PMID, or (Google Scholar, no identifiers)
// `title:` and the start of its title in lower case. The label names the study: the test uses the
// labels, never the parsed identifiers, as truth, and checks each label against its record only to
// prove that records and labels are aligned.

const EMBASE = {
  haplocanthosaurus: '10.1002/ar.25520',
  juvenileBird: '10.1186/s12862-024-02210-9',
  juvenileBirdErratum: '10.1186/s12862-024-02216-3',
  bellyRiver: '10.1371/journal.pone.0292318',
  saurosuchus: '10.1002/ar.25299',
  duckbill: '10.1038/s41598-024-53447-9',
  abelisaurid: '10.1111/cla.12583',
  petroglyphs: '10.1038/s41598-024-56479-3',
  petroglyphsErratum: '10.1038/s41598-024-65283-y',
  scales: '10.1038/s41467-024-48400-3',
};
const E = EMBASE;

const SCOPUS = [
  '10.1038/s41467-024-46843-2',
  '10.1002/ar.25209',
  '10.1038/s41598-022-15535-6',
  '10.7717/peerj.15453',
  '10.1080/14772019.2024.2346573',
  '10.1038/s41598-023-39759-2',
  '10.1371/journal.pone.0298957',
  '10.1038/s41598-023-33418-2',
  '10.1038/s42003-022-04119-9',
  '10.1017/pab.2024.6',
];

const SCHOLAR = [
  'title:did dinosaurs invent flowers',
  'title:ecological and evolutionary implications of dinosaur feeding',
  'title:a primitive therizinosauroid',
  "title:cope's rule",
  'title:dinosaur macroevolution and macroecology',
  'title:the extinction of the dinosaurs',
  'title:ontogeny and the fossil record',
  'title:the origin and early radiation of dinosaurs',
  'title:polar dinosaurs on parade',
  'title:a review of the mongolian cretaceous dinosaur saurornithoides',
];

const PUBMED = [
  '30922926',
  '37068225',
  '36448670',
  '26754250',
  '21251189',
  '35962036',
  '37464026',
  '33990610',
  '35444275',
  '36122246',
  '34841511',
  '32810126',
  '37706373',
  '35289749',
  '31995575',
  '31123302',
  '24205267',
  '37400509',
  '37777554',
  '28195584',
  '36260601',
  '35672741',
  '30753719',
  '36163377',
  '31774829',
  '30872623',
  '28515439',
  '36778140',
  '26790003',
  '30242170',
  '34561538',
  '36537069',
  '34591927',
  '28935986',
  '34188028',
  '36482175',
  '32648601',
  '37932280',
  '31223116',
  '35127288',
  '29233973',
  '31911937',
  '30911383',
  '38568908',
  '33626060',
  '27828977',
  '34675327',
  '29662063',
  '37286556',
  '26605799',
];

export const BASELINE: { file: string; studies: string[] }[] = [
  {
    file: 'citefmt__baseline_endnote.ris',
    studies: [E.haplocanthosaurus, E.juvenileBird, E.juvenileBirdErratum, E.bellyRiver, E.saurosuchus, E.duckbill, E.abelisaurid, E.petroglyphs, E.petroglyphsErratum, E.scales],
  },
  {
    file: 'citefmt__baseline_mendeley.ris',
    studies: [E.haplocanthosaurus, E.bellyRiver, E.juvenileBird, E.duckbill, E.saurosuchus, E.juvenileBirdErratum, E.petroglyphs, E.abelisaurid, E.scales, E.petroglyphsErratum],
  },
  {
    file: 'citefmt__baseline_zotero.ris',
    studies: [E.scales, E.petroglyphsErratum, E.abelisaurid, E.petroglyphs, E.juvenileBirdErratum, E.saurosuchus, E.duckbill, E.juvenileBird, E.bellyRiver, E.haplocanthosaurus],
  },
  { file: 'citefmt__baseline_googlescholar.csv', studies: SCHOLAR },
  { file: 'citefmt__baseline_googlescholar.ris', studies: SCHOLAR },
  { file: 'citefmt__baseline_scopus.csv', studies: SCOPUS },
  { file: 'citefmt__baseline_scopus.ris', studies: SCOPUS },
  { file: 'citefmt__baseline_pubmed.ris', studies: PUBMED },
];

export const BASELINE_FACTS = { records: 120, studies: 80, truePairs: 50 };
