import { Component } from 'preact';
import type { Verdict } from '../../lib/model';
import type { ReviewInfo, RowStatus } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/page';
import { reasonFor } from '../../lib/screening/reasons';
import { statusText, VERDICT_LABEL, VERDICT_MARK } from '../labels';

export interface RowControlProps {
  status: RowStatus;
  review: ReviewInfo;
  year?: number;
  current: boolean;
  onDecide(decision: Verdict, reason?: string): Promise<void>;
}

interface RowControlState {
  picking: boolean;
  error: string | null;
}

/**
 * The compact control beside one search result: Include / Exclude / Maybe, the year-window
 * check and the row's current decision. Excluding asks for a reason (the window's reason is
 * preselected when the year is outside it). A class, not hooks: preact/hooks would add 2 kB to
 * every content script for two flags.
 */
export class RowControl extends Component<RowControlProps, RowControlState> {
  override state: RowControlState = { picking: false, error: null };

  private decide = async (decision: Verdict, reason?: string) => {
    this.setState({ error: null });
    try {
      await this.props.onDecide(decision, reason);
      this.setState({ picking: false });
    } catch (e) {
      this.setState({ error: t('statusNotSaved', (e as Error).message) });
    }
  };

  override render({ status, review, year, current }: RowControlProps, { picking, error }: RowControlState) {
    const decide = this.decide;
    const windowText = `${review.window.from}–${review.window.to}`;
    const windowReason = reasonFor('window', review.exclusionReasons);
    const chip =
      status.window === 'pass'
        ? ['pass', '✓', t('checkYearIn', year ?? '', windowText)]
        : status.window === 'fail'
          ? ['fail', '✗', t('checkYearOut', year ?? '', windowText)]
          : ['unknown', '?', t('checkYearUnknown', windowText)];

    return (
      <div class={`bar${current ? ' current' : ''}`} role="group" aria-label={t('rowControlLabel')}>
        <span class="brand" aria-hidden="true">
          Saring
        </span>
        {(['include', 'exclude', 'maybe'] as const).map((verdict) => (
          <button
            type="button"
            class={verdict}
            aria-pressed={status.decision === verdict}
            onClick={() => (verdict === 'exclude' ? this.setState({ picking: true }) : decide(verdict))}
          >
            <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
            {t(VERDICT_LABEL[verdict])}
          </button>
        ))}
        {picking && (
          <select
            aria-label={t('reasonLabel')}
            ref={(el) => el?.focus()}
            onChange={(e) => {
              const reason = (e.target as HTMLSelectElement).value;
              if (reason) void decide('exclude', reason);
            }}
          >
            <option value="">{t('reasonChoose')}</option>
            {review.exclusionReasons.map((reason) => (
              <option value={reason} selected={false}>
                {reason}
              </option>
            ))}
          </select>
        )}
        {picking && status.window === 'fail' && windowReason && (
          <button type="button" onClick={() => decide('exclude', windowReason)}>
            {windowReason}
          </button>
        )}
        <span class={`chip ${chip[0]}`}>
          <span aria-hidden="true">{chip[1]}</span> {chip[2]}
        </span>
        <span class={`status${status.decision ? ' decided' : ''}`} aria-live="polite">
          {statusText(status.decision, status.reason)}
        </span>
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
      </div>
    );
  }
}
