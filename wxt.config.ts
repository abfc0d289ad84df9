import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Content-script match patterns are NOT listed here:
// each content script takes them from its adapter in lib/sites (one source of truth).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: a 50,000-record review must never hit the origin quota;
    // activeTab + scripting: "Read this page" on sites Saring does not run on by itself.
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
      ? { browser_specific_settings: { gecko: { id: 'saring@saring.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
