import { useEffect, useState } from 'preact/hooks';
import type { Review } from '../../lib/model';
import { countDecisions } from '../../lib/review/query';
import { getActiveReview, listReviews, newId, saveReview, setActiveReview } from '../../lib/db';
import { blankReview, oxytocinMassageTemplate } from '../../lib/screening/templates';
import { t, type LanguageSetting, type MessageKey, formatNumber } from '../../lib/i18n';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { useReviewData } from './useReviewData';
import type { Rank } from './QueueView';
import { useRanking } from './useRanking';
import type { ParseFile } from './ImportView';
import { TabContent } from './DashboardTabs';
import { FirstScreenView } from './FirstScreenView';
import type { TeamEnv } from './team-env';
import type { ReviewViewProps } from './view-props';

export const TABS = ['records', 'queue', 'conflicts', 'import', 'searches', 'duplicates', 'prisma', 'protocol', 'reviews', 'settings'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  records: 'tabRecords',
  queue: 'tabQueue',
  conflicts: 'tabConflicts',
  import: 'tabImport',
  searches: 'tabSearches',
  duplicates: 'tabDuplicates',
  prisma: 'tabPrisma',
  protocol: 'tabProtocol',
  reviews: 'tabReviews',
  settings: 'tabSettings',
};

export interface DashboardEnv {
  loadLanguage(): Promise<LanguageSetting>;
  saveLanguage(language: LanguageSetting): Promise<void>;
  /** A review changed here: open tabs show it (only `keys`' rows, when given), team sync sends it. */
  notifyChanged: ReviewViewProps['notifyChanged'];
  /** Parse an imported file (in a worker, in the real dashboard). */
  parseFile: ParseFile;
  team: TeamEnv;
  /** The review's relevance ranking (kept and retrained by the background). */
  rank: Rank;
}

function tabFromHash(): Tab {
  const hash = location.hash.replace('#', '') as Tab;
  return TABS.includes(hash) ? hash : 'records';
}

/** The reviews, the active one and its data and ranking, kept fresh as the team changes them. */
function useReviews(env: DashboardEnv) {
  const [reviews, setReviews] = useState<Review[]>([]);
  const [activeId, setActiveId] = useState<string>();
  const { data, first, error, reload } = useReviewData(activeId);
  const { relevance } = useRanking(env.rank, data);

  const refreshReviews = async () => {
    const active = await getActiveReview();
    setActiveId(active.id);
    setReviews(await listReviews());
  };
  useEffect(() => void refreshReviews(), []);
  // Decisions of the other reviewers arrive from the team server while the dashboard is open.
  useEffect(
    () =>
      env.team.onDataChanged((reviewId) => {
        void refreshReviews();
        if (reviewId === activeId) void reload();
      }),
    [activeId, reload],
  );
  const activate = async (id: string) => {
    await setActiveReview(id);
    await refreshReviews();
    env.notifyChanged();
  };
  return { reviews, activeId, data, first, error, reload, relevance, refreshReviews, activate };
}

/** The open tab, following the address hash. */
function useTab() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (next: Tab) => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
  };
  return { tab, go };
}

type Counts = ReturnType<typeof countDecisions>;

/** The header: title, the active review switch, and the decision counts. */
function DashboardHeader({ reviews, activeId, onActivate, counts }: { reviews: Review[]; activeId?: string; onActivate: (id: string) => void; counts: Counts }) {
  return (
    <header class="dash-header">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} /> Saring
      </h1>
      <label class="review-switch">
        <span>{t('dashActiveReview')}</span>
        <select value={activeId} onChange={(e) => onActivate((e.target as HTMLSelectElement).value)}>
          {reviews
            .filter((r) => !r.archived)
            .map((r) => (
              <option value={r.id} key={r.id}>
                {r.title}
              </option>
            ))}
        </select>
      </label>
      <p class="counts" role="group" aria-label={t('dashCounts')}>
        {(['include', 'exclude', 'maybe'] as const).map((v) => (
          <span class={`count count-${v}`} key={v}>
            {VERDICT_MARK[v]} {t(VERDICT_LABEL[v])}: <strong>{formatNumber(counts[v])}</strong>
          </span>
        ))}
        <span class="count count-none">
          ○ {t('decisionNone')}: <strong>{formatNumber(counts.undecided)}</strong>
        </span>
      </p>
    </header>
  );
}

/** The section tabs. */
function TabNav({ tab, go }: { tab: Tab; go: (tab: Tab) => void }) {
  return (
    <nav class="tabs" aria-label={t('dashSections')}>
      {TABS.map((name) => (
        <button type="button" key={name} aria-current={tab === name ? 'page' : undefined} onClick={() => go(name)}>
          {t(TAB_LABEL[name])}
        </button>
      ))}
    </nav>
  );
}

/** The dashboard: the active review's records, its protocol, all reviews, and settings. */
export function Dashboard({ env }: { env: DashboardEnv }) {
  const { reviews, activeId, data, first, error, reload, relevance, refreshReviews, activate } = useReviews(env);
  const { tab, go } = useTab();
  const [, rerender] = useState(0);

  const create = async (template: 'blank' | 'oxytocin') => {
    const id = newId();
    const review = await saveReview(template === 'blank' ? blankReview(id, t('reviewUntitled')) : oxytocinMassageTemplate(id));
    await activate(review.id);
    go('protocol');
  };

  if (error)
    return (
      <main class="dashboard">
        <p class="error">{error}</p>
      </main>
    );
  if (!data && !first)
    return (
      <main class="dashboard">
        <p>{t('loading')}</p>
      </main>
    );

  // Until the whole review is read, the saved first screen: its counts and the table's first rows.
  return (
    <div class="dashboard">
      <DashboardHeader reviews={reviews} activeId={activeId} onActivate={activate} counts={data ? countDecisions(data.records, data.decisions) : first!.counts} />
      <TabNav tab={tab} go={go} />
      <main class="dash-main">
        {!data ? (
          tab === 'records' ? (
            <FirstScreenView screen={first!} />
          ) : (
            <p>{t('loading')}</p>
          )
        ) : (
          <TabContent
            tab={tab}
            data={data}
            relevance={relevance}
            reload={reload}
            env={env}
            reviews={reviews}
            refreshReviews={refreshReviews}
            activate={activate}
            create={create}
            onLanguageChanged={() => rerender((n) => n + 1)}
          />
        )}
      </main>
    </div>
  );
}
