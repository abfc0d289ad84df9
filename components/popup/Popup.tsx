import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, Review, Verdict } from '../../lib/model';
import type { ResponseMap, RowStatus } from '../../lib/messaging/protocol';
import { t, tCount } from '../../lib/i18n';
import { ScreeningPanel } from '../ScreeningPanel';
import { ResultsList } from './ResultsList';
import type { SavedDecision } from '../DecisionControls';
import { screeningKey } from '../keys';

export type TabStateResponse = ResponseMap['tab/state'];

export interface PopupApi {
  loadState(): Promise<TabStateResponse>;
  /** Decide a record: by its key once the background knows it, else by the article read. */
  decide(target: { key: string } | { article: Article }, value: SavedDecision): Promise<RowStatus>;
  /** Inject the generic reader into the tab ("Read this page"). */
  readPage(): Promise<void>;
  openDashboard(): void;
  /** Call `listener` whenever the tab's reading changes (read, or left); returns the way to stop. */
  onTabRead?(listener: () => void): () => void;
}

/** The tab's reading: `initial` (asked for while the popup's code loaded) or loaded now; reloadable. */
function useTabState(api: PopupApi, initial?: TabStateResponse) {
  const [data, setData] = useState<TabStateResponse | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  // Answers can come back out of order (a dropped reading's takes longer than a fresh one's):
  // only the last question's answer is shown.
  const asked = useRef(0);
  const load = () => {
    const mine = ++asked.current;
    return api.loadState().then(
      (d) => {
        if (mine !== asked.current) return;
        setData(d);
        setError(null);
      },
      (e: Error) => mine === asked.current && setError(e.message),
    );
  };
  useEffect(() => void (initial ? undefined : load()), []);
  // A popup opened while the page loads (or left open as the tab moves on) follows the tab's
  // reading, asked for as on opening; a half-made decision stays (tests/components/popup.test.tsx).
  useEffect(() => api.onTabRead?.(() => void load()), []);
  useEffect(() => {
    // The benchmark reads this mark: popup opened → article and checklist shown.
    if (data?.state?.extraction?.articles.length) performance.mark('saring:article-shown');
  }, [data]);
  return { data, setData, error, load };
}

/** The toolbar popup: what Saring sees on the current tab, and the decisions on it. */
export function Popup({ api, initial }: { api: PopupApi; initial?: TabStateResponse }) {
  const { data, setData, error, load } = useTabState(api, initial);

  if (error)
    return (
      <main class="popup">
        <p class="error">{error}</p>
      </main>
    );
  if (!data)
    return (
      <main class="popup">
        <p>{t('loading')}</p>
      </main>
    );

  const { state, statuses, review } = data;
  const extraction = state?.extraction;
  const decide = async (i: number, article: Article, value: SavedDecision) => {
    const key = statuses[i]?.key;
    const status = await api.decide(key ? { key } : { article }, value);
    // Every row of that record changes (a list may show one record twice); the other rows keep their objects.
    setData((d) => d && { ...d, statuses: d.statuses.map((s, j) => (j === i || (key && s.key === key) ? status : s)) });
  };
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="review-name">{t('popupActiveReview', review.title)}</h1>
        <button type="button" class="link" onClick={() => api.openDashboard()}>
          {t('popupOpenDashboard')}
        </button>
      </header>
      {extraction?.kind === 'blocked' && (
        <p class="notice" role="alert">
          {t('popupBlocked')}
        </p>
      )}
      {(!extraction || extraction.articles.length === 0) && extraction?.kind !== 'blocked' && <NothingHere api={api} onRead={load} />}
      {state && state.rejected > 0 && <p class="notice">{tCount('popupRejected', state.rejected)}</p>}
      {extraction?.kind === 'results' && extraction.articles.length > 0 && <ResultsList articles={extraction.articles} statuses={statuses} review={review} onDecide={decide} />}
      {extraction?.kind === 'article' &&
        extraction.articles.map((article, i) => (
          <ArticleView key={`${i}:${article.title}`} article={article} review={review} status={statuses[i] ?? { window: 'unknown' }} onSave={(v) => decide(i, article, v)} />
        ))}
    </main>
  );
}

/** One article page: the full screening panel, with I / E / M as shortcuts. */
function ArticleView(props: { article: Article; review: Review; status: RowStatus; onSave: (v: SavedDecision) => Promise<void> }) {
  const [chosen, setChosen] = useState<{ verdict: Verdict; seq: number }>();
  const seq = useRef(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = screeningKey(event);
      if (key === 'include' || key === 'exclude' || key === 'maybe') {
        event.preventDefault();
        setChosen({ verdict: key, seq: ++seq.current });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section class="article">
      <ScreeningPanel {...props} chosen={chosen} />
    </section>
  );
}

function NothingHere({ api, onRead }: { api: PopupApi; onRead: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section class="nothing">
      <p>{t('popupNoArticle')}</p>
      <p class="muted">{t('popupReadPageHint')}</p>
      <button type="button" onClick={() => api.readPage().then(onRead, (e: Error) => setFailure(t('popupReadFailed', e.message)))}>
        {t('popupReadPage')}
      </button>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
