// Several authors in one field joined with "and" (Indonesian "dan", "&"): "Siti Rahmawati and
// Budi Santoso", "Rahmawati, Siti and Santoso, Budi", "Siti Rahmawati, Budi Santoso dan Dewi
// Lestari" — a single RIS AU line or a CSV cell. BibTeX's " and " is read by bibtex.ts.

import { NAME_PARTICLES, ONE_NAME } from '../model/names';
import { BODY, isDegree, namesPaired } from './paired-names';

const JOINER = /\s+(?:and|dan|&)\s+/;
const UPPER = /^\p{Lu}/u;

/** A person known by one name, as many Indonesians are ("Suharti"): one capitalised word, no organisation's. */
const oneName = (name: string) => ONE_NAME.test(name) && !BODY.test(name) && !NOT_A_NAME.test(name) && !isDegree(name);
/** Words that end a list of names without being one ("… and Sons", "… dan Tim"), and degrees isDegree does not know capitalised so. */
const NOT_A_NAME = /^(?:sons|brothers|partners|associates|colleagues|company|others|tim|kawan|lainnya|dkk|bidan|amd|skep|phd|mph|esq)$/i;

/** Two to six words, each capitalised (or an initial, or a particle), none an organisation's. */
function personName(name: string): boolean {
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => (UPPER.test(w) || NAME_PARTICLES.has(w)) && !BODY.test(w));
}

/**
 * The names of a field that joins persons' names with "and", "dan" or "&", or lists them as
 * "Family, Initials" pairs (APA: "Santoso, B., Lestari, D., & Sari, A."); undefined when it is not one.
 */
export function namesJoined(value: string): string[] | undefined {
  const paired = value.includes(',') ? namesPaired(value) : undefined;
  if (paired) return paired;
  if (!value.includes(' and ') && !value.includes(' dan ') && !value.includes(' & ')) return undefined;
  const names: string[] = [];
  for (const part of value.split(JOINER)) {
    // "Siti Rahmawati, Budi Santoso and …": full names listed with commas before the last one.
    // A serial comma before the joiner ("Sari D, Lestari A, and Putri N") leaves an empty piece.
    const pieces = part
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    // A one-name person may stand among them, never first ("Rahmawati, Siti Nur" is one name).
    if (pieces.length > 1 && pieces[0].includes(' ') && pieces.every((p) => p.includes(' ') || oneName(p))) names.push(...pieces);
    else names.push(pieces.join(', '));
  }
  // One-name persons beside a full name, or joined with the Indonesian "dan" ("Suharti dan
  // Sumarni"): "Johnson and Johnson" is no list of people.
  const persons = names.every((n) => personName(n) || oneName(n)) && (names.some(personName) || value.includes(' dan '));
  return names.length > 1 && persons ? names : undefined;
}
