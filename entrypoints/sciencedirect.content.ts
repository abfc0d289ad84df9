import { defineContentScript } from 'wxt/utils/define-content-script';
import { sciencedirect } from '../lib/sites/sciencedirect';
import { runContentScript } from '../platform/content-runtime';
import { unproxied } from '../lib/sites/proxied';
import { createRowControls } from '../components/page/row-controls';

// Match patterns come from the adapter (lib/sites is the one source of truth).
export default defineContentScript({
  matches: sciencedirect.matches,
  runAt: 'document_idle',
  // Also injected on a proxied copy of the site ("Read this page"): read as at the site itself.
  main: (ctx) => runContentScript(ctx, [sciencedirect], createRowControls, (href) => unproxied(href, sciencedirect.accepts)),
});
