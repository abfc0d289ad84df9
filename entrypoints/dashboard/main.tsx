import { render } from 'preact';
import { Dashboard, type DashboardEnv } from '../../components/dashboard/Dashboard';
import { t } from '../../lib/i18n';
import { initLanguage, loadLanguageSetting, saveLanguageSetting } from '../../platform/language';
import { requestPersistentStorage } from '../../platform/persist';
import { loadCsvSeparator } from '../../components/dashboard/csv-separator';
import { request } from '../../platform/messaging';
import { teamEnv } from './team';
import { readInWorker } from '../../platform/import-worker';
import { keysWorthNaming } from '../../lib/messaging/broadcast';

// Thin wiring: language, persistent storage, the browser-facing environment, render.
const env: DashboardEnv = {
  loadLanguage: loadLanguageSetting,
  saveLanguage: saveLanguageSetting,
  // One worker per file: reading and storing it never block the page (platform/import-worker.ts).
  parseFile: readInWorker,
  notifyChanged: (keys) => void request('data/changed', { keys: keysWorthNaming(keys) }).catch(() => undefined),
  rank: (reviewId) => request('rank/get', { reviewId }),
  team: teamEnv(),
};

void (async () => {
  // The CSV separator is read beside the first render, not before it: the database opens for the
  // records anyway, and no export button is reached before the records are drawn. A database that
  // cannot open leaves comma (the dashboard says what went wrong).
  void loadCsvSeparator().catch(() => undefined);
  await initLanguage();
  document.title = t('dashTitle');
  void requestPersistentStorage();
  render(<Dashboard env={env} />, document.getElementById('app')!);
})();
