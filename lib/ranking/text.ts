// Text → hashed features (word unigrams and bigrams) for the relevance model.
// Features are hashed into a fixed space instead of kept in a vocabulary: no string table to
// grow with the review (bigrams of 50,000 abstracts run to millions), unseen texts from a
// result page map into the same space, and the model is a few typed arrays.
import { STOP_WORDS } from './stopwords';

export interface FeatureOptions {
  /**
   * `words`: NFKC, lower case, letters and digits, English and Indonesian stop words dropped,
   * scripts written without spaces (Chinese, Japanese, Thai, …) cut into character pairs.
   * `sklearn`: scikit-learn's default (`\w\w+`, lower case, nothing dropped), for the reference.
   */
  tokens: 'words' | 'sklearn';
  /**
   * English and Indonesian function words (`words` tokens only): `drop` them before features
   * are made, make no `unigrams` of them (nor bigrams of two of them: "of the"), or `keep` them.
   */
  stopWords: 'drop' | 'unigrams' | 'keep';
  bigrams: boolean;
  /** 1 + ln(tf) instead of tf. */
  sublinearTf: boolean;
  /** Title words also count as features of their own ("title: pregnancy"). */
  titleFeatures: boolean;
  /** Features in more than this share of the records are ignored (1 = none ignored). */
  maxDf: number;
  /** Features in fewer records than this are ignored (absent: 1, none ignored). */
  minDf?: number;
  /** log2 of the size of the hashed feature space. */
  bits: number;
  /** Title bigrams also count as features of their own (with `titleFeatures`). */
  titleBigrams?: boolean;
  /** English plurals folded (S-stemmer: "studies" → "study", "rats" → "rat"). */
  stem?: boolean;
  /** Character n-grams of this length inside words (0 or absent: none). */
  charGrams?: number;
}

/** The text of a record the model reads. */
export interface RankText {
  title?: string;
  abstract?: string;
  keywords?: readonly string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SKLEARN_WORD = /[\p{L}\p{M}\p{N}_]{2,}/gu;
// Scripts written without spaces between words: a run of them is one "word" to WORD.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words of a text as the model reads them. */
export function tokenize(text: string, style: FeatureOptions['tokens'], dropStopWords = false): string[] {
  if (style === 'sklearn') return text.toLowerCase().match(SKLEARN_WORD) ?? [];
  const out: string[] = [];
  for (const word of text.normalize('NFKC').toLowerCase().match(WORD) ?? []) {
    if (UNSPACED.test(word)) pushCharacterPairs(word, out);
    else if (word.length > 1 && !(dropStopWords && STOP_WORDS.has(word))) out.push(word);
  }
  return out;
}

function pushCharacterPairs(word: string, out: string[]): void {
  const chars = [...word];
  if (chars.length === 1) out.push(word);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
}

/** FNV-1a over UTF-16 code units: fast, stable across machines and runs. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A hash of a pair of hashes (a bigram, or a word marked as a title word). */
function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const TITLE_SALT = hashString('\u0000title');
const CHAR_SALT = hashString('\u0000chars');

/** Harman's S-stemmer: folds the regular English plurals only, so it never merges two words. */
export function stemPlural(word: string): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (!/[us]s$/.test(word)) return word.slice(0, -1);
  return word;
}

function addCharGrams(counts: Map<number, number>, words: readonly string[], n: number, mask: number): void {
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + n <= padded.length; i++) {
      const id = combine(CHAR_SALT, hashString(padded.slice(i, i + n))) & mask;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
}

/** Sparse features of one record: sorted feature ids and their (possibly sublinear) counts. */
export interface SparseFeatures {
  ids: Int32Array;
  tf: Float32Array;
}

function addPart(counts: Map<number, number>, words: readonly string[], options: FeatureOptions, mask: number, salt?: number): void {
  const add = (h: number) => {
    const id = (salt === undefined ? h : combine(salt, h)) & mask;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  const skipStop = options.tokens === 'words' && options.stopWords === 'unigrams';
  let previous = -1;
  let previousStop = false;
  for (const word of words) {
    const h = hashString(word);
    const stop = skipStop && STOP_WORDS.has(word);
    if (!stop) add(h);
    if (options.bigrams && previous >= 0 && !(stop && previousStop)) add(combine(previous, h));
    previous = h;
    previousStop = stop;
  }
}

/** Hashed unigram and bigram counts of a record's title, abstract and keywords. */
export function extractFeatures(text: RankText, options: FeatureOptions): SparseFeatures {
  const mask = (1 << options.bits) - 1;
  const counts = new Map<number, number>();
  const drop = options.stopWords === 'drop';
  const words = (part: string | undefined) => {
    const tokens = tokenize(part ?? '', options.tokens, drop);
    return options.stem ? tokens.map(stemPlural) : tokens;
  };
  const title = words(text.title);
  const abstract = words(text.abstract);
  if (options.tokens === 'sklearn') {
    // ASReview joins title and abstract into one text before scikit-learn reads it.
    addPart(counts, [...title, ...abstract], options, mask);
  } else {
    // Bigrams never span two parts: the title's last word and the abstract's first are no phrase.
    addPart(counts, title, options, mask);
    addPart(counts, abstract, options, mask);
  }
  for (const keyword of text.keywords ?? []) addPart(counts, words(keyword), options, mask);
  if (options.titleFeatures) addPart(counts, title, { ...options, bigrams: !!options.titleBigrams }, mask, TITLE_SALT);
  if (options.charGrams) addCharGrams(counts, [...title, ...abstract], options.charGrams, mask);
  const ids = Int32Array.from(counts.keys()).sort();
  const tf = new Float32Array(ids.length);
  ids.forEach((id, i) => {
    const c = counts.get(id)!;
    tf[i] = options.sublinearTf ? 1 + Math.log(c) : c;
  });
  return { ids, tf };
}
