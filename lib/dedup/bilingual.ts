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
 */
export function titleHalves(title: string | undefined): [string, string] | undefined {
  if (!title) return undefined;
  const cut = splitAt(title);
  // Words counted before folding: " | ScienceDirect", "(RCT)" are not halves, and most records
  // that have a separator have one of those.
  if (!cut || !enoughWords(cut[0]) || !enoughWords(cut[1])) return undefined;
  const a = foldTitle(cut[0]);
  const b = foldTitle(cut[1]);
  if (!isHalf(a) || !isHalf(b)) return undefined;
  const la = language(a);
  const lb = language(b);
  return la && lb && la !== lb ? [a, b] : undefined;
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

/** The two sides of " / " or " | ", or a title and its bracketed translation at the end. */
function splitAt(title: string): [string, string] | undefined {
  for (const sep of [' / ', ' | ']) {
    const at = title.indexOf(sep);
    if (at > 0) return [title.slice(0, at), title.slice(at + sep.length)];
  }
  let end = title.length - 1;
  while (end > 0 && (title[end] === ' ' || title[end] === '.')) end--;
  const close = title[end];
  if (close !== ']' && close !== ')') return undefined;
  const open = title.lastIndexOf(close === ']' ? '[' : '(', end);
  return open > 0 ? [title.slice(0, open), title.slice(open + 1, end)] : undefined;
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
