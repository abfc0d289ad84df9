// Where the popup leaves a database's own host for the content script it injects into that
// database reached through a university's proxy (platform/read-page.ts, content-runtime.ts): a
// global of the extension's isolated world, which the page's own scripts do not see.
export const SITE_HOST = '__saringSiteHost';

// The global each content script's answer is left in as its last statement (WXT's `globalName`
// footer), so that scripting.executeScript hands main's answer back to "Read this page"
// (platform/read-page.ts). One name for all: never minified (wxt.config.ts), and never seen by
// the page's own scripts.
export const MAIN_ANSWER = '__saringAnswer';
