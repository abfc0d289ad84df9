import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '../lib/model';
import { t, type MessageKey } from '../lib/i18n';

export interface DecisionValue {
  decision?: Verdict;
  reason?: string;
  note?: string;
}

export const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  include: 'decisionInclude',
  exclude: 'decisionExclude',
  maybe: 'decisionMaybe',
};
/** A mark for each verdict so that status never rests on colour alone. */
export const VERDICT_MARK: Record<Verdict, string> = { include: '✓', exclude: '✗', maybe: '?' };

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Include / Exclude / Maybe with an exclusion reason and a note. Every change is saved at
 * once through `onSave`; a failed save says so and keeps what the reviewer chose on screen.
 */
export function DecisionControls({
  value,
  reasons,
  onSave,
  suggestedReason,
}: {
  value: DecisionValue;
  reasons: string[];
  onSave: (value: Required<Pick<DecisionValue, 'decision'>> & DecisionValue) => Promise<void>;
  suggestedReason?: string;
}) {
  const pick = (v: DecisionValue): DecisionValue => ({ decision: v.decision, reason: v.reason, note: v.note });
  const [current, setCurrent] = useState<DecisionValue>(pick(value));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => setCurrent(pick(value)), [value.decision, value.reason, value.note]);

  async function commit(next: DecisionValue) {
    setCurrent(next);
    if (!next.decision) return;
    setSave({ kind: 'saving' });
    try {
      await onSave({ ...next, decision: next.decision });
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'error', message: (error as Error).message });
    }
  }

  const choose = (decision: Verdict) =>
    commit({
      ...current,
      decision,
      reason: decision === 'exclude' ? current.reason || suggestedReason : undefined,
    });

  return (
    <div class="decision-controls">
      <div class="verdicts" role="group" aria-label={t('decisionGroup')}>
        {(['include', 'exclude', 'maybe'] as const).map((verdict) => (
          <button
            type="button"
            class={`verdict verdict-${verdict}`}
            aria-pressed={current.decision === verdict}
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
          <select
            value={current.reason ?? ''}
            onChange={(e) => commit({ ...current, reason: (e.target as HTMLSelectElement).value || undefined })}
          >
            <option value="">{t('reasonChoose')}</option>
            {reasons.map((reason) => (
              <option value={reason}>{reason}</option>
            ))}
          </select>
        </label>
      )}
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
      <p class="save-status" role="status" aria-live="polite">
        {save.kind === 'saving' && t('statusSaving')}
        {save.kind === 'saved' && t('statusSaved')}
        {save.kind === 'error' && <span class="error">{t('statusNotSaved', save.message)}</span>}
      </p>
    </div>
  );
}
