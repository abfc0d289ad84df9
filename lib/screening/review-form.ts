import { CRITERIA, ReviewSchema, type Criterion, type PublicationWindow, type Review, type ReviewInput, type ScreeningMode } from '../model';
import type { MessageKey } from '../i18n';

/** The protocol form as the reviewer types it: every field a string or a flag. */
export interface ReviewForm {
  title: string;
  question: string;
  reviewer: string;
  mode: ScreeningMode;
  criteria: Record<Criterion, { description: string; include: string; exclude: string }>;
  windowMode: 'last-n' | 'range';
  years: string;
  searchDate: string;
  countCurrentYear: boolean;
  from: string;
  to: string;
  designsAccepted: string;
  designsExcluded: string;
  languages: string;
  exclusionReasons: string;
}

export type FormErrors = Partial<Record<string, { key: MessageKey; args?: (string | number)[] }>>;

/** Terms are written one per line or separated by semicolons ("oxytocin massage; pijat oksitosin"). */
export function splitTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
const joinTerms = (terms: string[]) => terms.join('; ');

export function formFromReview(review: ReviewInput): ReviewForm {
  const criteria = {} as ReviewForm['criteria'];
  for (const c of CRITERIA) {
    const spec = review.criteria[c];
    criteria[c] = { description: spec.description ?? '', include: joinTerms(spec.include ?? []), exclude: joinTerms(spec.exclude ?? []) };
  }
  const w = review.window;
  return {
    title: review.title,
    question: review.question ?? '',
    reviewer: review.reviewer ?? '',
    mode: review.mode ?? 'single',
    criteria,
    windowMode: w.mode,
    years: w.mode === 'last-n' ? String(w.years) : '5',
    searchDate: w.mode === 'last-n' ? w.searchDate : '',
    countCurrentYear: w.mode === 'last-n' ? !!w.countCurrentYear : false,
    from: w.mode === 'range' ? String(w.from) : '',
    to: w.mode === 'range' ? String(w.to) : '',
    designsAccepted: joinTerms(review.designs.accepted ?? []),
    designsExcluded: joinTerms(review.designs.excluded ?? []),
    languages: (review.languages ?? []).join(', '),
    exclusionReasons: review.exclusionReasons.join('\n'),
  };
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** The publication window the form describes, with an error per field that is wrong. */
function windowFromForm(form: ReviewForm, errors: FormErrors, today: Date): PublicationWindow {
  if (form.windowMode === 'last-n') {
    const years = wholeNumber(form.years);
    if (!Number.isInteger(years) || years < 1 || years > 100) errors.years = { key: 'errorYearsRange' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.searchDate) || Number.isNaN(Date.parse(form.searchDate))) errors.searchDate = { key: 'errorSearchDate' };
    else if (new Date(`${form.searchDate}T00:00:00`) > today) errors.searchDate = { key: 'errorSearchDateFuture' };
    return { mode: 'last-n', years, searchDate: form.searchDate, countCurrentYear: form.countCurrentYear };
  }
  const thisYear = today.getFullYear();
  const from = wholeNumber(form.from);
  const to = wholeNumber(form.to);
  if (!form.from.trim() && !form.to.trim()) errors.from = { key: 'errorWindowEmpty' };
  else {
    if (!Number.isInteger(from) || from < 1900) errors.from = { key: 'errorYear' };
    if (!Number.isInteger(to) || to < 1900) errors.to = { key: 'errorYear' };
    else if (to > thisYear) errors.to = { key: 'errorYearFuture', args: [thisYear] };
    if (!errors.from && !errors.to && from > to) errors.to = { key: 'errorWindowInverted' };
  }
  return { mode: 'range', from, to };
}

/**
 * The publication window the form describes, or undefined while one of its fields is wrong: the
 * window the protocol previews, by the rules that put an error beside the field, so that "Years
 * (N)" = 0, a search date in the future or "2023 to 2018" show their error and no years beside it.
 */
export function windowOfForm(form: ReviewForm, today: Date): PublicationWindow | undefined {
  const errors: FormErrors = {};
  const window = windowFromForm(form, errors, today);
  return Object.keys(errors).length ? undefined : window;
}

/**
 * Turn the form into a review, or say what is wrong at each field. Rules the schema cannot
 * know because they depend on today: no search date and no window year in the future.
 */
export function reviewFromForm(form: ReviewForm, base: Pick<Review, 'id' | 'createdAt' | 'archived'>, today: Date): { review?: Review; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!form.title.trim()) errors.title = { key: 'errorTitleRequired' };
  const window = windowFromForm(form, errors, today);
  const reasons = splitTerms(form.exclusionReasons.replace(/;/g, '\n'));
  if (reasons.length === 0) errors.exclusionReasons = { key: 'errorReasonsRequired' };
  const languages = form.languages
    .split(/[,;\s]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  if (languages.some((l) => l.length < 2 || l.length > 10)) errors.languages = { key: 'errorLanguages' };

  if (Object.keys(errors).length) return { errors };
  const criteria = {} as ReviewInput['criteria'];
  for (const c of CRITERIA) {
    criteria[c] = { description: form.criteria[c].description.trim(), include: splitTerms(form.criteria[c].include), exclude: splitTerms(form.criteria[c].exclude) };
  }
  const parsed = ReviewSchema.safeParse({
    ...base,
    title: form.title,
    question: form.question,
    reviewer: form.reviewer,
    mode: form.mode,
    criteria,
    window,
    designs: { accepted: splitTerms(form.designsAccepted), excluded: splitTerms(form.designsExcluded) },
    languages,
    exclusionReasons: reasons,
    updatedAt: today.getTime(),
  });
  if (!parsed.success) {
    // Anything the form rules above did not catch, shown at the first field the path names.
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[issue.path.length - 1] ?? 'title');
      errors[field] ??= { key: 'errorInvalid', args: [issue.message] };
    }
    return { errors };
  }
  return { review: parsed.data, errors };
}
