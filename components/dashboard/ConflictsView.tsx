import { useMemo, useState } from 'preact/hooks';
import { STAGES, type Decision, type Stage } from '../../lib/model';
import { resolveConflict, type ReviewData } from '../../lib/db';
import { t } from '../../lib/i18n';
import { fullTextExclusionReasons, stageDecision, type FullTextAnswer } from '../../lib/review/full-text';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { AgreementView } from './AgreementView';
import type { ReviewViewProps } from './view-props';

/**
 * Dual screening: the records the reviewers disagree on (include, exclude and maybe are three
 * different answers), each to be resolved with a final decision and why; and how well the
 * reviewers agree. Resolving records who resolved it, like every other decision.
 */
export function ConflictsView({ data, reload, notifyChanged }: ReviewViewProps) {
  const byKey = useMemo(() => new Map(data.records.map((r) => [r.key, r])), [data]);
  const conflicts = useMemo(
    () =>
      STAGES.flatMap((stage) => {
        const folded = stage === 'screening' ? data.screening : data.fullTextStage;
        return [...folded.state.entries()].filter(([key, state]) => state === 'conflict' && byKey.has(key)).map(([key]) => ({ key, stage }));
      }),
    [data],
  );
  return (
    <section class="conflicts-view">
      <h2>{t('conflictsHeading', conflicts.length)}</h2>
      {data.review.mode === 'single' && <p class="notice">{t('conflictsSingleMode')}</p>}
      {conflicts.length === 0 ? (
        <p class="muted">{t('conflictsNone')}</p>
      ) : (
        <ul class="conflict-list">
          {conflicts.map(({ key, stage }) => (
            <ConflictItem
              key={`${stage}|${key}`}
              data={data}
              recordKey={key}
              stage={stage}
              title={byKey.get(key)!.article.title}
              onResolved={async () => {
                await reload();
                notifyChanged([key]);
              }}
            />
          ))}
        </ul>
      )}
      <AgreementView data={data} />
    </section>
  );
}

/** What each reviewer decided on the record. */
function ReviewerVerdicts({ decisions }: { decisions: Decision[] }) {
  return (
    <ul class="verdicts-list">
      {decisions.map((d) => (
        <li key={d.reviewerId}>
          <strong>{d.reviewer || d.reviewerId.slice(0, 6)}</strong>:{' '}
          {d.retrieved === false ? t('fullTextNotRetrieved') : `${VERDICT_MARK[d.decision]} ${t(VERDICT_LABEL[d.decision])}${d.reason ? ` — ${d.reason}` : ''}`}
          {d.note ? ` · “${d.note}”` : ''}
        </li>
      ))}
    </ul>
  );
}

function ReasonField({ reasons, value, onChange }: { reasons: string[]; value: string; onChange: (reason: string) => void }) {
  return (
    <label class="field">
      <span>{t('reasonLabel')}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('reasonChoose')}</option>
        {reasons.map((r) => (
          <option value={r} key={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  );
}

function ConflictItem({ data, recordKey, stage, title, onResolved }: { data: ReviewData; recordKey: string; stage: Stage; title: string; onResolved: () => Promise<void> }) {
  const folded = stage === 'screening' ? data.screening : data.fullTextStage;
  const decisions = [...(folded.byReviewer.get(recordKey)?.values() ?? [])];
  const [verdict, setVerdict] = useState<FullTextAnswer | ''>('');
  const [reason, setReason] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!verdict) return setError(t('conflictsChooseVerdict'));
    if (verdict === 'exclude' && !reason) return setError(t('bulkNeedsReason'));
    if (!why.trim()) return setError(t('conflictsNeedWhy'));
    try {
      await resolveConflict(data.review.id, recordKey, { stage, ...stageDecision(stage, verdict, reason, data.review.exclusionReasons), why });
      await onResolved();
    } catch (e) {
      setError(t('statusNotSaved', (e as Error).message));
    }
  };
  return (
    <li class="conflict">
      <h3>{title}</h3>
      <p class="muted">{stage === 'full-text' ? t('fullTextHeading') : t('conflictsStageScreening')}</p>
      <ReviewerVerdicts decisions={decisions} />
      <form class="resolve row" onSubmit={submit}>
        <label class="field">
          <span>{t('conflictsFinal')}</span>
          <select value={verdict} onChange={(e) => setVerdict((e.target as HTMLSelectElement).value as FullTextAnswer)}>
            <option value="">{t('reasonChoose')}</option>
            {(['include', 'exclude', 'maybe'] as const).map((v) => (
              <option value={v} key={v}>
                {t(VERDICT_LABEL[v])}
              </option>
            ))}
            {stage === 'full-text' && <option value="not-retrieved">{t('fullTextNotRetrieved')}</option>}
          </select>
        </label>
        {verdict === 'exclude' && (
          <ReasonField
            reasons={stage === 'full-text' ? fullTextExclusionReasons(data.review.exclusionReasons) : data.review.exclusionReasons}
            value={reason}
            onChange={setReason}
          />
        )}
        <label class="field grow">
          <span>{t('conflictsWhy')}</span>
          <input value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">
          {t('conflictsResolve')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
