import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers, Verdict } from '../lib/model';
import type { Suggestion } from '../lib/screening/suggest';
import { t } from '../lib/i18n';
import { VERDICT_LABEL, VERDICT_MARK } from './labels';

export interface DecisionValue {
  decision?: Verdict;
  reason?: string;
  note?: string;
  answers?: Answers;
}
export type SavedDecision = DecisionValue & { decision: Verdict };
/**
 * What a save was made of: a verdict (button, key, suggestion) or the reason an exclusion waited
 * for completes a decision, and the queue moves on after it; a note or a changed checklist
 * answer only corrects the decision shown, and the reviewer stays on its record.
 */
export type SaveKind = 'verdict' | 'reason' | 'note' | 'answers';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface ControlsProps {
  value: DecisionValue;
  reasons: string[];
  onSave: (value: SavedDecision, kind: SaveKind) => Promise<void>;
  answers?: Answers;
  suggestion?: Suggestion;
  compact?: boolean;
  chosen?: { verdict: Verdict; seq: number };
}

/**
 * The decision being made and its saving: every change is saved at once; answers changed after
 * a decision are stored with it; a verdict `chosen` by a parent (keyboard) acts as its button.
 */
function useDecision({ value, onSave, answers, suggestion, chosen }: ControlsProps) {
  const pick = (v: DecisionValue): DecisionValue => ({ decision: v.decision, reason: v.reason, note: v.note });
  const [current, setCurrent] = useState<DecisionValue>(pick(value));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => setCurrent(pick(value)), [value.decision, value.reason, value.note]);
  async function commit(next: DecisionValue, kind: SaveKind) {
    setCurrent(next);
    if (!next.decision) return;
    setSave({ kind: 'saving' });
    try {
      await onSave({ ...next, decision: next.decision, ...(answers ? { answers } : {}) }, kind);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'error', message: (error as Error).message });
    }
  }
  // An exclusion still without a reason puts the keyboard in the reason list (drawn after this render).
  const askReason = useRef(false);
  const choose = (decision: Verdict, reason?: string) => {
    const next = decision === 'exclude' ? (reason ?? (current.reason || (suggestion?.decision === 'exclude' ? suggestion.reason : undefined))) : undefined;
    askReason.current = decision === 'exclude' && !next;
    return commit({ ...current, decision, reason: next }, 'verdict');
  };
  // Answers changed after a decision: store them with it (the history keeps both).
  const answersKey = JSON.stringify(answers ?? {});
  const firstAnswers = useRef(answersKey);
  useEffect(() => {
    if (answersKey === firstAnswers.current) return;
    firstAnswers.current = answersKey;
    if (current.decision) void commit(current, 'answers');
  }, [answersKey]);
  const lastChosen = useRef(chosen?.seq);
  useEffect(() => {
    if (!chosen || chosen.seq === lastChosen.current) return;
    lastChosen.current = chosen.seq;
    void choose(chosen.verdict);
  }, [chosen?.seq]);
  return { current, setCurrent, save, commit, choose, askReason };
}

/**
 * The exclusion reason. Chrome on Windows and Linux fires `change` at every ArrowDown in a closed
 * list, so a reviewer stepping through it would store the first reason passed (and the queue move
 * on): a choice made with keys counts on Enter or on leaving the list; one made with the mouse
 * (the open list's click) counts at once.
 */
function ReasonSelect({
  reasons,
  current,
  setCurrent,
  commit,
  focus,
}: {
  reasons: string[];
  current: DecisionValue;
  setCurrent: (next: DecisionValue) => void;
  commit: (next: DecisionValue, kind: SaveKind) => Promise<void>;
  focus: { current: boolean };
}) {
  const byKeys = useRef(false);
  const saved = useRef(current.reason);
  const choose = (select: HTMLSelectElement, now: boolean) => {
    const reason = select.value || undefined;
    if (!now) return setCurrent({ ...current, reason });
    byKeys.current = false;
    if (reason === saved.current) return;
    saved.current = reason;
    void commit({ ...current, reason }, 'reason');
  };
  return (
    <label class="field">
      <span>{t('reasonLabel')}</span>
      <select
        ref={(el) => {
          if (el && focus.current) el.focus();
          focus.current = false;
        }}
        value={current.reason ?? ''}
        onMouseDown={() => (byKeys.current = false)}
        onKeyDown={(e) => (e.key === 'Enter' ? choose(e.currentTarget, true) : (byKeys.current = true))}
        onChange={(e) => choose(e.currentTarget, !byKeys.current)}
        onBlur={(e) => byKeys.current && choose(e.currentTarget, true)}
      >
        <option value="">{t('reasonChoose')}</option>
        {reasons.map((reason) => (
          <option value={reason}>{reason}</option>
        ))}
      </select>
    </label>
  );
}

/** The suggestion from the checklist and the window, with a button to take it when it differs. */
function SuggestionLine({ suggestion, current, choose }: { suggestion: Suggestion; current: DecisionValue; choose: (decision: Verdict, reason?: string) => void }) {
  const differs = suggestion.decision !== current.decision || (suggestion.decision === 'exclude' && suggestion.reason !== current.reason);
  return (
    <p class="suggestion">
      {t('suggestionLabel')}{' '}
      <strong>
        {VERDICT_MARK[suggestion.decision]} {t(VERDICT_LABEL[suggestion.decision])}
        {suggestion.reason ? ` — ${suggestion.reason}` : ''}
      </strong>{' '}
      {differs && (
        <button type="button" class="accept" onClick={() => choose(suggestion.decision, suggestion.reason)}>
          {t('suggestionAccept')}
        </button>
      )}
    </p>
  );
}

function SaveStatus({ save }: { save: SaveState }) {
  return (
    <p class="save-status" role="status" aria-live="polite">
      {save.kind === 'saving' && t('statusSaving')}
      {save.kind === 'saved' && t('statusSaved')}
      {save.kind === 'error' && <span class="error">{t('statusNotSaved', save.message)}</span>}
    </p>
  );
}

/**
 * Include / Exclude / Maybe with an exclusion reason and a note. Every change is saved at
 * once through `onSave`; a failed save says so and keeps what the reviewer chose on screen.
 * `answers` travel with each save; changing them re-saves a decision already made.
 * `chosen` lets a parent (keyboard shortcuts) choose a verdict as if its button was pressed.
 */
export function DecisionControls(props: ControlsProps) {
  const { value, reasons, suggestion, compact = false } = props;
  const { current, setCurrent, save, commit, choose, askReason } = useDecision(props);
  return (
    <div class={`decision-controls${compact ? ' compact' : ''}`}>
      {suggestion && !compact && <SuggestionLine suggestion={suggestion} current={current} choose={choose} />}
      <div class="verdicts" role="group" aria-label={t('decisionGroup')}>
        {(['include', 'exclude', 'maybe'] as const).map((verdict) => (
          <button
            type="button"
            class={`verdict verdict-${verdict}`}
            aria-pressed={current.decision === verdict}
            aria-keyshortcuts={verdict[0].toUpperCase()}
            onClick={() => choose(verdict)}
          >
            <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
            {t(VERDICT_LABEL[verdict])}
          </button>
        ))}
      </div>
      {current.decision === 'exclude' && <ReasonSelect reasons={reasons} current={current} setCurrent={setCurrent} commit={commit} focus={askReason} />}
      {!compact && (
        <label class="field">
          <span>{t('noteLabel')}</span>
          <textarea
            rows={2}
            value={current.note ?? ''}
            onInput={(e) => setCurrent({ ...current, note: (e.target as HTMLTextAreaElement).value })}
            onBlur={(e) => {
              const note = (e.target as HTMLTextAreaElement).value;
              if (note !== (value.note ?? '') && current.decision) void commit({ ...current, note }, 'note');
            }}
          />
        </label>
      )}
      <SaveStatus save={save} />
    </div>
  );
}
