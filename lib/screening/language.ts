/**
 * The language of an article: from its metadata when given, else guessed from the words of
 * its title and abstract. Only the languages Saring's reviewers meet most are guessed
 * (English, Indonesian); anything else stays unknown rather than guessed wrong.
 */
import { LANGUAGE_CODES } from '../model/language';

/** Languages by name, in English and Indonesian; codes are lib/model/language.ts's table. */
const NAMES: Record<string, string> = {
  english: 'en',
  inggris: 'en',
  indonesian: 'id',
  indonesia: 'id',
  'bahasa indonesia': 'id',
  malay: 'ms',
  spanish: 'es',
  portuguese: 'pt',
  french: 'fr',
  german: 'de',
  chinese: 'zh',
  japanese: 'ja',
};
const nameOrCode = (text: string) => NAMES[text] ?? LANGUAGE_CODES.get(text);

/** "English", "eng", "en-US" → "en"; unknown names are kept, lower-cased. */
export function normalizeLanguage(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  return nameOrCode(text) ?? nameOrCode(text.split(/[-_]/)[0]) ?? (text || undefined);
}

const WORDS: Record<'en' | 'id', Set<string>> = {
  en: new Set('the of and in to with for was were is are this that from by on at as an be study effect women mothers after between among'.split(' ')),
  id: new Set(
    'yang dan di dengan untuk pada dari ini dalam tidak adalah terhadap pengaruh penelitian ibu hasil bahwa sebelum sesudah setelah kelompok dapat atau secara'.split(' '),
  ),
};

export function guessLanguage(text: string): 'en' | 'id' | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return undefined;
  let en = 0;
  let id = 0;
  for (const w of words) {
    if (WORDS.en.has(w)) en++;
    if (WORDS.id.has(w)) id++;
  }
  if (en + id < 2) return undefined;
  if (id >= en * 1.5) return 'id';
  if (en >= id * 1.5) return 'en';
  return undefined;
}

export interface LanguageCheck {
  result: 'pass' | 'fail' | 'unknown';
  language?: string;
  guessed: boolean;
}

/** Every language the metadata names: "English; Indonesian" (Scopus, WoS), "English, Indonesian" (Embase). */
const languagesOf = (value: string | undefined) => (value ?? '').split(/\s*[;,|/]\s*/).flatMap((name) => normalizeLanguage(name) ?? []);

/** Is the article in one of the review's languages (any of those it is written in)? An empty list accepts any language. */
export function checkLanguage(article: { language?: string; title: string; abstract?: string }, accepted: string[]): LanguageCheck {
  const given = languagesOf(article.language);
  const wanted = accepted.map(normalizeLanguage);
  // Titles are often translated to English in indexes while the abstract stays Indonesian:
  // guess from the abstract when there is one.
  const language = given.find((l) => wanted.includes(l)) ?? given[0] ?? guessLanguage(article.abstract || article.title);
  const guessed = !given.length;
  if (!language) return { result: 'unknown', guessed };
  if (accepted.length === 0) return { result: 'pass', language, guessed };
  return { result: wanted.includes(language) ? 'pass' : 'fail', language, guessed };
}
