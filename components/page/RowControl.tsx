import { Component } from 'preact';
import type { Verdict } from '../../lib/model';
import type { ReviewInfo, RowStatus } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/page';
import { windowReason } from '../../lib/screening/reasons';
import { statusText, VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { BandMark } from '../Relevance';

export interface RowControlProps {
  status: RowStatus;
  review: ReviewInfo;
  year?: number;
  current: boolean;
  onDecide(decision: Verdict, reason?: string): Promise<void>;
  /** The keyboard reached this row's control (focusin): it becomes the current row. */
  onReach?(): void;
}

interface RowControlState {
  picking: boolean;
  error: string | null;
}

/** Set while Saring itself clicks a control (E opens the current row's reason picker). */
let ownClick = false;

/** Click a control as Saring: the one click that is not the reviewer's and still counts. */
export function clickAsSaring(control: HTMLElement | null | undefined): void {
  ownClick = true;
  try {
    control?.click();
  } finally {
    ownClick = false;
  }
}

/**
 * Only the reviewer decides: the site's own scripts can reach the controls (the shadow root
 * is open, which the end-to-end tests read through) and call click() on them, but the browser
 * marks what they dispatch as untrusted. The reason picker's change is not checked: a test
 * driver's selectOption sends an untrusted one, and the picker is open only after the reviewer
 * chose Exclude.
 */
const byReviewer = (event: Event) => event.isTrusted || ownClick;

/**
 * The compact control beside one search result: Include / Exclude / Maybe, the year-window
 * check and the row's current decision. Excluding asks for a reason (the window's reason is
 * preselected when the year is outside it). A class, not hooks: preact/hooks would add 2 kB to
 * every content script for two flags.
 */
/** The year-window check as a chip: shape and words, not colour alone. */
function YearChip({ status, review, year }: Pick<RowControlProps, 'status' | 'review' | 'year'>) {
  const windowText = `${review.window.from}–${review.window.to}`;
  const [kind, mark, text] =
    status.window === 'pass'
      ? ['pass', '✓', t('checkYearIn', year ?? '', windowText)]
      : status.window === 'fail'
        ? ['fail', '✗', t('checkYearOut', year ?? '', windowText)]
        : // A known year the check leaves open is the year after the search year (checkYear's `ahead`).
          ['unknown', '?', year ? t('checkYearAhead', year, windowText) : t('checkYearUnknown', windowText)];
  return (
    <span class={`chip ${kind}`}>
      <span aria-hidden="true">{mark}</span> {text}
    </span>
  );
}

/** Set by a key in the reason picker, cleared by the mouse: the picker's last choice was made with keys. */
let byKeys = false;

/**
 * The exclusion reasons, asked for when Exclude is pressed (focused at once). Chrome on Windows
 * and Linux fires `change` at every ArrowDown in a closed list: a choice made with keys counts on
 * Enter or on leaving the list, one made with the mouse at once (as in DecisionControls).
 */
function ReasonPicker({ reasons, onPick }: { reasons: string[]; onPick: (reason: string) => void }) {
  const pick = (e: { currentTarget: HTMLSelectElement }) => {
    byKeys = false;
    if (e.currentTarget.value) onPick(e.currentTarget.value);
  };
  return (
    <select
      aria-label={t('reasonLabel')}
      ref={(el) => el?.focus()}
      onMouseDown={() => (byKeys = false)}
      onKeyDown={(e) => (e.key === 'Enter' ? pick(e) : (byKeys = true))}
      onChange={(e) => byKeys || pick(e)}
      onBlur={(e) => byKeys && pick(e)}
    >
      <option value="">{t('reasonChoose')}</option>
      {reasons.map((reason) => (
        <option value={reason} selected={false}>
          {reason}
        </option>
      ))}
    </select>
  );
}

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

  override render({ status, review, year, current, onReach }: RowControlProps, { picking, error }: RowControlState) {
    const decide = this.decide;
    const windowReasonText = windowReason(review.exclusionReasons);

    return (
      <div class={`bar${current ? ' current' : ''}`} role="group" aria-label={t('rowControlLabel')} onFocusIn={onReach}>
        <span class="brand" aria-hidden="true">
          Saring
        </span>
        {(['include', 'exclude', 'maybe'] as const).map((verdict) => (
          <button
            type="button"
            class={verdict}
            aria-pressed={status.decision === verdict}
            onClick={(event) => byReviewer(event) && (verdict === 'exclude' ? this.setState({ picking: true }) : decide(verdict))}
          >
            <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
            {t(VERDICT_LABEL[verdict])}
          </button>
        ))}
        {picking && <ReasonPicker reasons={review.exclusionReasons} onPick={(reason) => void decide('exclude', reason)} />}
        {picking && status.window === 'fail' && windowReasonText && (
          <button type="button" onClick={(event) => byReviewer(event) && decide('exclude', windowReasonText)}>
            {windowReasonText}
          </button>
        )}
        <YearChip status={status} review={review} year={year} />
        <BandMark relevance={status.relevance} />
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
