// One field holding several author names, read alike from imported files (RIS) and from pages
// (lib/sites/meta.ts). A module of its own: every content script that reads <meta> tags bundles it,
// and they have a size budget (README), so it holds nothing else.

/** "Rahmawati S", "van der Berg AJ": a family name then its initials, as PubMed and Vancouver write names. */
const VANCOUVER = /^\p{Lu}[\p{L}'’-]+(?: [\p{L}'’-]+)* \p{Lu}{1,3}$/u;

/** An Indonesian degree written apart from the name ("S. Kep.", "M. Kes", "Ns.", "Sp.OG"). */
export const DEGREE_PART = /^(?:S|M|D|Sp|Ns|A\.? ?[Mm]d)\.?(?: ?[A-Z][A-Za-z]{0,5}\.?){0,2}(?: ?\(K\))?$/;

// A degree part that is no initial and name ("S Aminah", "D. Sari"): a small letter before a capital
// ("S.Kep", "Sp.OG"), capitals after a dot ("S.KEP"), "(K)", capitals ("SKM", "S.K.M."), "Ns.", or a degree word ("S. Kep.", "M. Kes").
const SURE_DEGREE = /[a-z]\.?[A-Z]|\.[A-Z][a-z]|\.[A-Z]{2}|^Sp\.? [A-Z]|\(K\)|^[A-Z]{2,}\.?$|^Ns\.?$|\b(?:Kep|Kes|Keb|Kp|Tr|ST|Si|Farm|Gz|Psi|KM|Ked|Biomed|Epid|Pd|Kom|Sc|OG)\b/;

// A title or degree not shaped like DEGREE_PART: "Bd.", "Psikolog", "Apt.", "Ph.D", "MSc", "MPH", "MARS".
const TITLE_PART = /^(?:Bdn?|Psikolog|PSIKOLOG|[Aa]pt|Ph\.? ?D|[BM]\.? ?Sc|MPH|MARS|Ners)\.?$/;

/** The dotted degrees as a pattern's alternatives, for the patterns that list them among others (lib/model/names.ts). */
export const DOTTED_DEGREES = 'S\\.K\\.M|M\\.P\\.H|M\\.K\\.M';
/** Public-health degrees with a dot after each letter ("S.K.M.", "M.P.H", "M.K.M."), shaped like initials. */
export const DOTTED_DEGREE = /* @__PURE__ */ new RegExp(`^(?:${DOTTED_DEGREES})\\.?$`);

// A person's part: a name word and another ("Budi Santoso", "I Made Wirawan", "Abd. Rahman",
// "Prof. dr. Ani Sari", "SITI AMINAH"); not a degree written with a space ("M. Hum", "MSc Nursing",
// "PhD Candidate"; "SKM MPH" is split off, then dropped as degrees) nor an affiliation.
const PERSON = /^(?:(?:Prof|Dr|dr|drg|apt|Hj)\.? )*(?:I|\p{Lu}\p{Ll}+\.?|\p{Lu}{2,}) \p{Lu}/u;
const AFFILIATION =
  /^(?:univ|inst|fa[kc]ult|polite|poltek|stik|akad|sekolah|school|depart|jurusan|pro(?:di|gram)|magister|rumah sakit|rsu|hospital|puskesmas|dinas|dosen|kemen|badan|lembaga)/i;

/** A one-word name, as many Indonesians have ("Suharti"); the one shape for it, in imports and pages. */
export const ONE_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * A list whose last name is joined, not listed ("…, Ani Yulianti dan Rina Wati", "…, Anne Lee,
 * and Bo Kim", "Dewi Sari, Budi Santoso & Rina Wati"), with that joiner made a comma; else the
 * value as it is.
 */
function lastJoined(value: string): string {
  const last = value.lastIndexOf(',');
  const tail = value.slice(last + 1);
  const joiner = /^\s+(?:and|dan|&)\s+|\s+(?:and|dan|&)\s+/.exec(tail);
  if (!joiner) return value;
  return `${value.slice(0, last + 1)}${joiner.index === 0 ? ' ' : `${tail.slice(0, joiner.index)}, `}${tail.slice(joiner.index + joiner[0].length)}`;
}

/**
 * One field holding several names: "Lee, Ann; Kim, Bo", or three or more full names "Ann Lee,
 * Bo Kim, Cy Park" (Garuda's RIS and journal pages write them so), none an organisation's. Two parts ("Abu Bakar, Siti
 * Nur") or a degree among them ("Budi Santoso, S. Kep., M. Kes") make one name, unless a full
 * name follows a degree.
 */
export function namesInOne(value: string): string[] {
  if (value.includes(';')) return value.split(';');
  const comma = value.indexOf(',');
  if (comma < 0) return [value];
  // "…, Ani Yulianti dan Rina Wati", "…, Anne Lee, and Bo Kim": the last name is joined, not listed.
  const list = lastJoined(value);
  // Fewer than two commas ("Smith, J.", every name of a 10,000-record import): one name, no
  // split, unless both parts are Vancouver names ("Rahmawati S, Santoso BA"): two authors.
  if (value.indexOf(',', comma + 1) < 0) {
    // One comma and a joiner: three full names ("Dewi Sari, Budi Santoso & Rina Wati", as OJS
    // pages write one author tag) — never an organisation ("Ministry of Health, Republic of
    // Indonesia and …"), whose words are not all capitalised names.
    const three = list === value ? [] : list.split(',').map((p) => p.trim());
    if (three.length && three.every((p) => PERSON.test(p) && !AFFILIATION.test(p))) return three;
    const two = [value.slice(0, comma).trim(), value.slice(comma + 1).trim()];
    return two.every((p) => VANCOUVER.test(p)) ? two : [value];
  }
  const parts = list.split(',').map((p) => p.trim());
  // A full name after a degree for certain: a list of people, each a full name and its degrees
  // ("Andi Wijaya, Sp.OG (K), Budi Santoso, M. Kes"); degrees come after the whole name.
  const sure = parts.map((p) => (DEGREE_PART.test(p) && SURE_DEGREE.test(p)) || TITLE_PART.test(p) || DOTTED_DEGREE.test(p));
  const person = (i: number) => !sure[i] && PERSON.test(parts[i]) && !AFFILIATION.test(parts[i]);
  // Degrees that are not sure alone ("M. Hum") may stand between the sure one and the next person.
  let degree = false;
  let people = false;
  for (let i = 1; i < parts.length; i++) {
    if (sure[i]) degree = true;
    else if (person(i)) [people, degree] = [people || degree, false];
  }
  if (people) {
    const each: string[][] = [];
    parts.forEach((p, i) => (i === 0 || person(i) ? each.push([p]) : each[each.length - 1].push(p)));
    return each.map((names) => names.join(', '));
  }
  // Never an organisation's name with commas ("Kementerian Kesehatan, Badan Penelitian, & Pengembangan Kesehatan").
  if (parts.length > 2 && parts.every((p) => p.includes(' ') && !DEGREE_PART.test(p) && !AFFILIATION.test(p))) return parts;
  return oneNamesAmong(parts) ? parts : [value];
}

/**
 * Full names with one-word names among them ("Siti Rahmawati, Suharti, Dewi Lestari"): each part
 * a person, unless the list reads as "Family, Given" pairs (an even count, every family part one
 * word: "Rahmawati, Siti Nur, Santoso, Budi").
 */
function oneNamesAmong(parts: string[]): boolean {
  let full = 0;
  for (const p of parts) {
    if (PERSON.test(p) && !AFFILIATION.test(p)) full++;
    else if (!ONE_NAME.test(p) || TITLE_PART.test(p)) return false;
  }
  const pairs = parts.length % 2 === 0 && parts.every((p, i) => i % 2 === 1 || !p.includes(' '));
  return full >= 2 && !pairs;
}
