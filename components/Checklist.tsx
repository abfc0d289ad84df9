import { ANSWERS, CRITERIA, type Answer, type Answers, type Review } from '../lib/model';
import type { Term } from '../lib/screening/terms';
import { t } from '../lib/i18n';
import { ANSWER_LABEL, ANSWER_MARK, CRITERION_LABEL, CRITERION_LETTER } from './labels';

/**
 * The PICOS checklist: each criterion met / not met / unclear, as radio groups (keyboard:
 * arrows within a group, Tab between groups). Terms found in the article are shown beside
 * each criterion as hints; the answer stays the reviewer's.
 */
export function Checklist({
  review,
  answers,
  found,
  onChange,
  idPrefix = 'c',
}: {
  review: Review;
  answers: Answers;
  found: Term[];
  onChange: (answers: Answers) => void;
  idPrefix?: string;
}) {
  return (
    <div class="checklist">
      {CRITERIA.map((criterion) => {
        const spec = review.criteria[criterion];
        const hits = found.filter((term) => term.criterion === criterion);
        const name = `${idPrefix}-${criterion}`;
        return (
          <div class="criterion" key={criterion} role="radiogroup" aria-labelledby={`${name}-label`}>
            <span class="criterion-label" id={`${name}-label`} title={spec.description || undefined}>
              {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an <abbr> without a title is not focusable; the letter repeats the label beside it. */}
              <abbr aria-hidden="true">{CRITERION_LETTER[criterion]}</abbr> {t(CRITERION_LABEL[criterion])}
            </span>
            <div class="answers">
              {ANSWERS.map((answer: Answer) => (
                <label class={`answer answer-${answer.replace(' ', '-')}`} key={answer}>
                  <input type="radio" name={name} value={answer} checked={answers[criterion] === answer} onChange={() => onChange({ ...answers, [criterion]: answer })} />
                  <span aria-hidden="true">{ANSWER_MARK[answer]}</span> {t(ANSWER_LABEL[answer])}
                </label>
              ))}
            </div>
            {hits.length > 0 && (
              <p class="hints">
                {hits.map((term) => (
                  <span class={`hint hint-${term.kind}`} key={`${term.kind}${term.term}`}>
                    {term.kind === 'include' ? '+' : '−'} {term.term}
                  </span>
                ))}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
