import type { RecordDecisionView } from '../../lib/review/status';
import { t, type MessageKey } from '../../lib/i18n';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';

const STATE_LABEL: Record<NonNullable<RecordDecisionView['team']>, MessageKey> = {
  single: 'teamStateSingle',
  awaiting: 'teamStateAwaiting',
  agreed: 'teamStateAgreed',
  conflict: 'teamStateConflict',
  resolved: 'teamStateResolved',
  automatic: 'teamStateAutomatic',
};

/** Where a record stands between its reviewers, with the others' decisions this reviewer may see. */
export function TeamLine({ view }: { view: RecordDecisionView }) {
  if (!view.team) return null;
  return (
    <p class={`team-line team-${view.team}`}>
      <strong>{t(STATE_LABEL[view.team])}</strong>
      {view.others.map((d) => (
        <span key={d.reviewerId}>
          {' · '}
          {d.reviewer || d.reviewerId.slice(0, 6)}: {VERDICT_MARK[d.decision]} {t(VERDICT_LABEL[d.decision])}
          {d.reason ? ` (${d.reason})` : ''}
        </span>
      ))}
      {view.team !== 'agreed' && view.team !== 'resolved' && !view.others.length && view.mine && <span> · {t('teamOthersHidden')}</span>}
    </p>
  );
}
