import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { resolveLanguage, setLanguage, t, tCount } from '../../lib/i18n';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('English and Indonesian have the same messages, none empty', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries({ ...en, ...id })) expect(value.message.trim(), key).not.toBe('');
  });

  it('no message holds what Chrome reads as an undefined named placeholder (it then refuses to load the whole extension)', () => {
    // Chrome's message bundles: "$name$" is a named placeholder, "$$" a dollar sign. Saring's own
    // "$1" needs no definition, but two side by side ("record $1$2") read as "$1$": "Variable $1$
    // used but not defined", and the extension does not load at all.
    for (const [language, catalog] of Object.entries({ en, id })) {
      for (const [key, value] of Object.entries(catalog)) {
        const named = /\$([A-Za-z0-9_@]+)\$/.exec(value.message.replaceAll('$$', ''));
        expect(named?.[0], `${language} ${key}`).toBeUndefined();
      }
    }
  });

  it('every message the code asks for exists', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'lib', 'platform'].flatMap((d) => sourceFiles(join(root, d)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('the import help names each source apart (Garuda and Zotero are two)', () => {
    for (const language of ['en', 'id'] as const) {
      setLanguage(language);
      expect(t('importIntro')).toContain('Google Scholar, Garuda, Zotero, EndNote');
    }
    setLanguage('en');
  });

  it('follows the browser language unless the reviewer chose one', () => {
    expect(resolveLanguage('auto', ['id-ID', 'en-US'])).toBe('id');
    expect(resolveLanguage('auto', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLanguage('en', ['id-ID'])).toBe('en');
    expect(resolveLanguage(undefined, [])).toBe('en');
  });

  it('says a count with its noun agreeing in English ("1 review", "2 reviews"), and as Indonesian says it, without a plural', () => {
    setLanguage('en');
    expect(tCount('restoreReviews', 1)).toBe('1 review added or updated');
    expect(tCount('restoreReviews', 2)).toBe('2 reviews added or updated');
    expect(tCount('restoreDecisions', 1, 3)).toBe('1 decision added (3 already here)');
    expect(tCount('restoreSearches', 0)).toBe('0 searches added');
    expect(t('restoreDone', tCount('restoreReviews', 1), tCount('restoreRecords', 1), 0, tCount('restoreDecisions', 2, 0), tCount('restoreSearches', 1))).toBe(
      'Restored: 1 review added or updated, 1 record added, 0 merged, 2 decisions added (0 already here), 1 search added.',
    );
    setLanguage('id');
    expect(tCount('restoreReviews', 1)).toBe('1 tinjauan ditambah atau diperbarui');
    expect(tCount('restoreReviews', 2)).toBe('2 tinjauan ditambah atau diperbarui');
    setLanguage('en');
  });

  it('substitutes arguments in the chosen language', () => {
    setLanguage('id');
    expect(t('popupResultsHeading', 20)).toBe('20 hasil di halaman ini');
    setLanguage('en');
    expect(t('popupResultsHeading', 20)).toBe('20 results on this page');
  });
});
