import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { singleScriptPage } from './build/single-script-page';
import { MAIN_ANSWER } from './platform/site-host';
import { fileURLToPath } from 'node:url';

/** Origins a team's CouchDB server may have (one is requested at a time, when connecting). */
const TEAM_SERVER_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// Manifest and build settings. Content-script match patterns are NOT listed here:
// each content script takes them from its adapter in lib/sites (one source of truth).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Terser with three passes: each content script must stay under 15 KB gzipped, and it packs
  // them ~2% smaller than the default minifier.
  vite: () => ({
    plugins: [preact(), ...singleScriptPage('/popup/index.html')],
    // The context WXT's wrapper gives every content script is Saring's own, without what Saring
    // never uses (platform/page-context.ts): ~840 B gzip of each content script's budget.
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./platform/page-context.ts', import.meta.url)) }],
    },
    build: {
      // Every browser Saring supports preloads modules itself: the polyfill only cost pages time.
      modulePreload: { polyfill: false },
      minify: 'terser',
      // The content scripts' answer global keeps its name: "Read this page" reads it (platform/site-host.ts).
      terserOptions: { ecma: 2020, compress: { passes: 3 }, mangle: { toplevel: true, reserved: [MAIN_ANSWER] } },
      ...(process.env.SARING_SOURCEMAP ? { sourcemap: true } : {}),
    },
  }),
  // The sources zip Mozilla's reviewers rebuild from: the source, not local scratch or test output.
  zip: { excludeSources: ['tmp/**', 'store/screenshots/**', 'stats.html'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Exactly these, each justified in store/permissions.md and checked against the code by
    // tests/release/manifest.release.ts. storage: the language choice (local) and each tab's
    // reading (session); unlimitedStorage: a 50,000-record review must never hit the origin
    // quota; activeTab + scripting: "Read this page" on sites Saring does not run on by itself;
    // alarms: restarts team sync if the browser stopped the background while it ran.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms'],
    // Team sync asks for the ONE origin of the team's CouchDB server when the reviewer connects
    // (HTTPS anywhere; plain HTTP only to this computer). Nothing is granted at install.
    [manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions']: TEAM_SERVER_ORIGINS,
    action: { default_title: '__MSG_extName__' },
    commands: {
      // MV2 (Firefox) names the toolbar-button command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'saring@saring.example',
              // 140 (ESR) / 142 (Android) are the first to read data_collection_permissions,
              // which addons.mozilla.org requires of new add-ons.
              strict_min_version: '140.0',
              // Firefox's built-in consent: Saring collects nothing (store/privacy.md). Team sync,
              // which the reviewer may turn on, sends the review (search strings, the articles'
              // metadata read from pages) to the team's own server: asked for when connecting.
              data_collection_permissions: { required: ['none'], optional: ['searchTerms', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
