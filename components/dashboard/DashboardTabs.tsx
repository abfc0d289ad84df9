import type { Review } from '../../lib/model';
import { saveReview, setReviewArchived, type ReviewData } from '../../lib/db';
import type { Relevance } from '../../lib/ranking/review';
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
import { ImportView } from './ImportView';
import { TeamView } from './TeamView';
import type { DashboardEnv, Tab } from './Dashboard';

export interface TabContentProps {
  tab: Tab;
  data: ReviewData;
  relevance?: ReadonlyMap<string, Relevance>;
  reload: () => Promise<void>;
  env: DashboardEnv;
  reviews: Review[];
  refreshReviews: () => Promise<void>;
  activate: (id: string) => Promise<void>;
  create: (template: 'blank' | 'oxytocin') => Promise<void>;
  /** The interface language changed: the whole dashboard renders again. */
  onLanguageChanged: () => void;
}

/** The settings tab: language, CSV separator, team, and backup. */
function SettingsTab({ data, env, onLanguageChanged, refreshAll }: { data: ReviewData; env: DashboardEnv; onLanguageChanged: () => void; refreshAll: () => Promise<void> }) {
  return (
    <>
      <SettingsView
        load={env.loadLanguage}
        save={async (language) => {
          await env.saveLanguage(language);
          onLanguageChanged();
        }}
      />
      <TeamView data={data} env={env.team} onChanged={refreshAll} />
      <BackupView reviewId={data.review.id} onRestored={refreshAll} />
    </>
  );
}

/** The content of the open dashboard tab. */
export function TabContent({ tab, data, relevance, reload, env, reviews, refreshReviews, activate, create, onLanguageChanged }: TabContentProps) {
  const { notifyChanged } = env;
  const reloadAndNotify = async () => {
    await reload();
    env.notifyChanged();
  };
  const refreshAll = async () => {
    await Promise.all([reload(), refreshReviews()]);
    env.notifyChanged();
  };
  switch (tab) {
    case 'records':
      return <RecordsView data={data} relevance={relevance} reload={reload} notifyChanged={notifyChanged} />;
    case 'queue':
      return <QueueView key={data.review.id} data={data} reload={reload} notifyChanged={notifyChanged} rank={env.rank} />;
    case 'conflicts':
      return <ConflictsView data={data} reload={reload} notifyChanged={notifyChanged} />;
    case 'import':
      return <ImportView data={data} parse={env.parseFile} reload={reloadAndNotify} />;
    case 'searches':
      return <SearchesView data={data} reload={reloadAndNotify} />;
    case 'duplicates':
      return <DuplicatesView data={data} reload={reload} notifyChanged={notifyChanged} />;
    case 'prisma':
      return <PrismaView data={data} reload={reload} notifyChanged={notifyChanged} />;
    case 'protocol':
      return (
        <ReviewFormView
          key={data.review.id}
          review={data.review}
          onSave={async (review, renamed) => {
            await saveReview(review, Date.now(), renamed);
            await refreshAll();
          }}
        />
      );
    case 'reviews':
      return (
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
      );
    case 'settings':
      return <SettingsTab data={data} env={env} onLanguageChanged={onLanguageChanged} refreshAll={refreshAll} />;
  }
}
