import type { Relevance } from '../lib/ranking/review';
import type { Band } from '../lib/ranking/bands';
import { getLanguage, t, type MessageKey } from '../lib/i18n/translate';

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
  // Two decimals in the reader's language (0.82 / 0,82) without Intl: this also ships in content scripts.
  const fixed = relevance.score.toFixed(2);
  const tip = t('bandTooltip', getLanguage() === 'id' ? fixed.replace('.', ',') : fixed);
  return (
    <span class={`band band-${relevance.band}`} title={tip} data-score={relevance.score}>
      <span aria-hidden="true">{BAND_MARK[relevance.band]}</span> {label}
    </span>
  );
}
