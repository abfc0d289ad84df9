import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../lib/model';
import { decide, getSetting, setSetting, type ReviewData } from '../../lib/db';
import { recordDecisions } from '../../lib/review/derive';
import { checkYear } from '../../lib/screening/window';
import { t } from '../../lib/i18n';
import { ScreeningPanel } from '../ScreeningPanel';
import { moveCursor, screeningKey } from '../keys';

/**
 * The screening queue: the records this reviewer has not decided yet (in dual screening,
 * whatever the other reviewer did) one at a time with the full checklist.
 * I / E / M decide (and move on), J / K move, and the queue remembers where the reviewer
 * stopped. Records decided during the session stay in the queue until it is reopened, so
 * J / K can go back to change them.
 */
export function QueueView({ data, reload, notifyChanged }: { data: ReviewData; reload: () => Promise<void>; notifyChanged: () => void }) {
  // The queue is fixed when opened: this reviewer's undecided records, oldest first.
  const todo = (key: string) => recordDecisions(data, key).todo;
  const queue = useMemo(
    () =>
      data.records
        .filter((r) => todo(r.key))
        .sort((a, b) => a.addedAt - b.addedAt || a.key.localeCompare(b.key))
        .map((r) => r.key),
    [data.review.id],
  );
  const [index, setIndexState] = useState(0);
  // Keys pressed faster than the page renders must each move from the latest position.
  const at = useRef(0);
  const setIndex = (next: number) => {
    at.current = next;
    setIndexState(next);
  };
  const [chosen, setChosen] = useState<{ verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  const byKey = useMemo(() => new Map(data.records.map((r) => [r.key, r])), [data.records]);

  // Where each review's queue stopped; written whole after every move, in order, so the last move wins.
  const positions = useRef<Record<string, string>>({});
  useEffect(() => {
    void getSetting('queuePosition').then((saved) => {
      positions.current = { ...(saved ?? {}), ...positions.current };
      const found = queue.indexOf(saved?.[data.review.id] ?? '');
      if (found >= 0) setIndex(found);
    });
  }, [queue]);
  const go = (next: number) => {
    const clamped = Math.max(0, Math.min(queue.length - 1, next));
    setIndex(clamped);
    positions.current = { ...positions.current, [data.review.id]: queue[clamped] };
    void setSetting('queuePosition', positions.current);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (!key || key === 'open') return;
      event.preventDefault();
      if (key === 'next' || key === 'previous') go(moveCursor(at.current, key, queue.length));
      else setChosen({ verdict: key, seq: ++seq.current });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, queue]);

  if (queue.length === 0) return <p>{t('queueEmpty')}</p>;
  const record = byKey.get(queue[index]);
  if (!record) return <p>{t('queueEmpty')}</p>;
  const view = recordDecisions(data, record.key);
  // The buttons show this reviewer's own decision (single mode: the record's).
  const decision = data.review.mode === 'single' ? view.shown : view.mine;
  const remaining = queue.filter(todo).length;

  return (
    <section class="queue">
      <div class="actions">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="K">
          ← {t('queuePrevious')}
        </button>
        <span role="status">{t('queuePosition', index + 1, queue.length, remaining)}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === queue.length - 1} aria-keyshortcuts="J">
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
        chosen={chosen}
        onSave={async (value) => {
          await decide(data.review.id, record.key, value);
          await reload();
          notifyChanged();
          // An exclusion without a reason waits for the reason; anything else moves on.
          if (value.decision !== 'exclude' || value.reason) go(index + 1);
        }}
      />
    </section>
  );
}
