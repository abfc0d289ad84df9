import { useEffect, useState } from 'preact/hooks';
import type { Review } from '../../lib/model';
import { countDecisions } from '../../lib/review/query';
import { getActiveReview, listReviews, newId, saveReview, setActiveReview, setReviewArchived } from '../../lib/db';
import { blankReview, oxytocinMassageTemplate } from '../../lib/screening/templates';
import { t, type LanguageSetting, type MessageKey, formatNumber } from '../../lib/i18n';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { useReviewData } from './useReviewData';
import { RecordsView } from './RecordsView';
import { ReviewFormView } from './ReviewFormView';
import { ReviewsView } from './ReviewsView';
import { SettingsView } from './SettingsView';
import { BackupView } from './BackupView';
import { SearchesView } from './SearchesView';
import { DuplicatesView } from './DuplicatesView';
import { PrismaView } from './PrismaView';
import { QueueView } from './QueueView';
import { ConflictsView } from './ConflictsView';
import { ImportView, type ParseFile } from './ImportView';
import { TeamView } from './TeamView';
import type { TeamEnv } from './team-env';

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
  /** A review changed here: open tabs show it, team sync sends it. */
  notifyChanged(): void;
  /** Parse an imported file (in a worker, in the real dashboard). */
  parseFile: ParseFile;
  team: TeamEnv;
}

function tabFromHash(): Tab {
  const hash = location.hash.replace('#', '') as Tab;
  return TABS.includes(hash) ? hash : 'records';
}

/** The dashboard: the active review's records, its protocol, all reviews, and settings. */
export function Dashboard({ env }: { env: DashboardEnv }) {
  const [reviews, setReviews] = useState<Review[]>([]);
  const [activeId, setActiveId] = useState<string>();
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [, rerender] = useState(0);
  const { data, error, reload } = useReviewData(activeId);

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
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (next: Tab) => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
  };

  const activate = async (id: string) => {
    await setActiveReview(id);
    await refreshReviews();
    env.notifyChanged();
  };
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
  if (!data)
    return (
      <main class="dashboard">
        <p>{t('loading')}</p>
      </main>
    );

  const counts = countDecisions(data.records, data.decisions);

  return (
    <div class="dashboard">
      <header class="dash-header">
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} /> Saring
        </h1>
        <label class="review-switch">
          <span>{t('dashActiveReview')}</span>
          <select value={activeId} onChange={(e) => activate((e.target as HTMLSelectElement).value)}>
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
      <nav class="tabs" aria-label={t('dashSections')}>
        {TABS.map((name) => (
          <button type="button" key={name} aria-current={tab === name ? 'page' : undefined} onClick={() => go(name)}>
            {t(TAB_LABEL[name])}
          </button>
        ))}
      </nav>
      <main class="dash-main">
        {tab === 'records' && <RecordsView data={data} reload={reload} notifyChanged={env.notifyChanged} />}
        {tab === 'queue' && <QueueView key={data.review.id} data={data} reload={reload} notifyChanged={env.notifyChanged} />}
        {tab === 'conflicts' && <ConflictsView data={data} reload={reload} notifyChanged={env.notifyChanged} />}
        {tab === 'import' && (
          <ImportView
            data={data}
            parse={env.parseFile}
            reload={async () => {
              await reload();
              env.notifyChanged();
            }}
          />
        )}
        {tab === 'searches' && (
          <SearchesView
            data={data}
            reload={async () => {
              await reload();
              env.notifyChanged();
            }}
          />
        )}
        {tab === 'duplicates' && <DuplicatesView data={data} reload={reload} notifyChanged={env.notifyChanged} />}
        {tab === 'prisma' && <PrismaView data={data} reload={reload} notifyChanged={env.notifyChanged} />}
        {tab === 'protocol' && (
          <ReviewFormView
            key={data.review.id}
            review={data.review}
            onSave={async (review) => {
              await saveReview(review);
              await Promise.all([reload(), refreshReviews()]);
              env.notifyChanged();
            }}
          />
        )}
        {tab === 'reviews' && (
          <ReviewsView
            reviews={reviews}
            activeId={data.review.id}
            onActivate={activate}
            onCreate={create}
            onArchive={async (id, archived) => {
              await setReviewArchived(id, archived);
              await refreshReviews();
            }}
          />
        )}
        {tab === 'settings' && (
          <>
            <SettingsView
              load={env.loadLanguage}
              save={async (language) => {
                await env.saveLanguage(language);
                rerender((n) => n + 1);
              }}
            />
            <TeamView
              data={data}
              env={env.team}
              onChanged={async () => {
                await Promise.all([reload(), refreshReviews()]);
                env.notifyChanged();
              }}
            />
            <BackupView
              onRestored={async () => {
                await Promise.all([reload(), refreshReviews()]);
                env.notifyChanged();
              }}
            />
          </>
        )}
      </main>
    </div>
  );
}
