import { browser } from 'wxt/browser';
import { resolveLanguage, setLanguage, type Language, type LanguageSetting } from '../lib/i18n/translate';

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

function applyLanguage(setting: LanguageSetting): Language {
  const languages = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  const language = resolveLanguage(setting, languages);
  setLanguage(language);
  document.documentElement.lang = language;
  return language;
}

/** Apply the saved language before the first render. */
export async function initLanguage(stored?: Promise<Record<string, unknown>>): Promise<Language> {
  return applyLanguage(await loadLanguageSetting(stored));
}
