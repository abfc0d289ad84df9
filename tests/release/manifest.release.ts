import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, manifest, sourceFiles } from './built';
import { ADAPTERS } from '../../lib/sites/registry';

/**
 * The permissions Saring may ask for, each with what in the code needs it. store/permissions.md
 * gives the reviewer-facing reasons (the Chrome Web Store's justification form).
 */
const JUSTIFIED: Record<string, { why: string; usedBy: RegExp }> = {
  storage: { why: "language choice (local) and each tab's reading (session)", usedBy: /\bbrowser\.storage\.(local|session)\b/ },
  unlimitedStorage: { why: 'the review database (IndexedDB) must not hit the origin quota', usedBy: /\bextends Dexie\b/ },
  activeTab: { why: '"Read this page" reads the current tab after the reviewer opened the panel', usedBy: /executeScript\(\{\s*target:\s*\{\s*tabId\b/ },
  scripting: { why: '"Read this page" injects the reader into that tab', usedBy: /\bbrowser\.scripting\.executeScript\(/ },
  alarms: { why: 'team sync is restarted if the browser stopped the background while it ran', usedBy: /\bbrowser\.alarms\b/ },
};

/** Optional origins: the one team server a reviewer connects to, asked for at that moment. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/** WebExtension namespaces and the permission each needs (null: none). */
const NAMESPACE_PERMISSION: Record<string, string | null> = {
  runtime: null,
  tabs: null, // query, create and events; Saring reads no tab URL or title through it
  action: null,
  browserAction: null,
  i18n: null,
  storage: 'storage',
  scripting: 'scripting',
  alarms: 'alarms',
  // permissions.request / contains: optional permissions need no permission of their own.
  permissions: null,
};

const code = sourceFiles('components', 'entrypoints', 'lib', 'platform').map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));

describe('the manifests ask for no permission the code does not use', () => {
  it.each(['chrome', 'firefox'] as const)('%s: the permissions are exactly the justified set', (build) => {
    const m = manifest(build);
    expect([...(m.permissions ?? [])].sort()).toEqual(Object.keys(JUSTIFIED).sort());
    expect(m.host_permissions ?? []).toEqual([]);
    // Nothing is granted at install; team sync asks for one origin when the reviewer connects.
    expect([...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])].sort()).toEqual([...OPTIONAL_ORIGINS].sort());
    const asked = code.filter((c) => /\bbrowser\.permissions\.request\(\s*\{\s*origins\b/.test(c.text));
    expect(
      asked.map((c) => c.file),
      'the code that asks for the team server origin',
    ).not.toEqual([]);
    // Content scripts run only on the sites the registry's adapters read, each pattern one named
    // host (no wildcard host, no <all_urls>): the build takes them from the registry, not a list here.
    const patterns = (m.content_scripts ?? []).flatMap((c) => c.matches ?? []);
    expect(new Set(patterns)).toEqual(new Set(ADAPTERS.flatMap((a) => a.matches)));
    for (const pattern of patterns) expect(pattern, pattern).toMatch(/^(https|\*):\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  it.each(Object.entries(JUSTIFIED))('%s is used by the code', (permission, { usedBy }) => {
    const users = code.filter((c) => usedBy.test(c.text)).map((c) => c.file);
    expect(users, `${permission}: nothing in the code matches ${usedBy}`).not.toEqual([]);
  });

  it('every WebExtension API the code calls is covered by a listed permission', () => {
    const namespaces = new Set(code.flatMap((c) => [...c.text.matchAll(/\bbrowser\.([a-zA-Z]+)\b/g)].map((m) => m[1])));
    const unknown = [...namespaces].filter((n) => !(n in NAMESPACE_PERMISSION));
    expect(unknown, 'an API namespace this test does not know: add it with the permission it needs').toEqual([]);
    const needed = new Set([...namespaces].map((n) => NAMESPACE_PERMISSION[n]).filter((p): p is string => !!p));
    for (const permission of needed) expect(Object.keys(JUSTIFIED)).toContain(permission);
  });

  it('store/permissions.md justifies each permission under its own heading', () => {
    const doc = readFileSync(`${ROOT}/store/permissions.md`, 'utf8');
    const headings = [...doc.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(expect.arrayContaining(Object.keys(JUSTIFIED)));
  });

  it('Firefox: the add-on id and the data-collection declaration (none) are set', () => {
    const gecko = manifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('saring@saring.example');
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    // Team sync sends search strings and articles' metadata to the team's server, if turned on.
    expect(gecko?.data_collection_permissions?.optional).toEqual(['searchTerms', 'websiteContent']);
  });
});
