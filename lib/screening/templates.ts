import { CRITERIA, DEFAULT_EXCLUSION_REASONS, type ReviewInput } from '../model';
import { getLanguage, type Language } from '../i18n/translate';

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

/**
 * The default exclusion reasons in Indonesian, for a review made in Indonesian: they are the
 * review's own words (editable in its protocol), shown beside rows and written into the exports
 * and the PRISMA diagram of a thesis written in Indonesian. Each names its check with the words
 * lib/screening/reasons.ts looks for ("populasi", "intervensi", "pembanding", "luaran",
 * "desain", "rentang tahun", "lainnya"), so a failed check still finds its reason.
 */
const INDONESIAN_REASONS = [
  'populasi tidak sesuai',
  'intervensi tidak sesuai',
  'pembanding tidak sesuai',
  'luaran tidak sesuai',
  'desain studi tidak sesuai',
  'di luar rentang tahun terbit',
  'teks lengkap tidak tersedia',
  'duplikat',
  'lainnya',
];

/** The default exclusion reasons in a language Saring speaks. */
export const exclusionReasonsIn = (language: Language): string[] => (language === 'id' ? [...INDONESIAN_REASONS] : [...DEFAULT_EXCLUSION_REASONS]);

/**
 * The name of the review made for a reviewer's first decision, in their language. Written here
 * with the reasons, not in the message tables: the background, which makes it, loads no messages.
 */
export const firstReviewTitle = (language: Language = getLanguage()): string => (language === 'id' ? 'Tinjauan saya' : 'My review');

/** A blank review: the last 5 years from today, the default exclusion reasons in the reviewer's language. */
export function blankReview(id: string, title: string, now = Date.now(), language: Language = getLanguage()): ReviewInput {
  return {
    id,
    title,
    question: '',
    criteria: emptyCriteria(),
    window: { mode: 'last-n', years: 5, searchDate: today(new Date(now)), countCurrentYear: false },
    designs: { accepted: [], excluded: [] },
    languages: [],
    exclusionReasons: exclusionReasonsIn(language),
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
