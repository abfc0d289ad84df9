import type { Article } from '../model';
import { foldTitle, sameFirstAuthor } from './normalize';
import { cutAtStart, listGoesOn } from '../model/cut';

// Google Scholar shows a long title or byline as the window around the words searched for, cut
// with "…" at either end (Article.cut): "… erosion, uplift and unroofing of the Transantarctic
// Mountains …", "…, DN Mariyani, S Rahmawati". Such a title is never the whole title, nor is the
// first name shown the first author: matching has to know what part it holds.

type Sighting = Pick<Article, 'title' | 'authors' | 'authorsTruncated' | 'cut' | 'year'>;

/** Words a title's part key holds, from the end Scholar kept. */
const PART_WORDS = 6;
/**
 * A cut title whose folded text is shorter than this is too little of the title to match by:
 * "stunting in indonesia" is the part of many. Scholar's windows show some 150 characters.
 */
const MIN_PART = 40;
/**
 * Titles Scholar can show whole are not cut: only a full title longer than this carries the keys
 * a cut one is looked up by (two more index entries per long record, none for the others).
 */
export const LONG_TITLE = 100;

/** True for an index entry made by partKeys (checked before a match is taken). */
export const isPartKey = (key: string) => key.includes('|part:');

/**
 * Index entries of a title by its first and last words and year: a full long title has both,
 * a title cut at its end is found by its first words, one cut at its start by its last words
 * (one cut at both ends by neither).
 */
export function partKeys(article: Sighting): string[] {
  const cut = article.cut?.title;
  // Most titles are short: they are not folded a second time (matchKeys folded them).
  if (!article.year || (!cut && article.title.length <= LONG_TITLE)) return [];
  const folded = foldTitle(article.title);
  if (folded.length < (cut ? MIN_PART : LONG_TITLE + 1) || cut === 'both') return [];
  const words = folded.split(' ');
  if (words.length <= PART_WORDS) return [];
  const keys: string[] = [];
  if (cut !== 'start') keys.push(`part:head:${words.slice(0, PART_WORDS).join(' ')}|${article.year}`);
  if (cut !== 'end') keys.push(`part:tail:${words.slice(-PART_WORDS).join(' ')}|${article.year}`);
  return keys;
}

/**
 * True when one title is a part Scholar cut of the other: the part's folded text begins the
 * whole (cut at its end), ends it (cut at its start) or lies in it (both). Two cut titles agree
 * when one holds the other.
 */
export function titlePartOf(a: Sighting, b: Sighting): boolean {
  const [part, whole] = a.cut?.title ? [a, b] : [b, a];
  const cut = part.cut?.title;
  const p = foldTitle(part.title);
  const w = foldTitle(whole.title);
  if (!cut || p.length < MIN_PART) return false;
  if (whole.cut?.title) return w.includes(p) || p.includes(w);
  return cut === 'end' ? w.startsWith(p) : cut === 'start' ? w.endsWith(p) : w.includes(p);
}

/** The author list shown was cut at its start: its first name is not the first author. */
const shownFromLater = (s: Sighting) => cutAtStart(s.cut?.authors);

/**
 * True when the names shown follow one another in `list` from position `from` on (other names
 * may come between, as sources differ on who they list). A list that may go on past its last
 * name accepts the names it cannot show once the first is found.
 */
function inOrder(shown: readonly string[], list: Sighting, from: number): boolean {
  let at = from;
  for (let i = 0; i < shown.length; i++) {
    while (at < list.authors.length && !sameFirstAuthor(list.authors[at], shown[i])) at++;
    if (at >= list.authors.length) return i > 0 && listGoesOn(list);
    at++;
  }
  return shown.length > 0;
}

/**
 * Title + year matches need the same authors: the same first author, or, when a list was cut
 * at its start ("…, DN Mariyani, S Rahmawati"), its names shown as later authors of the other,
 * in order ("D Lestari, A Putri, DN Mariyani, S Rahmawati"). Two lists cut at their start agree
 * when the names of one follow in the other.
 */
export function sameAuthors(a: Sighting, b: Sighting): boolean {
  const aCut = shownFromLater(a);
  const bCut = shownFromLater(b);
  if (!aCut && !bCut) return sameFirstAuthor(a.authors[0], b.authors[0]);
  if (aCut && bCut) return inOrder(a.authors, b, 0) || inOrder(b.authors, a, 0);
  const [shown, list] = aCut ? [a, b] : [b, a];
  return inOrder(shown.authors, list, 1);
}
