import { browser } from 'wxt/browser';
import { languageLoading, resolveLanguage, setLanguage, type Language, type LanguageSetting } from '../lib/i18n/translate';

// The language choice lives in storage.local, not IndexedDB, because content scripts
// (which cannot open the extension's database) need it too. Thin wrapper over browser globals.
export const LANGUAGE_KEY = 'language';
const KEY = LANGUAGE_KEY;

/** The saved choice; `stored` is what storage.local answered already (the popup asks early). */
export async function loadLanguageSetting(stored?: Promise<Record<string, unknown>>): Promise<LanguageSetting> {
  const value = (await (stored ?? (browser.storage.local.get(KEY) as Promise<Record<string, unknown>>)))[KEY];
  return value === 'en' || value === 'id' ? value : 'auto';
}

export async function saveLanguageSetting(setting: LanguageSetting): Promise<void> {
  await browser.storage.local.set({ [KEY]: setting });
  applyLanguage(setting);
}

/** The translator's language for a setting (the browser's languages decide `auto`). */
function chooseLanguage(setting: LanguageSetting): Language {
  const languages = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  const language = resolveLanguage(setting, languages);
  setLanguage(language);
  return language;
}

/** An extension page's language: the translator's, and the document's (screen readers, hyphenation). */
function applyLanguage(setting: LanguageSetting): Language {
  const language = chooseLanguage(setting);
  document.documentElement.lang = language;
  return language;
}

/** Apply the saved language before the first render. */
export async function initLanguage(stored?: Promise<Record<string, unknown>>): Promise<Language> {
  return applyLanguage(await loadLanguageSetting(stored));
}

/** A content script's language: the translator's only — the page it runs in keeps its own `lang`. */
export async function contentLanguage(): Promise<Language> {
  return chooseLanguage(await loadLanguageSetting());
}

/**
 * The background's language, followed when the reviewer changes it: a review the background makes
 * (the first decision's, before any page of Saring was opened) gets its name and default
 * exclusion reasons in the reviewer's language — also when it is asked for while a background that
 * has just restarted still reads the choice from storage: lib/db's getActiveReview awaits
 * languageReady(), which waits for these reads.
 */
export function followLanguage(): void {
  void languageLoading(contentLanguage());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) void languageLoading(contentLanguage());
  });
}
