import type { Article, Review } from '../lib/model';
import { checkYear } from '../lib/screening/window';
import { checkDesign, detectDesigns, protocolDesigns, type Design } from '../lib/screening/design';
import { checkLanguage } from '../lib/screening/language';
import { t, type MessageKey } from '../lib/i18n';

type Result = 'pass' | 'fail' | 'unknown';
const MARK: Record<Result, string> = { pass: '✓', fail: '✗', unknown: '?' };
const WORD: Record<Result, MessageKey> = { pass: 'checkPass', fail: 'checkFail', unknown: 'checkUnknown' };

/** The design names lib/screening/design finds, in the reviewer's language (the evidence stays as written). */
const DESIGN_LABEL: Record<Design, MessageKey> = {
  'randomized controlled trial': 'designRandomizedControlledTrial',
  'quasi-experimental': 'designQuasiExperimental',
  'pre-experimental': 'designPreExperimental',
  cohort: 'designCohort',
  'case-control': 'designCaseControl',
  'cross-sectional': 'designCrossSectional',
  qualitative: 'designQualitative',
  'mixed methods': 'designMixedMethods',
  'systematic review': 'designSystematicReview',
  'meta-analysis': 'designMetaAnalysis',
  'scoping review': 'designScopingReview',
  'literature review': 'designLiteratureReview',
  'case report': 'designCaseReport',
};

export function yearCheckText(article: Pick<Article, 'year'>, review: Review): { result: Result; text: string } {
  const check = checkYear(article.year, review.window);
  const range = `${check.range.from}–${check.range.to}`;
  if (check.ahead) return { result: 'unknown', text: t('checkYearAhead', check.year!, range) };
  if (check.result === 'unknown') return { result: 'unknown', text: t('checkYearUnknown', range) };
  return { result: check.result, text: t(check.result === 'pass' ? 'checkYearIn' : 'checkYearOut', check.year!, range) };
}

/** The mechanical checks, each with its result in words and a mark, and the reason. */
export function AutoChecks({ article, review }: { article: Article; review: Review }) {
  const year = yearCheckText(article, review);
  const designs = protocolDesigns(review);
  const design = checkDesign(detectDesigns(article.title, article.abstract), designs.accepted, designs.excluded);
  const designText =
    design.result === 'unknown'
      ? design.hits.length
        ? t('checkDesignGuess', design.hits.map((h) => `${t(DESIGN_LABEL[h.design])} (“${h.evidence}”)`).join(', '))
        : t('checkDesignNone')
      : t(design.result === 'pass' ? 'checkDesignAccepted' : 'checkDesignExcluded', t(DESIGN_LABEL[design.hit.design]), design.hit.evidence);
  const language = checkLanguage(article, review.languages);
  const languageText = language.result === 'unknown' ? t('checkLanguageUnknown') : t(language.guessed ? 'checkLanguageGuessed' : 'checkLanguageGiven', language.language!);
  const rows: [MessageKey, Result, string][] = [
    ['checkYear', year.result, year.text],
    ['checkDesign', design.result, designText],
    ['checkLanguage', language.result, languageText],
  ];
  return (
    <ul class="auto-checks" aria-label={t('checksHeading')}>
      {rows.map(([label, result, text]) => (
        <li class={`check check-${result}`} key={label}>
          <span class="check-result">
            <span aria-hidden="true">{MARK[result]}</span> {t(label)}: {t(WORD[result])}
          </span>{' '}
          <span class="check-reason">{text}</span>
        </li>
      ))}
    </ul>
  );
}
