import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, ROOT } from './built';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * The warnings `web-ext lint` may report on the Firefox build, each explained (README, "Store
 * readiness"). Anything else — any error, or a warning not listed — fails.
 */
const EXPLAINED: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/[a-z-]+\.js|popup-main\.js|chunks\/(client|messaging|dashboard)-[\w-]+\.js)$/,
    why: "Preact's renderer (in each page's and content script's bundle) supports dangerouslySetInnerHTML; only the PRISMA view uses it, with an SVG built from escaped text",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^(background\.js|chunks\/(client|messaging|dashboard)-[\w-]+\.js|assets\/parse\.worker-[\w-]+\.js)$/,
    why: "Zod's feature probe `try { Function('') } catch {}` (in the background, the dashboard and the import worker, which validate data; the popup loads no Zod); the extension's CSP forbids eval, so Zod takes its eval-free path",
  },
];

describe('web-ext lint on the Firefox build', () => {
  it('reports no error, and only explained warnings', () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    const out = execFileSync(bin, ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-input', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 16 << 20,
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: Record<string, number>; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}`);
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    const unexplained = [...report.warnings, ...report.notices].filter((w) => !EXPLAINED.some((x) => x.code === w.code && x.file.test(w.file ?? '')));
    expect(unexplained.map((w) => `${w.code} ${w.file}: ${w.message}`)).toEqual([]);
  }, 120_000);
});
