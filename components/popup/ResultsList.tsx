import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Review, Verdict } from '../../lib/model';
import type { RowStatus } from '../../lib/messaging/protocol';
import { t, tCount } from '../../lib/i18n';
import { ArticleSummary } from '../ArticleSummary';
import { DecisionControls, type SavedDecision } from '../DecisionControls';
import { statusText } from '../labels';
import { ScreeningPanel } from '../ScreeningPanel';
import { yearCheckText } from '../AutoChecks';
import { moveCursor, screeningKey } from '../keys';
import { suggestDecision } from '../../lib/screening/suggest';
import { BandMark } from '../Relevance';

type RowOrder = 'page' | 'relevance';

/** Row indexes in display order: as on the page, or most relevant first (rows without a band last). */
export function rowOrder(statuses: readonly RowStatus[], count: number, order: RowOrder): number[] {
  const rows = Array.from({ length: count }, (_, i) => i);
  if (order === 'page') return rows;
  return rows.sort((a, b) => (statuses[b]?.relevance?.score ?? -1) - (statuses[a]?.relevance?.score ?? -1) || a - b);
}

type Chosen = { verdict: Verdict; seq: number } | undefined;

interface ResultRowProps {
  article: Article;
  status: RowStatus;
  review: Review;
  isCurrent: boolean;
  open: boolean;
  chosen: Chosen;
  rowRef: (el: HTMLElement | null) => void;
  onFocusIn: () => void;
  onOpen: () => void;
  onSave: (value: SavedDecision) => Promise<void>;
}

/** One result row: the article, its status and band, and its decision controls or full checklist. */
function ResultRow({ article, status, review, isCurrent, open, chosen, rowRef, onFocusIn, onOpen, onSave }: ResultRowProps) {
  const year = yearCheckText(article, review);
  return (
    <li class={`result${isCurrent ? ' current' : ''}`} tabIndex={isCurrent ? 0 : -1} ref={rowRef} onFocusIn={onFocusIn} aria-current={isCurrent ? 'true' : undefined}>
      {!open && <ArticleSummary article={article} headingLevel={3} />}
      <p class="row-status">
        <span class={`status status-${status.decision ?? 'none'}`}>{statusText(status.decision, status.reason)}</span>{' '}
        <span class={`check check-${year.result}`}>
          {year.result === 'pass' ? '✓' : year.result === 'fail' ? '✗' : '?'} {year.text}
        </span>{' '}
        <BandMark relevance={status.relevance} />
      </p>
      {open ? (
        <ScreeningPanel article={article} review={review} status={status} headingLevel={3} chosen={chosen} onSave={onSave} />
      ) : (
        <>
          <DecisionControls
            value={status}
            reasons={review.exclusionReasons}
            compact
            chosen={chosen}
            suggestion={suggestDecision({}, status.window, review.exclusionReasons)}
            onSave={onSave}
          />
          <button type="button" class="link" onClick={onOpen}>
            {t('openChecklist')}
          </button>
        </>
      )}
    </li>
  );
}

/**
 * J / K move between rows (focus follows), Enter opens the current row, I / E / M decide it. As in
 * the queue and on the page, no row is current until J / K or the focus (Tab, a click) reaches one:
 * I then decides nothing rather than a row the reviewer did not pick.
 */
function useListKeys(count: number, order: number[], rows: { current: (HTMLElement | null)[] }) {
  const [current, setCurrentState] = useState(-1);
  // Keys pressed faster than the popup renders must each move from the latest row.
  const at = useRef(-1);
  const setCurrent = (next: number) => {
    at.current = next;
    setCurrentState(next);
  };
  const [open, setOpen] = useState<number | null>(null);
  const [chosen, setChosen] = useState<{ row: number; verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (!key) return;
      // Enter on a button, link or summary presses it; only on the row itself does it open the checklist.
      if (key === 'open' && (event.target as Element | null)?.closest?.('button, a, summary, [role="button"]')) return;
      event.preventDefault();
      if (key === 'next' || key === 'previous') {
        const next = moveCursor(at.current, key, count);
        setCurrent(next);
        rows.current[next]?.focus();
      } else if (at.current < 0) return;
      else if (key === 'open') setOpen(open === order[at.current] ? null : order[at.current]);
      else setChosen({ row: order[at.current], verdict: key, seq: ++seq.current });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, open, count, order]);
  return { current, setCurrent, open, setOpen, chosen };
}

/**
 * Every row of a result list with its status, decided in place. J / K (or the arrows) move
 * between rows, I / E / M decide the current row, Enter opens its full checklist. The rows can
 * be shown most relevant first, once the review can be ranked.
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
  const rows = useRef<(HTMLElement | null)[]>([]);
  const undecided = statuses.filter((s) => !s.decision).length;
  const [sortBy, setSortBy] = useState<RowOrder>('page');
  // Sorted when the order is chosen (or the page is read again), not after each decision: a decided row
  // loses its band, and re-sorting would move it to the end under the cursor, so that J skipped a row.
  const order = useMemo(() => rowOrder(statuses, articles.length, sortBy), [articles, sortBy]);
  const ranked = statuses.some((s) => s.relevance);
  const { current, setCurrent, open, setOpen, chosen } = useListKeys(articles.length, order, rows);

  return (
    <>
      <h2 class="results-heading">
        {tCount('popupResultsHeading', articles.length)} · {t('popupUndecided', undecided)}
      </h2>
      <p class="muted keys-hint">{t('keysHint')}</p>
      {ranked && (
        <label class="results-order">
          {t('popupOrder')}{' '}
          <select value={sortBy} onChange={(e) => setSortBy((e.target as HTMLSelectElement).value as RowOrder)}>
            <option value="page">{t('popupOrderPage')}</option>
            <option value="relevance">{t('popupOrderRelevance')}</option>
          </select>
        </label>
      )}
      <ol class="results">
        {order.map((i, pos) => (
          <ResultRow
            key={`${i}:${articles[i].title}`}
            article={articles[i]}
            status={statuses[i] ?? { window: 'unknown' }}
            review={review}
            isCurrent={pos === current}
            open={open === i}
            chosen={chosen?.row === i ? { verdict: chosen.verdict, seq: chosen.seq } : undefined}
            rowRef={(el) => {
              rows.current[pos] = el;
            }}
            // focusin, not focus: the focus lands on a row's button far more often than on the row.
            onFocusIn={() => setCurrent(pos)}
            onOpen={() => setOpen(i)}
            onSave={(v) => onDecide(i, articles[i], v)}
          />
        ))}
      </ol>
    </>
  );
}
