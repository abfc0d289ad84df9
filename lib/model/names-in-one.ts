// One field holding several author names, read alike from imported files (RIS) and from pages
// (lib/sites/meta.ts). A module of its own: every content script that reads <meta> tags bundles it,
// and they have a size budget (README), so it holds nothing else.

/** "Rahmawati S", "van der Berg AJ": a family name then its initials, as PubMed and Vancouver write names. */
const VANCOUVER = /^\p{Lu}[\p{L}'’-]+(?: [\p{L}'’-]+)* \p{Lu}{1,3}$/u;

/** An Indonesian degree written apart from the name ("S. Kep.", "M. Kes", "Ns.", "Sp.OG"). */
export const DEGREE_PART = /^(?:S|M|D|Sp|Ns|A\.? ?[Mm]d)\.?(?: ?[A-Z][A-Za-z]{0,5}\.?){0,2}(?: ?\(K\))?$/;

// A degree part that is no initial and name ("S Aminah", "D. Sari"): a small letter before a capital
// ("S.Kep", "Sp.OG"), "(K)", capitals ("SKM", "S.K.M."), "Ns.", or a degree word ("S. Kep.", "M. Kes").
const SURE_DEGREE =
  /[a-z]\.?[A-Z]|\.[A-Z][a-z]|\(K\)|^[A-Z]{2,}\.?$|^(?:S\.K\.M|M\.P\.H|M\.K\.M|Ns)\.?$|\b(?:Kep|Kes|Keb|Kp|Tr|ST|Si|Farm|Gz|Psi|KM|Ked|Biomed|Epid|Pd|Kom|Sc|OG)\b/;

const NAME_WORD = /^\p{Lu}\p{Ll}+ /u;

/**
 * One field holding several names: "Lee, Ann; Kim, Bo", or three or more full names "Ann Lee,
 * Bo Kim, Cy Park" (Garuda's RIS and journal pages write them so). Two parts ("Abu Bakar, Siti
 * Nur") or a degree among them ("Budi Santoso, S. Kep., M. Kes") make one name, unless a full
 * name follows a degree.
 */
export function namesInOne(value: string): string[] {
  if (value.includes(';')) return value.split(';');
  // Fewer than two commas ("Smith, J.", every name of a 10,000-record import): one name, no
  // split, unless both parts are Vancouver names ("Rahmawati S, Santoso BA"): two authors.
  const comma = value.indexOf(',');
  if (comma < 0) return [value];
  if (value.indexOf(',', comma + 1) < 0) {
    const two = [value.slice(0, comma).trim(), value.slice(comma + 1).trim()];
    return two.every((p) => VANCOUVER.test(p)) ? two : [value];
  }
  const parts = value.split(',').map((p) => p.trim());
  // A full name after a degree for certain: a list of people, each a full name and its degrees
  // ("Andi Wijaya, Sp.OG (K), Budi Santoso, M. Kes"); degrees come after the whole name.
  const sure = parts.map((p) => DEGREE_PART.test(p) && SURE_DEGREE.test(p));
  // A person's part starts with a name word ("Budi Santoso"), not a degree ("MSc Nursing", "PhD Candidate").
  const person = (i: number) => !sure[i] && NAME_WORD.test(parts[i]);
  if (parts.some((_, i) => i > 0 && sure[i - 1] && person(i))) {
    const people: string[][] = [];
    parts.forEach((p, i) => (i === 0 || person(i) ? people.push([p]) : people[people.length - 1].push(p)));
    return people.map((names) => names.join(', '));
  }
  return parts.length > 2 && parts.every((p) => p.includes(' ') && !DEGREE_PART.test(p)) ? parts : [value];
}
