// An author list written twice, once with initials and once with the names written out: a hunt
// of real review exports found Rayyan files (RIS AU lines, the CSV "authors" cell) where a paper
// of 15 authors has 30 — "Smith, J.", …, "Doe, A.", then "Smith, John", …, "Doe, Alice" —
// presumably both forms of the file Rayyan was given (PubMed's AU and FAU, Scopus's "Authors" and
// "Author full names"). Read once, each person in the fuller form, whichever half it is in.
//
// Only a list whose second half names the same people in the same order as its first: each pair
// with one family name and initials that agree ("J." beside "John", "J. A." beside "John"). A real
// list with two people of one name ("Whytock, R.C." … "Whytock, R.T.") stays as it is.

import { foldText } from '../dedup/fold';

const INITIALS = /^\p{Lu}{1,3}$/u;
const WORD_STARTS = /(?:^|[\s.-])+(\p{L})/gu;

/** A name's family name and given names: "Smith, John A."; PubMed's "Smith JA", EPPI's "Brownstein C D"; "John A. Smith". */
function partsOf(name: string): [family: string, given: string] {
  const comma = name.indexOf(',');
  if (comma >= 0) return [name.slice(0, comma).trim(), name.slice(comma + 1)];
  const words = name.trim().split(/\s+/);
  // Initials in capitals after the family name.
  let end = words.length;
  while (end > 1 && INITIALS.test(words[end - 1])) end--;
  if (end < words.length) return [words.slice(0, end).join(' '), words.slice(end).join(' ')];
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

/** One family name, whatever its case or accents ("Černý" and "Cerny"), folded as duplicate matching folds names. */
function sameFamily(a: string, b: string): boolean {
  if (a === b || a.toLowerCase() === b.toLowerCase()) return a !== '';
  return foldText(a) === foldText(b);
}

/** The first letter of each given name, in capitals; a run of capitals ("JA") is initials already. */
function initialsOf(given: string): string {
  const text = given.trim();
  if (INITIALS.test(text)) return text;
  let out = '';
  for (const match of text.matchAll(WORD_STARTS)) out += match[1];
  return out.toUpperCase();
}

/** One person written two ways: one family name, and the shorter initials begin the longer ("J" and "JA"). */
function samePerson(one: string, other: string): boolean {
  const [familyA, givenA] = partsOf(one);
  const [familyB, givenB] = partsOf(other);
  if (!sameFamily(familyA, familyB)) return false;
  const a = initialsOf(givenA);
  const b = initialsOf(givenB);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === '' ? long === '' : long.startsWith(short);
}

/**
 * Whether two names may open with the same two letters: the first two pairs are compared so before
 * anything is parsed. A letter outside ASCII ("Č" of "Černý" beside "Cerny") is left to sameFamily.
 */
const sameStart = (a: string, b: string) => sameLetter(a.charCodeAt(0), b.charCodeAt(0)) && sameLetter(a.charCodeAt(1), b.charCodeAt(1));
const sameLetter = (x: number, y: number) => x === y || x > 0x7f || y > 0x7f;

/**
 * The list once, in place, when its second half repeats its first: each person kept in the longer
 * of its two forms. Called only for an even list of four names or more; the first two pairs' first
 * two letters are compared before anything is parsed, so an ordinary list costs that comparison.
 */
export function unrepeatNames(names: string[]): void {
  const half = names.length / 2;
  if (!sameStart(names[0], names[half]) || !sameStart(names[1], names[half + 1])) return;
  let written = false; // one person at least written two ways
  for (let i = 0; i < half; i++) {
    if (!samePerson(names[i], names[i + half])) return;
    written ||= names[i] !== names[i + half];
  }
  // "Kim, J.; Lee, S.; Kim, J.; Lee, S." may be four people (two names shared by many in Korea and
  // China); a longer list repeated word for word is no coincidence.
  if (!written && half < 3) return;
  for (let i = 0; i < half; i++) if (names[i + half].length > names[i].length) names[i] = names[i + half];
  names.length = half;
}
