import { useMemo } from 'preact/hooks';
import { STAGES, VERDICTS } from '../../lib/model';
import type { ReviewData } from '../../lib/db';
import { pairwiseAgreement } from '../../lib/review/agreement';
import { agreementCsv } from '../../lib/formats/agreement-csv';
import { formatDecimal, formatNumber, formatPercent, t, tCount } from '../../lib/i18n';
import { VERDICT_LABEL } from '../labels';
import { downloadText, fileSlug } from '../download';
import { csvSeparator } from './csv-separator';

type Pair = ReturnType<typeof pairwiseAgreement>[number];

/** One pair of reviewers at one stage: the figures, and the counts table behind them. */
function PairFigure({ stage, p }: { stage: (typeof STAGES)[number]; p: Pair }) {
  return (
    <figure class="agreement-pair">
      <figcaption>
        <strong>{stage === 'full-text' ? t('fullTextHeading') : t('conflictsStageScreening')}</strong>: {p.a.name} × {p.b.name} —{' '}
        {tCount(
          'agreementFigures',
          p.n,
          p.percent === undefined ? '—' : formatPercent(p.percent),
          p.kappa === undefined ? '—' : formatDecimal(p.kappa, 2),
          p.pabak === undefined ? '—' : formatDecimal(p.pabak, 2),
        )}
      </figcaption>
      <table class="plain counts-table">
        <caption class="muted">{t('agreementTableCaption', p.a.name, p.b.name)}</caption>
        <thead>
          <tr>
            <th scope="col">
              {p.a.name} ↓ / {p.b.name} →
            </th>
            {VERDICTS.map((v) => (
              <th scope="col" key={v}>
                {t(VERDICT_LABEL[v])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {VERDICTS.map((v, i) => (
            <tr key={v}>
              <th scope="row">{t(VERDICT_LABEL[v])}</th>
              {p.counts[i].map((n, j) => (
                <td key={j}>{formatNumber(n)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * How well each pair of reviewers agreed, per stage: the counts table, percent agreement,
 * Cohen's kappa and PABAK; and the decisions behind them as CSV.
 */
export function AgreementView({ data }: { data: ReviewData }) {
  const figures = useMemo(() => STAGES.map((stage) => ({ stage, pairs: pairwiseAgreement((stage === 'screening' ? data.screening : data.fullTextStage).byReviewer) })), [data]);
  const any = figures.some((f) => f.pairs.length > 0);
  const download = () =>
    downloadText(
      `saring-${fileSlug(data.review.title)}-agreement.csv`,
      agreementCsv(data.records, { screening: data.screening, 'full-text': data.fullTextStage }, data.reviewers, csvSeparator(), { mode: data.review.mode, me: data.me.id }),
      'text/csv;charset=utf-8',
    );
  return (
    <section class="agreement">
      <h2>{t('agreementHeading')}</h2>
      {!any && <p class="muted">{t('agreementNone')}</p>}
      {figures.map(({ stage, pairs }) => pairs.map((p) => <PairFigure key={`${stage}|${p.a.id}|${p.b.id}`} stage={stage} p={p} />))}
      <div class="actions">
        <button type="button" onClick={download}>
          {t('agreementExport')}
        </button>
      </div>
    </section>
  );
}
