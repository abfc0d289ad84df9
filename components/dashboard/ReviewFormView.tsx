import { useState } from 'preact/hooks';
import { renamesBetween } from '../../lib/review/reason-names';
import { CRITERIA, SCREENING_MODES, type Criterion, type Review, type ScreeningMode } from '../../lib/model';
import { formFromReview, reviewFromForm, windowOfForm, type FormErrors, type ReviewForm } from '../../lib/screening/review-form';
import { windowYears } from '../../lib/screening/window';
import { t } from '../../lib/i18n';
import { CRITERION_LABEL, CRITERION_LETTER, MODE_LABEL } from '../labels';

type Set = (patch: Partial<ReviewForm>) => void;
type Fields = ReturnType<typeof fieldHelpers>;
type PartProps = { form: ReviewForm; set: Set; fields: Fields };
const value = (e: Event) => (e.target as HTMLInputElement).value;

/** What a save renamed: the reasons as the form opened with them against the reasons saved. */
export type SaveProtocol = (review: Review, renamed: [string, string][]) => Promise<void>;

function useReviewForm(review: Review, onSave: SaveProtocol) {
  const [form, setForm] = useState<ReviewForm>(() => formFromReview(review));
  // The reasons this form's text was edited from (not a teammate's newer list): renames are read against them.
  const [reasonsBefore, setReasonsBefore] = useState(review.exclusionReasons);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState<'idle' | 'saved' | string>('idle');
  const set = (patch: Partial<ReviewForm>) => {
    setForm({ ...form, ...patch });
    setSaved('idle');
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = reviewFromForm(form, review, new Date());
    setErrors(result.errors);
    if (!result.review) {
      setSaved('idle');
      return;
    }
    try {
      await onSave(result.review, renamesBetween(reasonsBefore, result.review.exclusionReasons));
      setReasonsBefore(result.review.exclusionReasons);
      setSaved('saved');
    } catch (error) {
      setSaved((error as Error).message);
    }
  };
  return { form, errors, saved, set, submit };
}

function fieldHelpers(errors: FormErrors) {
  const error = (field: string) => {
    const e = errors[field];
    return e ? (
      <span class="field-error" id={`err-${field}`} role="alert">
        {t(e.key, ...(e.args ?? []))}
      </span>
    ) : null;
  };
  const invalid = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `err-${field}` } : {});
  return { error, invalid };
}

/** The years the window covers; nothing while a field of it is wrong (its error says why). */
function windowPreview(form: ReviewForm): string {
  const window = windowOfForm(form, new Date());
  if (!window) return '';
  const { from, to } = windowYears(window);
  return from > 1000 ? t('windowPreview', from, to) : '';
}

function BasicsFields({ form, set, fields: { error, invalid } }: PartProps) {
  return (
    <>
      <label class="field">
        <span>{t('formTitle')}</span>
        <input value={form.title} onInput={(e) => set({ title: value(e) })} {...invalid('title')} />
        {error('title')}
      </label>
      <label class="field">
        <span>{t('formQuestion')}</span>
        <textarea rows={2} value={form.question} onInput={(e) => set({ question: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <label class="field">
        <span>{t('formMode')}</span>
        <select value={form.mode} onChange={(e) => set({ mode: (e.target as HTMLSelectElement).value as ScreeningMode })}>
          {SCREENING_MODES.map((m) => (
            <option value={m} key={m}>
              {t(MODE_LABEL[m])}
            </option>
          ))}
        </select>
        <small class="muted">{t('formModeHint')}</small>
      </label>
    </>
  );
}

function PicosFields({ form, set }: { form: ReviewForm; set: Set }) {
  const setCriterion = (c: Criterion, field: keyof ReviewForm['criteria'][Criterion]) => (e: Event) =>
    set({ criteria: { ...form.criteria, [c]: { ...form.criteria[c], [field]: (e.target as HTMLTextAreaElement).value } } });
  return (
    <>
      <h2>{t('formPicos')}</h2>
      <p class="muted">{t('formTermsHint')}</p>
      {CRITERIA.map((c) => (
        <fieldset class="picos" key={c}>
          <legend>
            {CRITERION_LETTER[c]} — {t(CRITERION_LABEL[c])}
          </legend>
          <label class="field">
            <span>{t('formDescription')}</span>
            <textarea rows={2} value={form.criteria[c].description} onInput={setCriterion(c, 'description')} />
          </label>
          <label class="field">
            <span>{t('formIncludeTerms')}</span>
            <textarea rows={2} value={form.criteria[c].include} onInput={setCriterion(c, 'include')} />
          </label>
          <label class="field">
            <span>{t('formExcludeTerms')}</span>
            <textarea rows={2} value={form.criteria[c].exclude} onInput={setCriterion(c, 'exclude')} />
          </label>
        </fieldset>
      ))}
    </>
  );
}

function LastNFields({ form, set, fields: { error, invalid } }: PartProps) {
  return (
    <div class="row">
      <label class="field">
        <span>{t('formYears')}</span>
        <input type="number" min={1} max={100} value={form.years} onInput={(e) => set({ years: value(e) })} {...invalid('years')} />
        {error('years')}
      </label>
      <label class="field">
        <span>{t('formSearchDate')}</span>
        <input type="date" value={form.searchDate} onInput={(e) => set({ searchDate: value(e) })} {...invalid('searchDate')} />
        {error('searchDate')}
      </label>
      <label class="inline">
        <input type="checkbox" checked={form.countCurrentYear} onChange={(e) => set({ countCurrentYear: (e.target as HTMLInputElement).checked })} /> {t('formCountCurrentYear')}
      </label>
    </div>
  );
}

function RangeFields({ form, set, fields: { error, invalid } }: PartProps) {
  return (
    <div class="row">
      <label class="field">
        <span>{t('formFrom')}</span>
        <input inputMode="numeric" value={form.from} onInput={(e) => set({ from: value(e) })} {...invalid('from')} />
        {error('from')}
      </label>
      <label class="field">
        <span>{t('formTo')}</span>
        <input inputMode="numeric" value={form.to} onInput={(e) => set({ to: value(e) })} {...invalid('to')} />
        {error('to')}
      </label>
    </div>
  );
}

function WindowFieldset(props: PartProps) {
  const { form, set } = props;
  return (
    <fieldset class="window">
      <legend>{t('formWindow')}</legend>
      <label class="inline">
        <input type="radio" name="windowMode" checked={form.windowMode === 'last-n'} onChange={() => set({ windowMode: 'last-n' })} /> {t('formWindowLastN')}
      </label>
      <label class="inline">
        <input type="radio" name="windowMode" checked={form.windowMode === 'range'} onChange={() => set({ windowMode: 'range' })} /> {t('formWindowRange')}
      </label>
      {form.windowMode === 'last-n' ? <LastNFields {...props} /> : <RangeFields {...props} />}
      <p class="muted" aria-live="polite">
        {windowPreview(form)} {form.windowMode === 'last-n' && t(form.countCurrentYear ? 'formRuleCounting' : 'formRuleNotCounting')}
      </p>
    </fieldset>
  );
}

function ScopeFields({ form, set, fields: { error, invalid } }: PartProps) {
  return (
    <>
      <label class="field">
        <span>{t('formDesignsAccepted')}</span>
        <input value={form.designsAccepted} onInput={(e) => set({ designsAccepted: value(e) })} />
      </label>
      <label class="field">
        <span>{t('formDesignsExcluded')}</span>
        <input value={form.designsExcluded} onInput={(e) => set({ designsExcluded: value(e) })} />
      </label>
      <label class="field">
        <span>{t('formLanguages')}</span>
        <input value={form.languages} onInput={(e) => set({ languages: value(e) })} {...invalid('languages')} />
        {error('languages')}
      </label>
      <label class="field">
        <span>{t('formReasons')}</span>
        <textarea rows={6} value={form.exclusionReasons} onInput={(e) => set({ exclusionReasons: (e.target as HTMLTextAreaElement).value })} {...invalid('exclusionReasons')} />
        {error('exclusionReasons')}
      </label>
    </>
  );
}

function FormActions({ saved, errors }: { saved: string; errors: FormErrors }) {
  return (
    <div class="actions">
      <button type="submit" class="primary">
        {t('formSave')}
      </button>
      <span role="status" aria-live="polite">
        {saved === 'saved' ? (
          t('statusSaved')
        ) : saved !== 'idle' ? (
          <span class="error">{t('statusNotSaved', saved)}</span>
        ) : Object.keys(errors).length ? (
          <span class="error">{t('formHasErrors')}</span>
        ) : null}
      </span>
    </div>
  );
}

/**
 * The review protocol: question, PICOS with include and exclude terms, the publication
 * window, designs, languages, exclusion reasons and reviewer. Problems are shown at their
 * field and nothing is saved until the whole form is valid.
 */
export function ReviewFormView({ review, onSave }: { review: Review; onSave: SaveProtocol }) {
  const { form, errors, saved, set, submit } = useReviewForm(review, onSave);
  const parts: PartProps = { form, set, fields: fieldHelpers(errors) };
  return (
    <form class="review-form" onSubmit={submit} noValidate>
      <BasicsFields {...parts} />
      <PicosFields form={form} set={set} />
      <WindowFieldset {...parts} />
      <ScopeFields {...parts} />
      <FormActions saved={saved} errors={errors} />
    </form>
  );
}
