import { defineContentScript } from 'wxt/utils/define-content-script';
import { pubmed } from '../lib/sites/pubmed';
import { runContentScript } from '../platform/content-runtime';
import { createRowControls } from '../components/page/row-controls';
import { MAIN_ANSWER } from '../platform/site-host';
import { pageContext } from '../platform/page-context';

// Match patterns come from the adapter (lib/sites is the one source of truth).
export default defineContentScript({
  matches: pubmed.matches,
  runAt: 'document_idle',
  // "Read this page" injects it on a proxied copy of the site: main's answer must reach it (see reader.content.ts).
  globalName: MAIN_ANSWER,
  main: (ctx) => runContentScript(pageContext(ctx), [pubmed], createRowControls),
});
