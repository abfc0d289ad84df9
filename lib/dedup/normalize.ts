import { decodeEntities, normalizeDoi, normalizePmid } from '../model/normalize';
import { foldText } from './fold';
import { NAME_PARTICLES as PARTICLES, withoutDegrees } from '../model/names';

// Formatting tags sit inside words ("CO<sub>2</sub>", "<i>H</i>. pylori"): drop them without a
// space so that the marked-up and the plain copy fold alike. Other tags separate words.
const INLINE_TAG = /<\/?(?:i|b|em|strong|sup|sub|u|sc|span|font|small|mml:[a-z]+)(?:\s[^>]*)?>/gi;
// A tag starts with a letter: "<32 weeks and >1500 g" in a title is text, not markup.
const ANY_TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/gi;
// "HER2+" and "HER2−" (or "HER2-" before a space) are different patients: the signs are words.
const SIGN_AFTER = /([A-Za-z0-9])(\+|\u2212|(?<=[A-Z0-9])-)(?=[\s,;:)/]|$)/g;
const BADGES = /^\s*(?:\[[A-Z]{1,8}\]\s*)+/i;
// Site names that pages append to titles: cleanTitle's list (lib/model) plus aggregators seen
// in Indonesian and publisher page titles. Kept here as one regex because this runs per record.
const SITE_SUFFIX =
  /\s+[-|–—]\s+(?:PubMed|ScienceDirect|Google Scholar|Garuda|Portal Garuda|Garuda Kemdikbud|NCBI|PMC|Europe PMC|ResearchGate|Semantic Scholar|arXiv(?:\.org)?|bioRxiv|medRxiv|Neliti|Academia\.edu|SpringerLink|Wiley Online Library|JSTOR|Scopus)\s*$/i;
/** Longest " - Site name" tail worth looking for; titles are not scanned further back. */
const SUFFIX_WINDOW = 40;

/**
 * A title folded for matching: HTML tags and entities gone, badges such as `[PDF]` and
 * trailing site names dropped, diacritics removed, lower case, apostrophes dropped
 * ("Cope's" = "Copes"), " & " read as "and", other punctuation as spaces.
 * "Pengaruh Pijat Oksitosin terhadap Produksi ASI – Garuda" and
 * "PENGARUH PIJAT OKSITOSIN TERHADAP PRODUKSI ASI." fold to the same text.
 */
export function foldTitle(title: string | undefined): string {
  if (!title) return '';
  let text = title;
  // Each cleaning step runs only when its marker character is present: most titles have none.
  if (text.includes('&')) text = decodeEntities(decodeEntities(text)).replace(/ & /g, ' and ');
  // After entities, so that an encoded tag (&lt;i&gt;) is removed like a real one.
  if (text.includes('<')) text = text.replace(INLINE_TAG, '').replace(ANY_TAG, ' ');
  if (text.includes('[')) text = text.replace(BADGES, '');
  if (text.includes('+') || text.includes('\u2212') || text.includes('- '))
    text = text.replace(SIGN_AFTER, (_, c: string, sign: string) => `${c} ${sign === '+' ? 'plus' : 'minus'}`);
  // " - PubMed - NCBI": strip at most two stacked site names.
  for (let k = 0; k < 2 && hasSeparatorNearEnd(text); k++) {
    const stripped = text.replace(SITE_SUFFIX, '');
    if (stripped === text) break;
    text = stripped;
  }
  return foldText(text);
}

// indexOf from near the end, not a regex: this is asked of every title.
function hasSeparatorNearEnd(text: string): boolean {
  const from = Math.max(0, text.length - SUFFIX_WINDOW);
  return text.indexOf(' - ', from) >= 0 || text.indexOf('|', from) >= 0 || text.indexOf('–', from) >= 0 || text.indexOf('—', from) >= 0;
}

// Placeholders some sources put where no author is known: they are not a family name.
const NO_AUTHOR = new Set(['anonymous', 'anon', 'unknown', 'al']);

/** An author's name without titles, degrees and suffixes, its comma parts kept ("Smith, Jr., Robert" → "Smith, Robert"). */
function bareName(author: string): string {
  let text = author.includes('&') ? decodeEntities(author) : author;
  if (text.includes('…') || text.includes('...')) text = text.replace(/…|\.\.\./g, '');
  return withoutDegrees(text, true);
}

/**
 * An author's name as written, split into its family part and its given part (either may be ''):
 * "Smith, John", "Smith JA" / "Smith J.A." (trailing initials follow the family name: PubMed,
 * Vancouver), else "John Smith" / "J. Smith" (the last word is the family name). In a name
 * written all in capitals both ends may look like initials: the shorter one is ("SARI D",
 * "DA SARI"); of two the same length the last word is the family name ("DEWI SARI"). There a
 * word of three or four letters with a vowel is a name, not initials ("ROSITA SARI" is Rosita
 * Sari, as "Rosita Sari" is). A name ending in a given name Indonesians put first ("Nurhasanah
 * Siti", Scopus's family-first order without its comma) has its family name first.
 */
function nameParts(author: string): { family: string; given: string } {
  const text = bareName(author);
  const comma = text.indexOf(',');
  if (comma >= 0) return { family: text.slice(0, comma), given: text.slice(comma + 1) };
  const parts = text.split(' ').filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length < 2) return { family: last, given: '' };
  const initials = text === text.toUpperCase() ? isCapitalInitials : isInitials;
  if (initials(last) && (!initials(parts[0]) || letterCount(last) < letterCount(parts[0]))) return { family: parts.slice(0, -1).join(' '), given: last };
  if (parts.length === 2 && GIVEN_FIRST.has(last.toLowerCase()) && !GIVEN_FIRST.has(parts[0].toLowerCase())) return { family: parts[0], given: last };
  return { family: last, given: parts.slice(0, -1).join(' ') };
}

// Given names that open an Indonesian name and are not family names: "Siti", "Sri", and the
// birth-order names Dwi (second), Tri (third), Eka (first). ("Nur" is not: "Ahmad Nur" is common.)
const GIVEN_FIRST = new Set(['siti', 'sri', 'dwi', 'tri', 'eka']);

/**
 * The family name of an author as sources write it: "Smith, J.", "J Smith", "Smith J",
 * "Smith JA", "Lee Y.-N.", "Siti Nurhasanah". Folded like titles; particles (van, de, bin)
 * dropped so that "van der Berg, A" and "A. Berg" agree; multi-word family names give their
 * last word ("Santos-Cubedo A." → "cubedo").
 */
export function familyName(author: string | undefined): string {
  if (!author) return '';
  const folded = foldText(nameParts(author).family);
  if (!folded.includes(' ')) return PARTICLES.has(folded) || NO_AUTHOR.has(folded) ? '' : folded;
  if (NO_AUTHOR.has(folded)) return '';
  const words = folded.split(' ').filter((w) => !PARTICLES.has(w));
  return words.length ? words[words.length - 1] : '';
}

/**
 * The words of a full name of three words or more, folded and sorted ("LESTARI DEWI SARI" and
 * "Dewi Sari Lestari" give "dewi lestari sari"), so that one person is known in either order
 * whichever word is the family name; '' for shorter names and names with initials ("Sari D. L.").
 */
export function nameWords(author: string | undefined): string {
  if (!author || author.indexOf(' ') === author.lastIndexOf(' ')) return '';
  const text = bareName(author).replace(/,/g, ' ');
  const words = text.split(' ').filter(Boolean);
  const initials = text === text.toUpperCase() ? isCapitalInitials : isInitials;
  if (words.length < 3 || words.some((w) => initials(w) || letterCount(w) < 2)) return '';
  return foldText(words.join(' ')).split(' ').sort().join(' ');
}

/**
 * The first letter of an author's given name, folded: "Sari, Dewi", "Sari D", "D. Sari" and
 * "Dewi Sari" all give "d". Empty when the name shows none (one word, a group author), so that
 * callers can tell "unknown" from "different".
 */
export function givenInitial(author: string | undefined): string {
  if (!author) return '';
  return foldText(nameParts(author).given).trim().charAt(0);
}

/**
 * Two first authors who may be one person: the same family name, and the same first initial when
 * both names show one ("Sari D" and "D. Sari" may be; "Sari D" and "Sari A" are not).
 */
export function sameFirstAuthor(a: string | undefined, b: string | undefined): boolean {
  const family = familyName(a);
  if (!family || family !== familyName(b)) return false;
  return initialsAgree([a, b]);
}

/** The authors' first initials, where shown, are one letter (the same family name is checked apart). */
export function initialsAgree(authors: readonly (string | undefined)[]): boolean {
  let seen = '';
  for (const author of authors) {
    const initial = givenInitial(author);
    if (!initial) continue;
    if (seen && initial !== seen) return false;
    seen = initial;
  }
  return true;
}

/** Letters in a word, dots and hyphens left out ("D.A." has 2). */
const letterCount = (word: string) => word.replace(/[.-]/g, '').length;

/**
 * Initials in a name written all in capitals: dotted ("D.A."), or of one or two letters ("DA"),
 * or three or four without a vowel ("JMB"). "SARI", "SITI" and "ANI" are names.
 */
function isCapitalInitials(word: string): boolean {
  if (!isInitials(word)) return false;
  if (word.length <= 2 || word.includes('.') || word.includes('-')) return true;
  for (let i = 0; i < word.length; i++) if ('AEIOUY'.includes(word[i])) return false;
  return true;
}

/**
 * "J", "JA", "J.A.", "Y.-N." (hyphenated initials of East Asian given names): up to four
 * capitals, each optionally followed by "." and "-". A loop, not a Unicode regex: it runs per record.
 */
function isInitials(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === '.' || ch === '-') {
      if (i === 0) return false;
      continue;
    }
    if (ch === ch.toLowerCase() || ++letters > 4) return false; // not a capital letter
  }
  return letters > 0;
}

/** Folded titles shorter than this ("Editorial", "Reply") are not evidence of identity. */
export const MIN_TITLE_LENGTH = 12;

// Titles a journal gives many items ("Letter to the editor", Indonesian "Kata Pengantar" =
// foreword): two such records by one author in one year are not one item for certain.
const GENERIC_TITLE =
  /^(?:(?:re|response to|reply to|in reply to|comment on|authors? reply to) (?:the )?)?(?:(?:a )?letters? to (?:the )?editors?|editorials?(?: comment| board)?|from the editors?|editors? (?:note|comment|introduction)|guest editorial|kata pengantar|pengantar redaksi|daftar isi|(?:authors? )?reply|in reply|response|correspondence|commentary|comment|erratum|correction|corrigendum|retraction(?: notice)?|book reviews?|introduction|preface|foreword|obituary|in memoriam|(?:conference |meeting )?abstracts|table of contents|contents|index|announcements?|acknowledge?ments? to reviewers|reviewers? acknowledge?ments?|no title available|not available|untitled)$/;

/** True when a folded title is one a journal gives many items. */
export const isGenericTitle = (folded: string) => folded.length < 40 && GENERIC_TITLE.test(folded);

/**
 * The identifiers a record can be found by: DOI, PMID and folded title + year. Used as
 * index entries in the database and by duplicate detection; missing fields give no entry.
 */
export function matchKeys(article: { doi?: string; pmid?: string; title?: string; year?: number; cut?: { title?: string } }): string[] {
  const keys: string[] = [];
  const doi = normalizeDoi(article.doi);
  if (doi) keys.push(`doi:${doi}`);
  const pmid = normalizePmid(article.pmid);
  if (pmid) keys.push(`pmid:${pmid}`);
  // A title Google Scholar cut short is not the title: it is matched as a part (./cut.ts).
  const title = article.cut?.title ? '' : foldTitle(article.title);
  if (title.length >= MIN_TITLE_LENGTH && article.year && !isGenericTitle(title)) keys.push(`title:${title}|${article.year}`);
  return keys;
}
