import { useState } from 'preact/hooks';
import { CRITERIA, SCREENING_MODES, type Criterion, type Review, type ScreeningMode } from '../../lib/model';
import { formFromReview, reviewFromForm, type FormErrors, type ReviewForm } from '../../lib/screening/review-form';
import { windowYears } from '../../lib/screening/window';
import { t } from '../../lib/i18n';
import { CRITERION_LABEL, CRITERION_LETTER, MODE_LABEL } from '../labels';

/**
 * The review protocol: question, PICOS with include and exclude terms, the publication
 * window, designs, languages, exclusion reasons and reviewer. Problems are shown at their
 * field and nothing is saved until the whole form is valid.
 */
export function ReviewFormView({ review, onSave }: { review: Review; onSave: (review: Review) => Promise<void> }) {
  const [form, setForm] = useState<ReviewForm>(() => formFromReview(review));
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState<'idle' | 'saved' | string>('idle');
  const set = (patch: Partial<ReviewForm>) => {
    setForm({ ...form, ...patch });
    setSaved('idle');
  };
  const setCriterion = (c: Criterion, field: keyof ReviewForm['criteria'][Criterion]) => (e: Event) =>
    set({ criteria: { ...form.criteria, [c]: { ...form.criteria[c], [field]: (e.target as HTMLTextAreaElement).value } } });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = reviewFromForm(form, review, new Date());
    setErrors(result.errors);
    if (!result.review) {
      setSaved('idle');
      return;
    }
    try {
      await onSave(result.review);
      setSaved('saved');
    } catch (error) {
      setSaved((error as Error).message);
    }
  };

  const error = (field: string) => {
    const e = errors[field];
    return e ? (
      <span class="field-error" id={`err-${field}`} role="alert">
        {t(e.key, ...(e.args ?? []))}
      </span>
    ) : null;
  };
  const invalid = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `err-${field}` } : {});

  let preview = '';
  try {
    const w =
      form.windowMode === 'last-n'
        ? windowYears({ mode: 'last-n', years: Number(form.years), searchDate: form.searchDate, countCurrentYear: form.countCurrentYear })
        : { from: Number(form.from), to: Number(form.to) };
    if (Number.isFinite(w.from) && Number.isFinite(w.to) && w.from > 1000) preview = t('windowPreview', w.from, w.to);
  } catch {
    preview = '';
  }

  return (
    <form class="review-form" onSubmit={submit} noValidate>
      <label class="field">
        <span>{t('formTitle')}</span>
        <input value={form.title} onInput={(e) => set({ title: (e.target as HTMLInputElement).value })} {...invalid('title')} />
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

      <fieldset class="window">
        <legend>{t('formWindow')}</legend>
        <label class="inline">
          <input type="radio" name="windowMode" checked={form.windowMode === 'last-n'} onChange={() => set({ windowMode: 'last-n' })} /> {t('formWindowLastN')}
        </label>
        <label class="inline">
          <input type="radio" name="windowMode" checked={form.windowMode === 'range'} onChange={() => set({ windowMode: 'range' })} /> {t('formWindowRange')}
        </label>
        {form.windowMode === 'last-n' ? (
          <div class="row">
            <label class="field">
              <span>{t('formYears')}</span>
              <input type="number" min={1} max={100} value={form.years} onInput={(e) => set({ years: (e.target as HTMLInputElement).value })} {...invalid('years')} />
              {error('years')}
            </label>
            <label class="field">
              <span>{t('formSearchDate')}</span>
              <input type="date" value={form.searchDate} onInput={(e) => set({ searchDate: (e.target as HTMLInputElement).value })} {...invalid('searchDate')} />
              {error('searchDate')}
            </label>
            <label class="inline">
              <input type="checkbox" checked={form.countCurrentYear} onChange={(e) => set({ countCurrentYear: (e.target as HTMLInputElement).checked })} />{' '}
              {t('formCountCurrentYear')}
            </label>
          </div>
        ) : (
          <div class="row">
            <label class="field">
              <span>{t('formFrom')}</span>
              <input inputMode="numeric" value={form.from} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} {...invalid('from')} />
              {error('from')}
            </label>
            <label class="field">
              <span>{t('formTo')}</span>
              <input inputMode="numeric" value={form.to} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} {...invalid('to')} />
              {error('to')}
            </label>
          </div>
        )}
        <p class="muted" aria-live="polite">
          {preview} {form.windowMode === 'last-n' && t(form.countCurrentYear ? 'formRuleCounting' : 'formRuleNotCounting')}
        </p>
      </fieldset>

      <label class="field">
        <span>{t('formDesignsAccepted')}</span>
        <input value={form.designsAccepted} onInput={(e) => set({ designsAccepted: (e.target as HTMLInputElement).value })} />
      </label>
      <label class="field">
        <span>{t('formDesignsExcluded')}</span>
        <input value={form.designsExcluded} onInput={(e) => set({ designsExcluded: (e.target as HTMLInputElement).value })} />
      </label>
      <label class="field">
        <span>{t('formLanguages')}</span>
        <input value={form.languages} onInput={(e) => set({ languages: (e.target as HTMLInputElement).value })} {...invalid('languages')} />
        {error('languages')}
      </label>
      <label class="field">
        <span>{t('formReasons')}</span>
        <textarea rows={6} value={form.exclusionReasons} onInput={(e) => set({ exclusionReasons: (e.target as HTMLTextAreaElement).value })} {...invalid('exclusionReasons')} />
        {error('exclusionReasons')}
      </label>
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
    </form>
  );
}
