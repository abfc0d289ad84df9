// ClinicalTrials.gov's "Download → CSV" of a search, the trial register a review searches beside
// the databases (Cochrane's handbook asks for it). Since 2023:
//   NCT Number,Study Title,Study URL,Acronym,Study Status,Brief Summary,Study Results,Conditions,
//   Interventions,…,Sponsor,Collaborators,…,Start Date,…,First Posted,…
// (a reviewer may leave columns out); the classic site's:
//   Rank,NCT Number,Title,Acronym,Status,Study Results,Conditions,Interventions,…,First Posted,…,URL
// A registration has no authors or journal: its register stands for the journal, as in Cochrane
// CENTRAL's records of the same trials (record.ts), and the NCT number is its id. Lists are joined
// with "|" ("Palliative Care|Acute Myeloid Leukaemia", "DRUG: Venetoclax|DRUG: Azacitidine").
import type { Profile } from './csv-profiles';

// The type ClinicalTrials.gov writes before an intervention ("DRUG: ", classic "Dietary Supplement: ").
const INTERVENTION_TYPE = /^(?:drug|biological|device|procedure|behavioral|radiation|dietary[ _]supplement|genetic|diagnostic[ _]test|combination[ _]product|other):\s*/i;
// The 2023 site writes its text as Markdown, escaping what Markdown would read: "\> 1.0×10\^9/L", "5\*10\^5".
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>^~|])/g;

const listed = (cell: string) =>
  cell
    .split('|')
    .map((value) => value.replace(INTERVENTION_TYPE, '').trim())
    .filter(Boolean);

export const CLINICALTRIALS_PROFILE: Profile = {
  name: 'clinicaltrials',
  label: 'ClinicalTrials.gov',
  matches: (h) => h.has('nct number') && (h.has('study title') || h.has('title')),
  mapping: {
    title: ['Study Title', 'Title'],
    abstract: 'Brief Summary',
    // The year the trial was registered, as CENTRAL dates it; else the year it started.
    year: ['First Posted', 'Start Date'],
    url: ['Study URL', 'URL'],
    sourceId: 'NCT Number',
  },
  authors: ';',
  fix(draft, cell) {
    draft.journal = 'clinicaltrials.gov';
    if (draft.abstract?.includes('\\')) draft.abstract = draft.abstract.replace(MARKDOWN_ESCAPE, '$1');
    draft.keywords = [...listed(cell('Conditions')), ...listed(cell('Interventions'))];
  },
};
