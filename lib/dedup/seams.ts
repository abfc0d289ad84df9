// Where a title written in two languages in one field ("Judul / Title", "Title | Judul", "Judul
// [Title]") is cut into its parts, and where a slash is only inside a phrase ("HIV / AIDS",
// "24 / 7", "and / or"). Asked only of titles that hold " / " or " | " or end with a bracket,
// and decided from the words on either side of each separator: no folding, except for a
// slash between two abbreviations, which either reading fits ("HIV / AIDS pada remaja" is one
// phrase, "… di Kabupaten Garut dengan kejadian BBLR / LBW incidence … in Garut Regency" two titles).
import { enoughWords, isHalf, language, shareAWord } from './language';
import { foldTitle } from './normalize';

// A title never ends with these, so a separator after one joins words ("and / or", "dan / atau", "w / o").
const JOINING = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'with', 'for', 'to', 'by', 'at', 'w', 'dan', 'atau', 'yang', 'di', 'pada', 'dengan', 'untuk', 'dari']);

/**
 * How a separator reads: the seam of two titles, a slash inside a phrase, or either: between two
 * abbreviations (decided by the parts, seam()), or between two words of a title in capitals.
 */
const SEAM = 0;
const PHRASE = 1;
const EITHER = 2;
const CAPITALS = 3;

/**
 * The parts between " / " or " | " separators, or a title and its bracketed translation at the
 * end. A slash inside a phrase is no separator: after a word that joins ("and / or"), between two
 * numbers ("24 / 7"), or between two abbreviations unless the parts on either side are titles in
 * two languages that share a word (seam, below).
 */
export function splitAt(title: string): string[] | undefined {
  const parts = separatorParts(title);
  if (parts) return parts;
  let end = title.length - 1;
  while (end > 0 && (title[end] === ' ' || title[end] === '.')) end--;
  const close = title[end];
  if (close !== ']' && close !== ')') return undefined;
  const open = title.lastIndexOf(close === ']' ? '[' : '(', end);
  return open > 0 ? [title.slice(0, open), title.slice(open + 1, end)] : undefined;
}

function separatorParts(title: string): string[] | undefined {
  let at = nextSeparator(title, 0);
  if (at <= 0) return undefined;
  const parts: string[] = [];
  let from = 0;
  let previous = 0;
  for (; at > 0; previous = at + 3, at = nextSeparator(title, at + 3)) {
    const kind = readSeparator(title, at);
    if (kind === PHRASE || (kind === EITHER && !seam(title, from, at)) || (kind === CAPITALS && aloneBefore(title, previous, at))) continue;
    parts.push(title.slice(from, at));
    from = at + 3;
  }
  return parts.length ? [...parts, title.slice(from)] : undefined;
}

/** Where the next " / " or " | " starts, from `from` on; -1 when none. */
function nextSeparator(title: string, from: number): number {
  const slash = title.indexOf(' / ', from);
  const bar = title.indexOf(' | ', from);
  return slash < 0 ? bar : bar < 0 ? slash : Math.min(slash, bar);
}

function readSeparator(title: string, at: number): number {
  const before = title.slice(title.lastIndexOf(' ', at - 1) + 1, at);
  const space = title.indexOf(' ', at + 3);
  const after = title.slice(at + 3, space < 0 ? title.length : space);
  const lower = before.toLowerCase();
  // A capital letter before it ends a name ("Hepatitis A / …", "Vitamin A / …"): the article is a small "a".
  if (JOINING.has(lower) && (before.length > 1 || before === lower)) return PHRASE;
  // One term on both sides ("… pandemi COVID-19 / COVID-19 pandemic …", "pasien DM / DM patients …").
  if (lower === after.toLowerCase() && lower !== before.toUpperCase()) return SEAM;
  if (!plain(before) || !plain(after)) return SEAM;
  // In capitals, abbreviations look like any other word.
  if (title === title.toUpperCase()) return CAPITALS;
  // "… produksi ASI / A quasi-experimental study …": the article opens the English title.
  if (after === 'A' && before.length > 1) return SEAM;
  return hasLetter(before) || hasLetter(after) ? EITHER : PHRASE;
}

/** In capitals or digits: an abbreviation or a number in a title not all in capitals. */
const plain = (word: string) => word !== '' && word === word.toUpperCase();
const hasLetter = (word: string) => word.toLowerCase() !== word.toUpperCase();

/**
 * In a title all in capitals a separator between two words cuts it unless the word before it
 * stands alone (from the title's start or the separator before): "DBD / DHF PADA ANAK … /
 * DENGUE …". A word alone after it is a tail that is no half ("… | JKI") and is left out.
 */
function aloneBefore(title: string, previous: number, at: number): boolean {
  return title.indexOf(' ', previous) >= at;
}

/**
 * A slash between two abbreviations cuts the title when the text before it (from the last cut)
 * and after it (to the next sure cut) are titles of their own, in two languages, that share a
 * word: "… di Kabupaten Garut dengan kejadian BBLR / LBW … in Garut Regency". Else it is read
 * as a phrase, as in "Knowledge of HIV / AIDS pada remaja" (the parts share nothing) or "Faktor
 * risiko DBD / DHF pada anak" (both parts Indonesian).
 */
function seam(title: string, from: number, at: number): boolean {
  const left = title.slice(from, at);
  if (!enoughWords(left)) return false;
  let to = nextSeparator(title, at + 3);
  while (to > 0 && readSeparator(title, to) !== SEAM) to = nextSeparator(title, to + 3);
  const right = title.slice(at + 3, to < 0 ? title.length : to);
  if (!enoughWords(right)) return false;
  const a = foldTitle(left);
  const b = foldTitle(right);
  if (!isHalf(a) || !isHalf(b)) return false;
  const la = language(a);
  const lb = language(b);
  return la !== '' && lb !== '' && la !== lb && shareAWord(a, b);
}
