import { CRITERIA, DEFAULT_EXCLUSION_REASONS, type ReviewInput } from '../model';

/** Today's date as YYYY-MM-DD in the reviewer's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function emptyCriteria(): ReviewInput['criteria'] {
  const criteria = {} as ReviewInput['criteria'];
  for (const c of CRITERIA) criteria[c] = { description: '', include: [], exclude: [] };
  return criteria;
}

/** A blank review: the last 5 years from today, the default exclusion reasons. */
export function blankReview(id: string, title: string, now = Date.now()): ReviewInput {
  return {
    id,
    title,
    question: '',
    criteria: emptyCriteria(),
    window: { mode: 'last-n', years: 5, searchDate: today(new Date(now)), countCurrentYear: false },
    designs: { accepted: [], excluded: [] },
    languages: [],
    exclusionReasons: [...DEFAULT_EXCLUSION_REASONS],
    reviewer: '',
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The worked example from Saring's users: oxytocin massage for breast-milk production in
 * postpartum mothers, pre- and quasi-experimental studies of the last five years, with the
 * Indonesian terms the literature uses next to the English ones.
 */
export function oxytocinMassageTemplate(id: string, now = Date.now()): ReviewInput {
  const review = blankReview(id, 'Oxytocin massage and breast-milk production in postpartum mothers', now);
  review.question = 'In postpartum mothers, does oxytocin massage, compared with no massage or usual care, increase breast-milk production?';
  review.criteria = {
    population: {
      description: 'Postpartum (post-natal) mothers, including breastfeeding mothers after caesarean or vaginal birth',
      include: ['postpartum', 'post partum', 'postnatal', 'puerperal', 'breastfeeding mother', 'lactating', 'ibu nifas', 'ibu postpartum', 'ibu menyusui'],
      exclude: ['pregnant women', 'ibu hamil', 'animal', 'rats', 'tikus'],
    },
    intervention: {
      description: 'Oxytocin massage (back / spine massage that stimulates the let-down reflex)',
      include: ['oxytocin massage', 'pijat oksitosin', 'pijat oxytocin', 'massage oksitosin', 'back massage', 'spinal massage'],
      exclude: [],
    },
    comparison: {
      description: 'No massage, usual (routine) care, or another lactation intervention',
      include: ['control group', 'usual care', 'routine care', 'no massage', 'kelompok kontrol', 'perawatan standar'],
      exclude: [],
    },
    outcome: {
      description: 'Breast-milk production or volume, milk let-down, infant weight as a proxy',
      include: ['breast milk production', 'milk production', 'milk volume', 'lactation', 'produksi asi', 'pengeluaran asi', 'kelancaran asi', 'produksi air susu ibu'],
      exclude: [],
    },
    studyDesign: {
      description: 'Pre-experimental and quasi-experimental studies',
      include: ['quasi-experimental', 'quasi experiment', 'pre-experimental', 'pretest-posttest', 'kuasi eksperimen', 'pra eksperimen', 'pre eksperimen'],
      exclude: ['systematic review', 'literature review', 'case report', 'tinjauan pustaka', 'studi kasus'],
    },
  };
  review.designs = {
    accepted: ['pre-experimental', 'quasi-experimental'],
    excluded: ['systematic review', 'literature review', 'case report', 'qualitative'],
  };
  review.languages = ['en', 'id'];
  return review;
}
