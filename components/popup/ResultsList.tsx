import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, Review, Verdict } from '../../lib/model';
import type { RowStatus } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n';
import { ArticleSummary } from '../ArticleSummary';
import { DecisionControls, type SavedDecision } from '../DecisionControls';
import { statusText } from '../labels';
import { ScreeningPanel } from '../ScreeningPanel';
import { yearCheckText } from '../AutoChecks';
import { moveCursor, screeningKey } from '../keys';
import { suggestDecision } from '../../lib/screening/suggest';

/**
 * Every row of a result list with its status, decided in place. J / K (or the arrows) move
 * between rows, I / E / M decide the current row, Enter opens its full checklist.
 */
export function ResultsList({
  articles,
  statuses,
  review,
  onDecide,
}: {
  articles: Article[];
  statuses: RowStatus[];
  review: Review;
  onDecide: (index: number, article: Article, value: SavedDecision) => Promise<void>;
}) {
  const [current, setCurrentState] = useState(0);
  // Keys pressed faster than the popup renders must each move from the latest row.
  const at = useRef(0);
  const setCurrent = (next: number) => {
    at.current = next;
    setCurrentState(next);
  };
  const [open, setOpen] = useState<number | null>(null);
  const [chosen, setChosen] = useState<{ row: number; verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  const rows = useRef<(HTMLElement | null)[]>([]);
  const undecided = statuses.filter((s) => !s.decision).length;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (!key) return;
      // Enter on a button, link or summary presses it; only on the row itself does it open the checklist.
      if (key === 'open' && (event.target as Element | null)?.closest?.('button, a, summary, [role="button"]')) return;
      event.preventDefault();
      if (key === 'next' || key === 'previous') {
        const next = moveCursor(at.current, key, articles.length);
        setCurrent(next);
        rows.current[next]?.focus();
      } else if (key === 'open') {
        setOpen(open === at.current ? null : at.current);
      } else {
        setChosen({ row: at.current, verdict: key, seq: ++seq.current });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, open, articles.length]);

  return (
    <>
      <h2 class="results-heading">
        {t('popupResultsHeading', articles.length)} · {t('popupUndecided', undecided)}
      </h2>
      <p class="muted keys-hint">{t('keysHint')}</p>
      <ol class="results">
        {articles.map((article, i) => {
          const status = statuses[i] ?? { window: 'unknown' };
          const year = yearCheckText(article, review);
          const rowChosen = chosen?.row === i ? { verdict: chosen.verdict, seq: chosen.seq } : undefined;
          return (
            <li
              key={`${i}:${article.title}`}
              class={`result${i === current ? ' current' : ''}`}
              tabIndex={i === current ? 0 : -1}
              ref={(el) => {
                rows.current[i] = el;
              }}
              onFocus={() => setCurrent(i)}
              aria-current={i === current ? 'true' : undefined}
            >
              {open !== i && <ArticleSummary article={article} headingLevel={3} />}
              <p class="row-status">
                <span class={`status status-${status.decision ?? 'none'}`}>{statusText(status.decision, status.reason)}</span>{' '}
                <span class={`check check-${year.result}`}>
                  {year.result === 'pass' ? '✓' : year.result === 'fail' ? '✗' : '?'} {year.text}
                </span>
              </p>
              {open === i ? (
                <ScreeningPanel article={article} review={review} status={status} headingLevel={3} chosen={rowChosen} onSave={(v) => onDecide(i, article, v)} />
              ) : (
                <>
                  <DecisionControls
                    value={status}
                    reasons={review.exclusionReasons}
                    compact
                    chosen={rowChosen}
                    suggestion={suggestDecision({}, status.window, review.exclusionReasons)}
                    onSave={(v) => onDecide(i, article, v)}
                  />
                  <button type="button" class="link" onClick={() => setOpen(i)}>
                    {t('openChecklist')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
