import { defineContentScript } from 'wxt/utils/define-content-script';
import { pubmed } from '../lib/sites/pubmed';
import { runContentScript } from '../platform/content-runtime';
import { unproxied } from '../lib/sites/proxied';
import { createRowControls } from '../components/page/row-controls';

// Match patterns come from the adapter (lib/sites is the one source of truth).
export default defineContentScript({
  matches: pubmed.matches,
  runAt: 'document_idle',
  // Also injected on a proxied copy of the site ("Read this page"): read as at the site itself.
  main: (ctx) => runContentScript(ctx, [pubmed], createRowControls, (href) => unproxied(href, pubmed.accepts)),
});
