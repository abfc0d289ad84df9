import { defineContentScript } from 'wxt/utils/define-content-script';
import { generic } from '../lib/sites/generic';
import { runPageReader } from '../platform/content-runtime';
import { MAIN_ANSWER } from '../platform/site-host';
import { pageContext } from '../platform/page-context';

// Injected only when the reviewer presses "Read this page" (activeTab + scripting):
// Saring never runs by itself on sites it does not support.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // main's answer reaches scripting.executeScript only as the script's last value, the global
  // WXT's footer names: its default (an anonymous IIFE) is lost once terser has minified the
  // script, and the browser then hands back null whatever main answered (platform/read-page.ts).
  globalName: MAIN_ANSWER,
  main: (ctx) => runPageReader(pageContext(ctx), [generic]),
});
