// Titles given together with the article's title in its own language. Scopus writes an article
// published in another language as "English title [Original-language title]" (RIS TI, CSV
// "Title", BibTeX title); the brackets say "original", and are no part of the title. Real titles
// end in brackets too ("[Letter]", "[version 2; peer review: 2 approved]", "[(11)C]", "[Review]
// [45 refs]"), so a title is split only when its last bracket holds a title of its own, and,
// unless the record is Scopus's, one written in a language other than English.
import { markedTitle } from '../model/cut';

/** A title of its own has at least this many words ("[Letter]", "[Not Available]" have fewer). */
const MIN_WORDS = 3;

// What databases and publishers bracket at a title's end that is no original title: F1000's
// "[version 2; peer review: …]", MEDLINE's and Ovid's "[Article in Spanish]", "[Review]",
// "[published erratum appears in …]", "[see comments]", "[Internet]", "[Retracted]", "[Doctoral
// dissertation, …]", "[Conference abstract …]".
const NOTE =
  /^(?:version|v\d|article in|review|published|erratum|errata|corrigendum|correction|retract|withdrawn|see |comment|reprint|letter|editorial|internet|in press|epub|preprint|abstract|english|not available|no title|translated|author|\d+ ref|thesis|dissertation|doctoral|master|phd|conference|meeting|poster|supplement)|peer review|referees/i;

// A notice about another article, which names it and its citation in brackets: Elsevier's
// "Corrigendum to “Effect of …” [Int. J. Nurs. Stud. 98 (2019) 1–10]".
const NOTICE = /^(?:corrigendum|erratum|errata|addendum|correction(?: to\b|:)|retraction|retracted|expression of concern|withdrawal of|notice of|comment on|reply to|response to)/i;
const CITATION = /\(\s*(?:19|20)\d\d\s*\)/;

// Function words that show the title before a bracket is in English, and that the bracket is
// not: ENGLISH_ONLY leaves out words other languages share ("a", "in", "an", "on", "at").
const ENGLISH_ONLY = ['the', 'of', 'and', 'with', 'for', 'among', 'to', 'from', 'by', 'during', 'between', 'after', 'versus', 'its', 'is', 'are', 'how', 'what'];
const ENGLISH = new Set([...ENGLISH_ONLY, 'a', 'an', 'in', 'on', 'at']);
const IN_ENGLISH = new Set(ENGLISH_ONLY);
const OTHER = new Set(
  [
    // Indonesian, Malay
    'dan yang di pada terhadap dengan dalam untuk tentang dari oleh antara sebagai pengaruh hubungan faktor gambaran ibu anak',
    // Spanish, Portuguese
    'de del la las los el en y para con com em do da dos das na no um uma por sobre entre',
    // French
    'du des le les et dans pour sur chez une au aux',
    // German, Dutch
    'der die das und mit von bei für zur zum im ein eine den dem het van een bij voor op',
    // Italian, Turkish, Polish
    'di della nel nella per il gli dei ve ile bir w z na i',
    // Swedish, Norwegian, Danish (Zoological Record's foreign titles: "Hackspettsinvasion gynnas av branden")
    'och av för på om som till ett vid hos från mot og af til fra ved',
  ]
    .join(' ')
    .split(' '),
);
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** True when the bracket reads as another language than the English title before it. */
function otherLanguage(title: string, bracket: string[]): boolean {
  if (!words(title).some((w) => ENGLISH.has(w))) return false;
  if (bracket.some((w) => IN_ENGLISH.has(w))) return false;
  // Accented letters ("Persistance du pic à dos noir") or the other language's function words.
  return bracket.some((w) => OTHER.has(w)) || /[^\x20-\x7e]/.test(bracket.join(' '));
}

/**
 * [title, original] of a title and its translation given apart (RIS TT, EndNote XML
 * translated-title: SciELO writes a Portuguese or Spanish title beside an English translation,
 * and the reverse): the one that reads as English beside the other is the title, as PubMed and
 * Scopus give the pair; else the title stays. A translation alone is the title.
 */
export function titleAndTranslated(title: string | undefined, translated: string): [string, string | undefined] {
  if (!title) return [translated, undefined];
  return otherLanguage(translated, words(title)) ? [translated, title] : [title, translated];
}

/**
 * [title, original] of "English title [Original-language title]", else undefined. `scopus`: the
 * record is Scopus's (its id is an EID), whose bracket at a title's end is always the original.
 * Asked only of titles that end with "]".
 */
export function splitOriginal(title: string, scopus: boolean): [string, string] | undefined {
  const end = title.length - 1;
  const open = title.lastIndexOf('[', end);
  // A bracket of its own at the end: after a space, nothing bracketed inside it ("[(11)C]" is).
  if (open < 1 || title.charCodeAt(open - 1) !== 32 || title.indexOf(']', open) !== end) return undefined;
  const before = title.slice(0, open).trimEnd();
  const inside = title.slice(open + 1, end).trim();
  const bracket = words(inside);
  if (bracket.length < MIN_WORDS || words(before).length < MIN_WORDS - 1 || NOTE.test(inside)) return undefined;
  if (NOTICE.test(before) || CITATION.test(inside)) return undefined;
  return scopus || otherLanguage(before, bracket) ? [before, inside] : undefined;
}

/** The title as Scopus writes it, with the original after it: what exports write, so it is not lost. */
export function titleWithOriginal(article: Titles): string {
  const original = distinctOriginal(article);
  // A title Google Scholar cut short carries its "…" again (lib/model/cut.ts).
  const title = markedTitle(article.title, article.cut?.title);
  return original ? `${title} [${original}]` : title;
}

type Titles = { title: string; originalTitle?: string; cut?: { title?: 'start' | 'end' | 'both' } };

/**
 * The original-language title to show or write beside the title; none when the title holds it
 * already (a record stored before titles were split, or joined with a copy whose title is it).
 */
export function distinctOriginal(article: Titles): string | undefined {
  const original = article.originalTitle;
  return original && !article.title.includes(original) ? original : undefined;
}
