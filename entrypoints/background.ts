import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../lib/messaging/router';
import { createHandlers } from '../lib/background/handlers';
import { browserPlatform, browserTeamPlatform, forgetLeftPages } from '../platform/background';
import { followLanguage } from '../platform/language';
import { createTeam } from '../lib/background/team';
import { createRanking } from '../lib/background/ranking';
import { loadRankInput, reviewChangeMark, reviewsWithStaleScreens } from '../lib/db';
// Served to the content scripts with the controls' messages: four site scripts need not carry it.
import controlsStyle from '../components/page/row-control.css?inline';

// Thin wiring: every message goes through the router, which parses it with Zod first.
export default defineBackground(() => {
  followLanguage();
  const platform = browserPlatform();
  // Retrained models give open result pages new bands.
  const ranking = createRanking({ mark: reviewChangeMark, load: loadRankInput }, () => void platform.notifyTabs());
  const team = createTeam(browserTeamPlatform(platform.notifyTabs), ranking.warm);
  // The dashboard opens on a saved first screen: make any that is missing or behind (after an update).
  void reviewsWithStaleScreens().then(
    (ids) => ids.forEach(ranking.warm),
    () => undefined,
  );
  const route = createRouter(createHandlers(platform, team, ranking, controlsStyle));
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const fromExtensionPage = !!sender.url && new URL(sender.url).origin === extensionOrigin;
    route(message, { tabId: fromExtensionPage ? undefined : sender.tab?.id, fromExtensionPage }).then(sendResponse);
    return true; // answer asynchronously
  });

  // Team sync runs while the browser is open; an alarm restarts it if the worker was stopped.
  void team.startAll();
  browser.alarms?.create('team-sync', { periodInMinutes: 1 });
  browser.alarms?.onAlarm.addListener(() => void team.startAll());

  // A tab's reading belongs to the page it was read from.
  forgetLeftPages(platform);
});
