import type { Relevance } from '../lib/ranking/review';
import type { Band } from '../lib/ranking/bands';
import { t, formatDecimal, type MessageKey } from '../lib/i18n/translate';

export const BAND_LABEL: Record<Band, MessageKey> = { high: 'bandHigh', medium: 'bandMedium', low: 'bandLow' };
const BAND_MARK: Record<Band, string> = { high: '▲', medium: '◆', low: '▽' };

/**
 * A relevance band as a small labelled mark (shape and word, not colour alone), with the score
 * in its tooltip. Nothing when the record has no band (decided, or the review cannot be ranked).
 * Shared by the dashboard, the popup and the bars beside result rows.
 */
export function BandMark({ relevance }: { relevance?: Relevance }) {
  if (!relevance) return null;
  const label = t(BAND_LABEL[relevance.band]);
  const tip = t('bandTooltip', formatDecimal(relevance.score, 2));
  return (
    <span class={`band band-${relevance.band}`} title={tip} data-score={relevance.score}>
      <span aria-hidden="true">{BAND_MARK[relevance.band]}</span> {label}
    </span>
  );
}
