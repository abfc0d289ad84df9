import { render } from 'preact';
import { Dashboard, type DashboardEnv } from '../../components/dashboard/Dashboard';
import { t } from '../../lib/i18n';
import { initLanguage, loadLanguageSetting, saveLanguageSetting } from '../../platform/language';
import { requestPersistentStorage } from '../../platform/persist';
import { request } from '../../platform/messaging';
import { teamEnv } from './team';
import ParseWorker from '../../platform/parse.worker?worker';
import { keysWorthNaming } from '../../lib/messaging/broadcast';
import { parseWorkerReply, type ParseReply, type ParseRequest } from '../../lib/messaging/protocol';

// Thin wiring: language, persistent storage, the browser-facing environment, render.
const env: DashboardEnv = {
  loadLanguage: loadLanguageSetting,
  saveLanguage: saveLanguageSetting,
  // One worker per file: parsing never blocks the page, and memory is freed after each file.
  parseFile: (bytes, fileName, mapping) =>
    new Promise<ParseReply>((resolve) => {
      const worker = new ParseWorker();
      worker.onmessage = (event: MessageEvent<unknown>) => {
        resolve(parseWorkerReply(event.data));
        worker.terminate();
      };
      worker.onerror = (event) => {
        resolve({ ok: false, message: event.message || 'the file could not be read', code: 'unreadable' });
        worker.terminate();
      };
      const request: ParseRequest = mapping ? { kind: 'mapped', bytes, fileName, mapping } : { kind: 'file', bytes, fileName };
      worker.postMessage(request, [bytes]);
    }),
  notifyChanged: (keys) => void request('data/changed', { keys: keysWorthNaming(keys) }).catch(() => undefined),
  rank: (reviewId) => request('rank/get', { reviewId }),
  team: teamEnv(),
};

void (async () => {
  await initLanguage();
  document.title = t('dashTitle');
  void requestPersistentStorage();
  render(<Dashboard env={env} />, document.getElementById('app')!);
})();
