import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../lib/model';
import { decide, getSetting, setSetting, type ReviewData } from '../../lib/db';
import { recordDecisions } from '../../lib/review/derive';
import { queueOrder, upNext, type QueueOrder } from '../../lib/review/queue-order';
import type { ReviewRanking } from '../../lib/ranking/review';
import { checkYear } from '../../lib/screening/window';
import { t } from '../../lib/i18n';
import { ScreeningPanel } from '../ScreeningPanel';
import { moveCursor, screeningKey } from '../keys';
import { QueueHeader, UpNext } from './QueueParts';
import type { ReviewViewProps } from './view-props';

export type Rank = (reviewId: string) => Promise<ReviewRanking>;

/**
 * The queue's state: the order, the latest ranking, the records shown this session and where
 * the reviewer is. Moving forward shows a record shown before, else the top of what is left.
 */
function useQueue(data: ReviewData, rank: Rank) {
  const reviewId = data.review.id;
  const todo = (key: string) => recordDecisions(data, key).todo;
  const [ranking, setRanking] = useState<ReviewRanking>();
  const [chosen, setChosenOrder] = useState<QueueOrder>();
  const [shown, setShown] = useState<string[]>([]);
  const [index, setIndexState] = useState(-1);
  // Keys pressed faster than the page renders must each move from the latest position (-1: none yet).
  const at = useRef({ index: -1, shown: [] as string[] });
  const { order, why } = queueOrder(chosen, ranking);
  const show = (list: string[], next: number) => {
    at.current = { index: next, shown: list };
    setShown(list);
    setIndexState(next);
    if (list[next]) void savePosition(reviewId, list[next]);
  };
  /**
   * J / K, the buttons and moving on after a decision: the cursor every list shares (moveCursor)
   * over the records shown this session; past the last one, on to the top of what is left.
   */
  const move = (key: 'next' | 'previous', latest = ranking, how = order) => {
    const { index: i, shown: list } = at.current;
    const next = moveCursor(i, key, list.length);
    if (next !== i) return show(list, next);
    if (key === 'previous') return;
    const [top] = upNext(how, latest, data.records, todo, new Set(list));
    if (top) show([...list, top], list.length);
  };
  const fresh = async () => {
    const latest = await rank(reviewId).catch((error): ReviewRanking => ({ ok: false, reason: 'failed', message: (error as Error).message }));
    setRanking(latest);
    return latest;
  };
  // Opening: the saved order and position, then the first ranking.
  useEffect(() => {
    void (async () => {
      const [orders, positions, latest] = await Promise.all([getSetting('queueOrder'), getSetting('queuePosition'), fresh()]);
      const saved = orders?.[reviewId];
      setChosenOrder(saved);
      const stopped = positions?.[reviewId];
      if (stopped && todo(stopped) && data.records.some((r) => r.key === stopped)) show([stopped], 0);
      else move('next', latest, queueOrder(saved, latest).order);
    })();
  }, [reviewId]);
  const chooseOrder = async (next: QueueOrder) => {
    setChosenOrder(next);
    await setSetting('queueOrder', { ...((await getSetting('queueOrder')) ?? {}), [reviewId]: next });
  };
  return { todo, ranking, order, why, shown, index, fresh, move, chooseOrder };
}

/** J / K move, I / E / M choose a verdict for the record shown. */
function useQueueKeys(move: (key: 'next' | 'previous') => void, choose: (verdict: Verdict) => void, deps: unknown[]) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (!key || key === 'open') return;
      event.preventDefault();
      if (key === 'next' || key === 'previous') move(key);
      else choose(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, deps);
}

/**
 * The screening queue: the records this reviewer has not decided yet (in dual screening,
 * whatever the other reviewer did) one at a time with the full checklist. The record shown
 * next is the top of a fresh ranking ("most relevant first"), or the oldest one left
 * ("imported order"). I / E / M decide (and move on), J / K move; records shown this session
 * stay reachable with K, and the queue remembers where the reviewer stopped.
 */
export function QueueView({ data, reload, notifyChanged, rank }: ReviewViewProps & { rank: Rank }) {
  const reviewId = data.review.id;
  const { todo, ranking, order, why, shown, index, fresh, move, chooseOrder } = useQueue(data, rank);
  const [verdict, setVerdict] = useState<{ verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  const byKey = useMemo(() => new Map(data.records.map((r) => [r.key, r])), [data.records]);
  useQueueKeys(move, (v) => setVerdict({ verdict: v, seq: ++seq.current }), [ranking, order, data]);

  const next = upNext(order, ranking, data.records, todo, new Set(shown));
  const record = byKey.get(shown[index]);
  const header = <QueueHeader data={data} ranking={ranking} order={order} why={why} onOrder={chooseOrder} position={index + 1} total={shown.length + next.length} />;
  if (!record)
    return (
      <section class="queue">
        {header}
        <p>{ranking ? t('queueEmpty') : t('loading')}</p>
      </section>
    );
  const view = recordDecisions(data, record.key);
  // The buttons show this reviewer's own decision (single mode: the record's).
  const decision = data.review.mode === 'single' ? view.shown : view.mine;

  return (
    <section class="queue">
      {header}
      <div class="actions">
        <button type="button" onClick={() => move('previous')} disabled={index <= 0} aria-keyshortcuts="K">
          ← {t('queuePrevious')}
        </button>
        <button type="button" onClick={() => move('next')} disabled={index === shown.length - 1 && next.length === 0} aria-keyshortcuts="J">
          {t('queueNext')} →
        </button>
      </div>
      <p class="muted keys-hint">{t('queueKeys')}</p>
      <ScreeningPanel
        key={record.key}
        article={record.article}
        review={data.review}
        status={{
          key: record.key,
          decision: decision?.decision,
          reason: decision?.reason,
          note: decision?.note,
          answers: decision?.answers,
          window: checkYear(record.article.year, data.review.window).result,
        }}
        chosen={verdict}
        onSave={async (value) => {
          await decide(reviewId, record.key, value);
          await reload();
          notifyChanged([record.key]);
          // Retrained with this decision (the position line counts its records); an exclusion without a reason waits for it.
          const latest = await fresh();
          if (value.decision !== 'exclude' || value.reason) move('next', latest);
        }}
      />
      <UpNext keys={next.slice(0, 5)} byKey={byKey} ranking={ranking} order={order} />
    </section>
  );
}

// Positions are written one after another, so that the last move wins.
let saving = Promise.resolve();
function savePosition(reviewId: string, key: string): Promise<void> {
  saving = saving.then(async () => setSetting('queuePosition', { ...((await getSetting('queuePosition')) ?? {}), [reviewId]: key })).catch(() => undefined);
  return saving;
}
