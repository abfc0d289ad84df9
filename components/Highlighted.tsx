import type { TermMatcher } from '../lib/screening/terms';
import { CRITERION_LABEL } from './labels';
import { t } from '../lib/i18n';

/**
 * Text with the protocol's terms marked: include terms bold with a solid underline, exclude
 * terms struck through with a wavy underline — two styles that differ without colour.
 */
export function Highlighted({ text, matcher }: { text: string; matcher?: TermMatcher }) {
  if (!matcher) return <>{text}</>;
  return (
    <>
      {matcher.segments(text).map((segment, i) =>
        segment.term ? (
          <mark key={i} class={`hl hl-${segment.term.kind}`} title={t(segment.term.kind === 'include' ? 'termInclude' : 'termExclude', t(CRITERION_LABEL[segment.term.criterion]))}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

export function HighlightLegend() {
  return (
    <p class="legend muted">
      <mark class="hl hl-include">{t('legendInclude')}</mark> <mark class="hl hl-exclude">{t('legendExclude')}</mark>
    </p>
  );
}
