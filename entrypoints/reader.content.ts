import { defineContentScript } from 'wxt/utils/define-content-script';
import { generic } from '../lib/sites/generic';
import { runPageReader } from '../platform/content-runtime';

// Injected only when the reviewer presses "Read this page" (activeTab + scripting):
// Saring never runs by itself on sites it does not support.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: (ctx) => runPageReader(ctx, [generic]),
});
