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

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface ControlsProps {
  value: DecisionValue;
  reasons: string[];
  onSave: (value: SavedDecision) => Promise<void>;
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
  async function commit(next: DecisionValue) {
    setCurrent(next);
    if (!next.decision) return;
    setSave({ kind: 'saving' });
    try {
      await onSave({ ...next, decision: next.decision, ...(answers ? { answers } : {}) });
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'error', message: (error as Error).message });
    }
  }
  const choose = (decision: Verdict, reason?: string) =>
    commit({
      ...current,
      decision,
      reason: decision === 'exclude' ? (reason ?? (current.reason || (suggestion?.decision === 'exclude' ? suggestion.reason : undefined))) : undefined,
    });
  // Answers changed after a decision: store them with it (the history keeps both).
  const answersKey = JSON.stringify(answers ?? {});
  const firstAnswers = useRef(answersKey);
  useEffect(() => {
    if (answersKey === firstAnswers.current) return;
    firstAnswers.current = answersKey;
    if (current.decision) void commit(current);
  }, [answersKey]);
  const lastChosen = useRef(chosen?.seq);
  useEffect(() => {
    if (!chosen || chosen.seq === lastChosen.current) return;
    lastChosen.current = chosen.seq;
    void choose(chosen.verdict);
  }, [chosen?.seq]);
  return { current, setCurrent, save, commit, choose };
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
  const { current, setCurrent, save, commit, choose } = useDecision(props);
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
      {current.decision === 'exclude' && (
        <label class="field">
          <span>{t('reasonLabel')}</span>
          <select value={current.reason ?? ''} onChange={(e) => commit({ ...current, reason: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">{t('reasonChoose')}</option>
            {reasons.map((reason) => (
              <option value={reason}>{reason}</option>
            ))}
          </select>
        </label>
      )}
      {!compact && (
        <label class="field">
          <span>{t('noteLabel')}</span>
          <textarea
            rows={2}
            value={current.note ?? ''}
            onInput={(e) => setCurrent({ ...current, note: (e.target as HTMLTextAreaElement).value })}
            onBlur={(e) => {
              const note = (e.target as HTMLTextAreaElement).value;
              if (note !== (value.note ?? '') && current.decision) void commit({ ...current, note });
            }}
          />
        </label>
      )}
      <SaveStatus save={save} />
    </div>
  );
}
