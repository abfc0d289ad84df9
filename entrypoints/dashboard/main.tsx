import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { initLanguage } from '../../lib/i18n/storage';
import { requestPersistentStorage } from '../../lib/db/persist';

// Thin wiring: language, persistent storage, render.
void (async () => {
  await initLanguage();
  void requestPersistentStorage();
  render(<Dashboard />, document.getElementById('app')!);
})();
