import { defineContentScript } from 'wxt/utils/define-content-script';
import { sciencedirect } from '../lib/sites/sciencedirect';
import { runContentScript } from '../platform/content-runtime';
import { createRowControls } from '../components/page/row-controls';

// Match patterns come from the adapter (lib/sites is the one source of truth).
export default defineContentScript({
  matches: sciencedirect.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [sciencedirect], createRowControls),
});
