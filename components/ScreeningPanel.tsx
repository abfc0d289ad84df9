import { useMemo, useState } from 'preact/hooks';
import { recordKey } from '../lib/model/key';
import type { Answers, Article, Review, Verdict } from '../lib/model';
import type { RowStatus } from '../lib/messaging/protocol';
import { reviewTerms, termMatcher } from '../lib/screening/terms';
import { checkYear } from '../lib/screening/window';
import { suggestDecision } from '../lib/screening/suggest';
import { t } from '../lib/i18n';
import { ArticleSummary } from './ArticleSummary';
import { Highlighted, HighlightLegend } from './Highlighted';
import { Checklist } from './Checklist';
import { AutoChecks } from './AutoChecks';
import { DecisionControls, type SavedDecision, type SaveKind } from './DecisionControls';
import { clearDraft, loadDraft, saveDraft } from './drafts';

/**
 * Everything needed to screen one article: what it is, its abstract with the protocol's
 * terms marked, the PICOS checklist, the mechanical checks, the suggested decision and the
 * decision itself. Used by the popup and the dashboard's screening queue.
 */
export function ScreeningPanel({
  article,
  review,
  status,
  onSave,
  chosen,
  headingLevel = 2,
}: {
  article: Article;
  review: Review;
  status: RowStatus;
  onSave: (value: SavedDecision, kind: SaveKind) => Promise<void>;
  chosen?: { verdict: Verdict; seq: number };
  headingLevel?: 2 | 3;
}) {
  const draftKey = status.key ?? recordKey(article);
  const [answers, setAnswers] = useState<Answers>(() => (status.decision ? (status.answers ?? {}) : loadDraft(review.id, draftKey)));
  const matcher = useMemo(() => termMatcher(reviewTerms(review)), [review]);
  const found = useMemo(() => matcher.found(`${article.title}\n${article.abstract ?? ''}\n${(article.keywords ?? []).join('; ')}`), [matcher, article]);
  const suggestion = suggestDecision(answers, checkYear(article.year, review.window).result, review.exclusionReasons);

  const changeAnswers = (next: Answers) => {
    setAnswers(next);
    if (!status.decision) saveDraft(review.id, draftKey, next);
  };
  const save = async (value: SavedDecision, kind: SaveKind) => {
    await onSave(value, kind);
    clearDraft(review.id, draftKey);
  };

  return (
    <div class="screening-panel">
      <ArticleSummary article={article} headingLevel={headingLevel} matcher={matcher} />
      {article.abstract ? (
        <details class="abstract" open>
          <summary>{t('abstractHeading')}</summary>
          <p class="abstract-text">
            <Highlighted text={article.abstract} matcher={matcher} />
          </p>
          <HighlightLegend />
        </details>
      ) : (
        <p class="muted">{t('abstractMissing')}</p>
      )}
      <AutoChecks article={article} review={review} />
      <Checklist review={review} answers={answers} found={found} onChange={changeAnswers} idPrefix={draftKey} />
      <DecisionControls value={status} reasons={review.exclusionReasons} answers={answers} suggestion={suggestion} onSave={save} chosen={chosen} />
    </div>
  );
}
