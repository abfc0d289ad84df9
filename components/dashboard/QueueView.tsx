import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../lib/model';
import { decide, getSetting, setSetting, type ReviewData } from '../../lib/db';
import { recordDecisions } from '../../lib/review/derive';
import { queueOrder, upNext, type QueueOrder } from '../../lib/review/queue-order';
import type { ReviewRanking } from '../../lib/ranking/review';
import { checkYear } from '../../lib/screening/window';
import { t } from '../../lib/i18n';
import { ScreeningPanel } from '../ScreeningPanel';
import type { SavedDecision, SaveKind } from '../DecisionControls';
import { VERDICT_LABEL } from '../labels';
import { moveCursor, screeningKey } from '../keys';
import { QueueHeader, UpNext } from './QueueParts';
import type { ReviewViewProps } from './view-props';

export type Rank = (reviewId: string) => Promise<ReviewRanking>;

/** The order the reviewer chose, kept per review; `now` for a save whose closure holds the order of its render. */
function useChosenOrder(reviewId: string) {
  const [chosen, setChosenState] = useState<QueueOrder>();
  const now = useRef<QueueOrder | undefined>(undefined);
  const setChosen = (next: QueueOrder | undefined) => {
    now.current = next;
    setChosenState(next);
  };
  const chooseOrder = async (next: QueueOrder) => {
    setChosen(next);
    await setSetting('queueOrder', { ...((await getSetting('queueOrder')) ?? {}), [reviewId]: next });
  };
  return { chosen, now, setChosen, chooseOrder };
}

/**
 * The queue's state: the order, the latest ranking, the records shown this session and where
 * the reviewer is. Moving forward shows a record shown before, else the top of what is left.
 */
function useQueue(data: ReviewData, rank: Rank) {
  const reviewId = data.review.id;
  const todo = (key: string) => recordDecisions(data, key).todo;
  const [ranking, setRanking] = useState<ReviewRanking>();
  const { chosen, now: chosenNow, setChosen: setChosenOrder, chooseOrder } = useChosenOrder(reviewId);
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
   * over the records shown this session; past the last one, on to the top of what is left (in
   * the order of the ranking given: after a decision, the one retrained with it). `end`: nothing
   * left after the last record is "Nothing left to screen" (K goes back to it), not that record.
   */
  const move = (key: 'next' | 'previous', latest = ranking, how = order, end = false) => {
    const { index: i, shown: list } = at.current;
    if (key === 'next' && i >= list.length) return;
    const next = moveCursor(i, key, list.length);
    if (next !== i) return show(list, next);
    if (key === 'previous') return;
    const [top] = upNext(how, latest, data.records, todo, new Set(list));
    if (top) show([...list, top], list.length);
    else if (end) show(list, list.length);
  };
  /** After a decision: on from the record decided, if it is still the one shown, in the new ranking's order. */
  const moveOn = (from: string, latest: ReviewRanking): { to?: string } | undefined => {
    if (at.current.shown[at.current.index] !== from) return undefined;
    move('next', latest, queueOrder(chosenNow.current, latest).order, true);
    return { to: at.current.shown[at.current.index] };
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
  return { todo, ranking, order, why, shown, index, fresh, move, moveOn, chooseOrder };
}

/**
 * J / K move, I / E / M choose a verdict for the record shown. The arrow keys scroll the page as
 * anywhere else: one record is shown, and a long abstract must be readable without the mouse.
 */
function useQueueKeys(move: (key: 'next' | 'previous') => void, choose: (verdict: Verdict) => void, deps: unknown[]) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (!key || key === 'open' || event.key.startsWith('Arrow')) return;
      event.preventDefault();
      if (key === 'next' || key === 'previous') move(key);
      else choose(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, deps);
}

/**
 * Saving a decision from the panel, and moving on only after a verdict (or the reason an exclusion
 * waited for): a note or a corrected checklist answer keeps the reviewer on the record. While a
 * verdict is being saved, I / E / M wait (`busy`): pressed again at once they would decide the record
 * still shown, not the next one the reviewer meant. Moving on, the keyboard goes to the new record's
 * title and the verdict is said in a live region outside the panel (which is replaced).
 */
function useSaveAndMove(data: ReviewData, reload: () => Promise<void>, notifyChanged: (keys: string[]) => void, queue: ReturnType<typeof useQueue>) {
  const busy = useRef(false);
  const saves = useRef(0);
  const focusTitle = useRef(false);
  const [said, setSaid] = useState('');
  const save = (key: string) => async (value: SavedDecision, kind: SaveKind) => {
    const done = (kind === 'verdict' || kind === 'reason') && (value.decision !== 'exclude' || !!value.reason);
    const mine = ++saves.current;
    if (done) busy.current = true;
    try {
      await decide(data.review.id, key, value);
      await reload();
      notifyChanged([key]);
      // Retrained with this decision (the position line counts its records); an exclusion without a reason waits for it.
      const latest = await queue.fresh();
      const moved = done && mine === saves.current ? queue.moveOn(key, latest) : undefined;
      if (!moved) return;
      focusTitle.current = true;
      const verdict = t(VERDICT_LABEL[value.decision]);
      const title = data.records.find((r) => r.key === moved.to)?.article.title;
      setSaid(title ? t('queueSavedNext', verdict, title) : t('queueSavedLast', verdict));
    } finally {
      if (mine === saves.current) busy.current = false;
    }
  };
  return { busy, save, focusTitle, said };
}

/** The record's status in the panel: the buttons show this reviewer's own decision (single mode: the record's). */
function statusOf(data: ReviewData, record: ReviewData['records'][number]) {
  const view = recordDecisions(data, record.key);
  const decision = data.review.mode === 'single' ? view.shown : view.mine;
  const { decision: verdict, reason, note, answers } = decision ?? {};
  return { key: record.key, decision: verdict, reason, note, answers, window: checkYear(record.article.year, data.review.window).result };
}

/** After moving on from a decision, the keyboard goes to the new record's title (or to "Nothing left to screen"). */
function useFocusTitle(section: { current: HTMLElement | null }, focusTitle: { current: boolean }, deps: unknown[]) {
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    const title = section.current?.querySelector<HTMLElement>('.article-title') ?? section.current?.querySelector<HTMLElement>('.queue-done');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }, deps);
}

function PreviousButton({ move, disabled = false }: { move: (key: 'previous') => void; disabled?: boolean }) {
  return (
    <button type="button" onClick={() => move('previous')} disabled={disabled} aria-keyshortcuts="K">
      ← {t('queuePrevious')}
    </button>
  );
}

/**
 * The screening queue: the records this reviewer has not decided yet (in dual screening,
 * whatever the other reviewer did) one at a time with the full checklist. The record shown
 * next is the top of a fresh ranking ("most relevant first"), or the oldest one left
 * ("imported order"). I / E / M decide (and move on), J / K move; records shown this session
 * stay reachable with K, and the queue remembers where the reviewer stopped.
 */
export function QueueView({ data, reload, notifyChanged, rank }: ReviewViewProps & { rank: Rank }) {
  const queue = useQueue(data, rank);
  const { todo, ranking, order, why, shown, index, move, chooseOrder } = queue;
  const [verdict, setVerdict] = useState<{ verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  const byKey = useMemo(() => new Map(data.records.map((r) => [r.key, r])), [data.records]);
  const { busy, save, focusTitle, said } = useSaveAndMove(data, reload, notifyChanged, queue);
  useQueueKeys(move, (v) => busy.current || setVerdict({ verdict: v, seq: ++seq.current }), [ranking, order, data]);
  const section = useRef<HTMLElement>(null);
  const record = byKey.get(shown[index]);
  useFocusTitle(section, focusTitle, [record?.key, said]);

  const next = upNext(order, ranking, data.records, todo, new Set(shown));
  const left = data.records.filter((r) => todo(r.key)).length;
  const header = <QueueHeader data={data} ranking={ranking} order={order} why={why} onOrder={chooseOrder} position={index + 1} total={shown.length + next.length} left={left} />;
  const announce = (
    <p class="sr-only queue-said" role="status">
      {said}
    </p>
  );
  if (!record)
    return (
      <section class="queue" ref={section}>
        {header}
        {announce}
        <p class="queue-done">{ranking ? t('queueEmpty') : t('loading')}</p>
        {index > 0 && <PreviousButton move={move} />}
      </section>
    );

  return (
    <section class="queue" ref={section}>
      {header}
      {announce}
      <div class="actions">
        <PreviousButton move={move} disabled={index <= 0} />
        <button type="button" onClick={() => move('next')} disabled={index === shown.length - 1 && next.length === 0} aria-keyshortcuts="J">
          {t('queueNext')} →
        </button>
      </div>
      <p class="muted keys-hint">{t('queueKeys')}</p>
      <ScreeningPanel key={record.key} article={record.article} review={data.review} status={statusOf(data, record)} chosen={verdict} onSave={save(record.key)} />
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
