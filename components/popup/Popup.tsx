import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../lib/model';
import type { ResponseMap, RowStatus } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n';
import { ArticleSummary } from '../ArticleSummary';
import { DecisionControls, type DecisionValue } from '../DecisionControls';

export type TabStateResponse = ResponseMap['tab/state'];

export interface PopupApi {
  loadState(): Promise<TabStateResponse>;
  decide(article: Article, value: DecisionValue & { decision: NonNullable<DecisionValue['decision']> }): Promise<RowStatus>;
  /** Inject the generic reader into the tab ("Read this page"). */
  readPage(): Promise<void>;
  openDashboard(): void;
}

/** The toolbar popup: what Saring sees on the current tab, and the decision on it. */
export function Popup({ api }: { api: PopupApi }) {
  const [data, setData] = useState<TabStateResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    api.loadState().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => void load(), []);
  useEffect(() => {
    // The benchmark reads this mark: popup opened → article shown.
    if (data?.state?.extraction?.articles.length) performance.mark('saring:article-shown');
  }, [data]);

  if (error) return <main class="popup"><p class="error">{error}</p></main>;
  if (!data) return <main class="popup"><p>{t('loading')}</p></main>;

  const { state, statuses, review } = data;
  const extraction = state?.extraction;
  return (
    <main class="popup">
      <header class="popup-header">
        <span class="review-name">{t('popupActiveReview', review.title)}</span>
        <button type="button" class="link" onClick={() => api.openDashboard()}>
          {t('popupOpenDashboard')}
        </button>
      </header>
      {extraction?.kind === 'blocked' && <p class="notice">{t('popupBlocked')}</p>}
      {(!extraction || extraction.articles.length === 0) && extraction?.kind !== 'blocked' && (
        <NothingHere api={api} onRead={load} />
      )}
      {extraction && extraction.articles.length > 0 && (
        <>
          {state && state.rejected > 0 && <p class="notice">{t('popupRejected', state.rejected)}</p>}
          {extraction.kind === 'results' && <h1 class="results-heading">{t('popupResultsHeading', extraction.articles.length)}</h1>}
          {extraction.articles.map((article, i) => (
            <section class="article" key={`${i}:${article.title}`}>
              <ArticleSummary article={article} headingLevel={extraction.kind === 'results' ? 3 : 2} />
              <DecisionControls
                value={statuses[i] ?? {}}
                reasons={review.exclusionReasons}
                onSave={async (value) => {
                  const status = await api.decide(article, value);
                  setData((d) => d && { ...d, statuses: d.statuses.map((s, j) => (j === i ? status : s)) });
                }}
              />
            </section>
          ))}
        </>
      )}
    </main>
  );
}

function NothingHere({ api, onRead }: { api: PopupApi; onRead: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section class="nothing">
      <p>{t('popupNoArticle')}</p>
      <p class="muted">{t('popupReadPageHint')}</p>
      <button
        type="button"
        onClick={() =>
          api.readPage().then(onRead, (e: Error) => setFailure(t('popupReadFailed', e.message)))
        }
      >
        {t('popupReadPage')}
      </button>
      {failure && <p class="error" role="alert">{failure}</p>}
    </section>
  );
}
