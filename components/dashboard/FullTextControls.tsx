import { useState } from 'preact/hooks';
import type { Decision } from '../../lib/model';
import { t } from '../../lib/i18n';
import { fullTextDecision, fullTextExclusionReasons } from '../../lib/review/full-text';

export interface FullTextChoice {
  decision: 'include' | 'exclude' | 'maybe';
  retrieved: boolean;
  reason?: string;
}

/**
 * The full-text stage of a record included at title/abstract: was the report retrieved,
 * and is the study eligible (with the reason when it is not)? A report that could not be had
 * is "Report not retrieved", so "not full text" is not among the reasons for excluding one.
 */
export function FullTextControls({ current, reasons, onSave }: { current?: Decision; reasons: string[]; onSave: (choice: FullTextChoice) => Promise<void> }) {
  const [reason, setReason] = useState(current?.decision === 'exclude' && current.retrieved !== false ? (current.reason ?? '') : '');
  const [status, setStatus] = useState<string | null>(null);
  const save = async (choice: FullTextChoice) => {
    try {
      await onSave(choice);
      setStatus(t('statusSaved'));
    } catch (error) {
      setStatus(t('statusNotSaved', (error as Error).message));
    }
  };
  const state = !current ? 'none' : current.retrieved === false ? 'notRetrieved' : current.decision;
  return (
    <section class="full-text" aria-label={t('fullTextHeading')}>
      <h3>{t('fullTextHeading')}</h3>
      <div class="verdicts" role="group">
        <button type="button" aria-pressed={state === 'notRetrieved'} onClick={() => save(fullTextDecision('not-retrieved', undefined, reasons))}>
          {t('fullTextNotRetrieved')}
        </button>
        <button type="button" class="verdict-include" aria-pressed={state === 'include'} onClick={() => save(fullTextDecision('include', undefined, reasons))}>
          ✓ {t('fullTextEligible')}
        </button>
        <button type="button" class="verdict-maybe" aria-pressed={state === 'maybe'} onClick={() => save(fullTextDecision('maybe', undefined, reasons))}>
          ? {t('fullTextPending')}
        </button>
      </div>
      <div class="row">
        <select aria-label={t('reasonLabel')} value={reason} onChange={(e) => setReason((e.target as HTMLSelectElement).value)}>
          <option value="">{t('reasonChoose')}</option>
          {fullTextExclusionReasons(reasons).map((r) => (
            <option value={r}>{r}</option>
          ))}
        </select>
        <button type="button" class="verdict-exclude" aria-pressed={state === 'exclude'} disabled={!reason} onClick={() => save(fullTextDecision('exclude', reason, reasons))}>
          ✗ {t('fullTextIneligible')}
        </button>
      </div>
      <p role="status" class="save-status">
        {status}
      </p>
    </section>
  );
}
