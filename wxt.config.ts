import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Content-script match patterns are NOT listed here:
// each content script takes them from its adapter in lib/sites (one source of truth).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact()] }),
  // The sources zip Mozilla's reviewers rebuild from: the source, not local scratch or test output.
  zip: { excludeSources: ['tmp/**', 'store/screenshots/**', 'stats.html'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Exactly these, each justified in store/permissions.md and checked against the code by
    // tests/release/manifest.release.ts. storage: the language choice (local) and each tab's
    // reading (session); unlimitedStorage: a 50,000-record review must never hit the origin
    // quota; activeTab + scripting: "Read this page" on sites Saring does not run on by itself.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
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
              // Firefox's built-in consent: Saring collects nothing (store/privacy.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
