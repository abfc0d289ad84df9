// Titles in two languages in one field: Garuda and many OJS journals write "Judul Indonesia /
// English title" (either order, or with " | "), or the translation in brackets at the end
// ("Judul Indonesia [English title]"), while another database holds one of the halves alone.
import { enoughWords, isHalf, language } from './language';
import { foldTitle } from './normalize';
import { splitAt } from './seams';

// Only a title whose two halves are in different languages (lib/dedup/language.ts) is split:
// "Effect of A / a randomised trial" is one English title, and two papers of one author ending
// "(a randomised controlled trial)" must not match by that half. Where it is cut: seams.ts.

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
