import { defineContentScript } from 'wxt/utils/define-content-script';
import { garuda } from '../lib/sites/garuda';
import { runContentScript } from '../platform/content-runtime';
import { createRowControls } from '../components/page/row-controls';

// Match patterns come from the adapter (lib/sites is the one source of truth).
export default defineContentScript({
  matches: garuda.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, [garuda], createRowControls),
});
