// Titles in two languages in one field: Garuda and many OJS journals write "Judul Indonesia /
// English title" (either order, or with " | "), or the translation in brackets at the end
// ("Judul Indonesia [English title]"), while another database holds one of the halves alone.
import { foldTitle, isGenericTitle, MIN_TITLE_LENGTH } from './normalize';

// Function words that tell an Indonesian half from an English one. Only a title whose two halves
// are in different languages is split: "Effect of A / a randomised trial" is one English title, and
// two papers of one author ending "(a randomised controlled trial)" must not match by that half.
const INDONESIAN = new Set([
  'dan',
  'yang',
  'di',
  'pada',
  'terhadap',
  'dengan',
  'dalam',
  'untuk',
  'tentang',
  'dari',
  'oleh',
  'antara',
  'sebagai',
  'pengaruh',
  'hubungan',
  'faktor',
  'gambaran',
]);
const ENGLISH = new Set(['the', 'of', 'and', 'in', 'on', 'with', 'for', 'among', 'to', 'between', 'from', 'by', 'at', 'during', 'effect', 'effects', 'relationship']);
/** A half must be a title of its own, not a word or two ("Pre-eclampsia / eclampsia …"). */
const MIN_HALF_WORDS = 4;

/**
 * The folded halves of a title written in Indonesian and English, or undefined when it is not
 * one. Cheap for most titles: nothing is folded unless a separator or a closing bracket is there.
 * Of three or more parts ("Judul / Title / Título") the first Indonesian and the first English
 * one are the halves; a part in neither language is left out.
 */
export function titleHalves(title: string | undefined): [string, string] | undefined {
  if (!title) return undefined;
  const cut = splitAt(title);
  // Words counted before folding: " | ScienceDirect", "(RCT)" are not halves, and most records
  // that have a separator have one of those: nothing is folded unless two parts are long enough.
  const parts = cut?.filter(enoughWords);
  if (!parts || parts.length < 2) return undefined;
  let id: string | undefined;
  let en: string | undefined;
  let idFirst = false;
  for (const part of parts) {
    const folded = foldTitle(part);
    if (!isHalf(folded)) continue;
    const lang = language(folded);
    if (lang === 'id' && !id) {
      id = folded;
      idFirst = !en;
    } else if (lang === 'en' && !en) en = folded;
  }
  return id && en ? (idFirst ? [id, en] : [en, id]) : undefined;
}

/**
 * A title and its original-language version given apart (an import's `originalTitle`), folded,
 * when both are titles of their own: matched as the halves of a title in two languages are.
 */
export function titleAndOriginal(title: string, original: string): [string, string] | undefined {
  const a = foldTitle(title);
  const b = foldTitle(original);
  return a !== b && isHalf(a) && isHalf(b) ? [a, b] : undefined;
}

// A title never ends with these, so a separator after one joins words ("and / or", "dan / atau", "w / o").
const JOINING = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'with', 'for', 'to', 'by', 'at', 'w', 'dan', 'atau', 'yang', 'di', 'pada', 'dengan', 'untuk', 'dari']);

/**
 * The parts between " / " or " | " separators, or a title and its bracketed translation at the
 * end. A slash inside a phrase is no separator: between two acronyms or numbers ("HIV / AIDS",
 * "24 / 7", in a title not all in capitals) or after a word that joins ("and / or").
 */
function splitAt(title: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let at = nextSeparator(title, 0); at > 0; at = nextSeparator(title, at + 3)) {
    if (joinsWords(title, at)) continue;
    parts.push(title.slice(from, at));
    from = at + 3;
  }
  if (parts.length) return [...parts, title.slice(from)];
  let end = title.length - 1;
  while (end > 0 && (title[end] === ' ' || title[end] === '.')) end--;
  const close = title[end];
  if (close !== ']' && close !== ')') return undefined;
  const open = title.lastIndexOf(close === ']' ? '[' : '(', end);
  return open > 0 ? [title.slice(0, open), title.slice(open + 1, end)] : undefined;
}

/** Where the next " / " or " | " starts, from `from` on; -1 when none. */
function nextSeparator(title: string, from: number): number {
  const slash = title.indexOf(' / ', from);
  const bar = title.indexOf(' | ', from);
  return slash < 0 ? bar : bar < 0 ? slash : Math.min(slash, bar);
}

function joinsWords(title: string, at: number): boolean {
  const before = title.slice(title.lastIndexOf(' ', at - 1) + 1, at);
  const after = title.slice(at + 3).split(' ', 1)[0];
  if (JOINING.has(before.toLowerCase())) return true;
  const plain = (word: string) => word !== '' && word === word.toUpperCase();
  return plain(before) && plain(after) && title !== title.toUpperCase();
}

function enoughWords(text: string): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' ', 1); i >= 0 && spaces < MIN_HALF_WORDS - 1; i = text.indexOf(' ', i + 1)) if (text[i - 1] !== ' ') spaces++;
  return spaces >= MIN_HALF_WORDS - 1;
}

function isHalf(folded: string): boolean {
  return folded.length >= MIN_TITLE_LENGTH && folded.split(' ').length >= MIN_HALF_WORDS && !isGenericTitle(folded);
}

/** 'id' or 'en' by the function words a folded half holds more of; '' when it holds neither more. */
function language(folded: string): string {
  let id = 0;
  let en = 0;
  for (const word of folded.split(' ')) {
    if (INDONESIAN.has(word)) id++;
    else if (ENGLISH.has(word)) en++;
  }
  return id > en ? 'id' : en > id ? 'en' : '';
}
