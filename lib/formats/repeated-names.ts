// An author list written twice, once with initials and once with the names written out: a hunt
// of real review exports found Rayyan files (RIS AU lines, the CSV "authors" cell) where a paper
// of 15 authors has 30 — "Smith, J.", …, "Doe, A.", then "Smith, John", …, "Doe, Alice" —
// presumably both forms of the file Rayyan was given (PubMed's AU and FAU, Scopus's "Authors" and
// "Author full names"). Read once, each person in the fuller form, whichever half it is in.
//
// Only a list whose second half names the same people in the same order as its first: each pair
// with one family name and initials that agree ("J." beside "John", "J. A." beside "John"). A real
// list with two people of one name ("Whytock, R.C." … "Whytock, R.T.") stays as it is.

const INITIALS = /^\p{Lu}{1,3}$/u;
const WORD_STARTS = /(?:^|[\s.-])+(\p{L})/gu;

interface Person {
  family: string;
  initials: string;
}

/** Family name (folded) and the initials of the given names: "Smith, John A." → smith/JA; PubMed's "Smith JA" and "John A. Smith" alike. */
function personOf(name: string): Person {
  let family: string;
  let given: string;
  const comma = name.indexOf(',');
  if (comma >= 0) {
    family = name.slice(0, comma);
    given = name.slice(comma + 1);
  } else {
    const words = name.trim().split(/\s+/);
    // "Smith JA", EPPI's "Brownstein C D": initials in capitals after the family name.
    let end = words.length;
    while (end > 1 && INITIALS.test(words[end - 1])) end--;
    if (end < words.length) [family, given] = [words.slice(0, end).join(' '), words.slice(end).join(' ')];
    else [family, given] = [words[words.length - 1], words.slice(0, -1).join(' ')];
  }
  return { family: fold(family), initials: initialsOf(given) };
}

/** The first letter of each given name, in capitals; a run of capitals ("JA") is initials already. */
function initialsOf(given: string): string {
  const text = given.trim();
  if (INITIALS.test(text)) return text;
  let out = '';
  for (const match of text.matchAll(WORD_STARTS)) out += match[1];
  return out.toUpperCase();
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** One person written two ways: one family name, and the shorter initials begin the longer ("J" and "JA"). */
function samePerson(a: Person, b: Person): boolean {
  if (a.family !== b.family || !a.family) return false;
  const [short, long] = a.initials.length <= b.initials.length ? [a.initials, b.initials] : [b.initials, a.initials];
  return short === '' ? long === '' : long.startsWith(short);
}

/**
 * The list once, in place, when its second half repeats its first: each person kept in the longer
 * of its two forms. Called only for an even list of four names or more; the first pair's first
 * letters are compared before anything is parsed, so an ordinary list costs one comparison.
 */
export function unrepeatNames(names: string[]): void {
  const half = names.length / 2;
  if (names[0].charCodeAt(0) !== names[half].charCodeAt(0)) return;
  for (let i = 0; i < half; i++) if (!samePerson(personOf(names[i]), personOf(names[i + half]))) return;
  for (let i = 0; i < half; i++) if (names[i + half].length > names[i].length) names[i] = names[i + half];
  names.length = half;
}
