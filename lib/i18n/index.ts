import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';

/**
 * UI strings come from the extension's `_locales` files (English and Bahasa Indonesia).
 * `browser.i18n` always follows the browser's language and cannot be switched, so Saring
 * reads the same files itself: the browser's language by default, the reviewer's choice
 * when they set one.
 */
export type MessageKey = keyof typeof en;
export type Language = 'en' | 'id';
export type LanguageSetting = Language | 'auto';

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Language, Catalog> = { en, id };

let current: Language = 'en';

/** `auto` → the first browser language Saring speaks (Indonesian for id-*, else English). */
export function resolveLanguage(setting: LanguageSetting | undefined, browserLanguages: readonly string[]): Language {
  if (setting === 'en' || setting === 'id') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'id' || base === 'in' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function setLanguage(language: Language): void {
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function getLanguage(): Language {
  return current;
}

/** The message in the current language, with `$1`…`$9` replaced by the arguments. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  const text = entry?.message ?? key;
  return text.replace(/\$(\d)/g, (whole, n: string) => {
    const value = args[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

const LOCALE: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/** A number in the current language's notation (Indonesian writes 1.234,5). */
export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[current], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A share (0–1) as a percentage in the current language's notation. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(LOCALE[current], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
