// Where the popup leaves a database's own host for the content script it injects into that
// database reached through a university's proxy (platform/read-page.ts, content-runtime.ts): a
// global of the extension's isolated world, which the page's own scripts do not see.
export const SITE_HOST = '__saringSiteHost';
