import type en from '../../public/_locales/en/messages.json';

/**
 * UI strings come from the extension's `_locales` files (English and Bahasa Indonesia).
 * `browser.i18n` always follows the browser's language and cannot be switched, so Saring
 * reads the same files itself: the browser's language by default, the reviewer's choice
 * when they set one. This module holds no strings: extension pages load the whole tables
 * (`lib/i18n`); content scripts bundle none and get the few their in-page controls show, in
 * the reviewer's language, from the background (`lib/i18n/page-messages`), so that a page
 * never downloads the dashboard's words or the other language.
 */
export type MessageKey = keyof typeof en;
export type Language = 'en' | 'id';
export type LanguageSetting = Language | 'auto';

export type Catalog = Partial<Record<MessageKey, { message: string }>>;
const catalogs: Record<Language, Catalog> = { en: {}, id: {} };

let current: Language = 'en';

/** Make messages available (the tables, or part of them); later ones add to earlier ones. */
export function addMessages(tables: Record<Language, Catalog>): void {
  Object.assign(catalogs.en, tables.en);
  Object.assign(catalogs.id, tables.id);
}

/**
 * Numbers and dates follow the chosen language (Intl): 12,345 / 12.345; "Mar 5, 2024" /
 * "5 Mar 2024". Numbers are grouped from five digits on ("min2"), so that a year passed as a
 * number reads 2021 in both languages, never 2.021.
 */
// Each formatter made once per language, when first used (content scripts only format numbers).
const numbers = new Map<Language, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

export const formatNumber = (value: number): string => {
  let f = numbers.get(current);
  if (!f) numbers.set(current, (f = new Intl.NumberFormat(current, { useGrouping: 'min2' } as Intl.NumberFormatOptions)));
  return f.format(value);
};

function dateFormat(withTime: boolean): Intl.DateTimeFormat {
  const id = `${current}${withTime}`;
  let f = dates.get(id);
  if (!f) dates.set(id, (f = new Intl.DateTimeFormat(current, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })));
  return f;
}
/** A date (epoch milliseconds), in the chosen language. */
export const formatDate = (at: number): string => dateFormat(false).format(at);
/** A date and time (epoch milliseconds), in the chosen language. */
export const formatDateTime = (at: number): string => dateFormat(true).format(at);

/** A number with a fixed count of decimals in the chosen language (Indonesian writes 0,65). */
export function formatDecimal(value: number, fractionDigits: number): string {
  return new Intl.NumberFormat(current, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A share (0–1) as a percentage in the chosen language. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

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
}

export function getLanguage(): Language {
  return current;
}

/** The reviewer's stored choice being read (platform/language.ts); settles, never rejects. */
let loading: Promise<unknown> | undefined;

/** Say that the language is being read from storage: languageReady() waits until `load` settles. */
export function languageLoading<T>(load: Promise<T>): Promise<T> {
  loading = load.catch(() => undefined);
  return load;
}

/**
 * The language once the reviewer's stored choice has been read. A background that has just
 * restarted (a service worker stopped after 30 s idle) speaks English until storage answers: what
 * it writes in the reviewer's language to keep — the first review's name and default exclusion
 * reasons — waits for this, never getLanguage().
 */
export async function languageReady(): Promise<Language> {
  await loading;
  return current;
}

/** Whether either language has a message under this key (a key made from data, such as an import message's code). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogs[current], key) || Object.hasOwn(catalogs.en, key);
}

/** The message in the current language, with `$1`…`$9` replaced by the arguments (numbers formatted). */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const entry = catalogs[current][key] ?? catalogs.en[key];
  const text = entry?.message ?? key;
  return text.replace(/\$(\d)/g, (whole, n: string) => {
    const value = args[Number(n) - 1];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * A message about a count (`$1`), in its `…One` form for exactly one where the language has
 * one: English "1 review", "2 reviews"; Indonesian writes "1 tinjauan", "2 tinjauan" alike.
 */
export function tCount(key: MessageKey, count: number, ...args: (string | number)[]): string {
  return tCountOf(count, key, count, ...args);
}

/**
 * As tCount, for a message whose counted noun follows another of its values than `$1`:
 * "$1 of $2 records shown" agrees with `count`, its `$2` ("1 of 1 record shown").
 */
export function tCountOf(count: number, key: MessageKey, ...args: (string | number)[]): string {
  const one = `${key}One`;
  return t(count === 1 && hasMessage(one) ? one : key, ...args);
}
