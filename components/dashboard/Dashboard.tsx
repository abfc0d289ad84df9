import { useEffect, useState } from 'preact/hooks';
import { getActiveReview, loadReviewData, type ReviewData } from '../../lib/db';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { t } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import { VERDICT_LABEL, VERDICT_MARK } from '../DecisionControls';

/** The dashboard: the active review's decided records and the CSV export. */
export function Dashboard() {
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getActiveReview()
      .then((review) => loadReviewData(review.id))
      .then(setData, (e: Error) => setError(e.message));
  }, []);
  if (error) return <main class="dashboard"><p class="error">{error}</p></main>;
  if (!data) return <main class="dashboard"><p>{t('loading')}</p></main>;
  const decided = data.records.filter((r) => data.decisions.has(r.key));
  const exportCsv = () =>
    downloadText(
      `saring-${fileSlug(data.review.title)}.csv`,
      screenedCsv(decided.map((record) => ({ record, decision: data.decisions.get(record.key) })), data.review, data.searches),
      'text/csv;charset=utf-8',
    );
  return (
    <main class="dashboard">
      <h1>{t('dashboardTitle')} — {data.review.title}</h1>
      <button type="button" onClick={exportCsv}>{t('exportCsv')}</button>
      {decided.length === 0 ? (
        <p>{t('dashboardEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('columnDecision')}</th><th>{t('columnReason')}</th><th>{t('columnTitle')}</th>
              <th>{t('columnAuthors')}</th><th>{t('columnYear')}</th><th>{t('columnJournal')}</th>
            </tr>
          </thead>
          <tbody>
            {decided.map((record) => {
              const decision = data.decisions.get(record.key)!;
              return (
                <tr key={record.key}>
                  <td>{VERDICT_MARK[decision.decision]} {t(VERDICT_LABEL[decision.decision])}</td>
                  <td>{decision.reason ?? ''}</td>
                  <td>{record.article.title}</td>
                  <td>{record.article.authors.join(', ')}</td>
                  <td>{record.article.year ?? ''}</td>
                  <td>{record.article.journal ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
