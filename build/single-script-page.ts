import type { Plugin } from 'vite';

// Build step for the popup page (`npm run build`; `npm run dev` serves the page as written).
// The popup opens on every click, so each file it loads counts: here an extension page pays a few
// milliseconds per file, and a classic script waits for the stylesheets linked before it. So
// popup.html ships as one page holding its stylesheet, plus its classic scripts (a 1 KB early
// one, entrypoints/popup-early.ts, and entrypoints/popup-main.tsx); the stylesheet stays a file
// for the dashboard.

const WXT_HTML_PLUGINS = /<script [^>]*src="virtual:wxt-html-plugins"[^>]*><\/script>\s*/;

/** Makes the page at `page` (a path ending, e.g. '/popup/index.html') a single-script page. */
export function singleScriptPage(page: string): Plugin[] {
  let emptyEntry: string | undefined;
  return [
    {
      name: 'saring:single-script-page:pre',
      apply: 'build',
      enforce: 'post',
      transformIndexHtml: {
        // WXT adds its (here empty) plugin loader as a module to every page: shared with the
        // dashboard, it would become an empty chunk the dashboard loads too.
        order: 'pre',
        handler: (html, { path }) => (path.endsWith(page) ? html.replace(WXT_HTML_PLUGINS, '') : html),
      },
    },
    {
      name: 'saring:single-script-page',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, { path, bundle, chunk }) {
          if (!bundle || !path.endsWith(page)) return html;
          // A page whose only import is its stylesheet gets an empty module from Vite: dropped.
          if (chunk && chunk.code.trim() === '') {
            emptyEntry = chunk.fileName;
            html = html.replace(new RegExp(`<script type="module"[^>]*? src="/${chunk.fileName}"[^>]*></script>\\s*`), '');
          }
          return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
            const asset = bundle[file];
            const css = asset?.type === 'asset' ? String(asset.source) : undefined;
            return css && !css.includes('</') ? `<style>${css}</style>` : link;
          });
        },
      },
      generateBundle(_options, bundle) {
        if (emptyEntry) delete bundle[emptyEntry];
      },
    },
  ];
}
