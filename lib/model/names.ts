// Words written beside an author's name that are not part of it: academic titles before it
// ("Prof. Dr.", "Hj.", "dr." — the Indonesian title of a physician), degrees after it
// (Indonesian journals write "Siti Rahmawati, S.Kep., Ns., M.Kep" and "Ns. Budi Santoso,
// M.Kep., Sp.Kep.An") and, for matching only, generational suffixes ("Smith, Jr., Robert").
// Capitalised as written: "DR" or "IV" may be initials.
import { DOTTED_DEGREE, DOTTED_DEGREES } from './names-in-one';

// "Bdn." and "Bd." (bidan, midwife), "Ners.", "apt." (apoteker, pharmacist) and "Psikolog" are professional titles;
// "Dr.-Ing." and "Dipl.-Ing." German ones, written as one word.
const TITLE_OR_DEGREE = /^(?:Dr|dr|Prof|Hj|Drs|Dra|Ir|Ns|Ners|Bdn|Bd|apt|Apt|PhD|Ph\.D|Psikolog|PSIKOLOG|Dr\.?-Ing|Dipl\.?-Ing)$/;
// The field of a doctorate, written after the title with its dot: "Dr. Eng." (Indonesian and Japanese
// engineering doctorates: Mendeley writes "Naba, Dr. Eng. Agus"), "Dr. rer. nat.", "Dr. med. dent.",
// "Dr.-Ing. habil.", or joined ("Dr. rer.nat."). Dropped only after a title or degree: "Eng, Wei"
// and "Ing, Li" are names. The honorary doctorate, honoris causa, in small letters, with or without
// spaces ("Prof. Dr. h. c. Hans Müller", "Dr. h.c. mult."): "H. C. Andersen" is initials.
const FIELD = String.raw`(?:[Ee]ng|[Ii]ng|[Rr]er|[Nn]at|[Mm]ed|[Dd]ent|[Vv]et|[Pp]hil|[Pp]ol|[Oo]ec|[Tt]echn|[Ss]c|[Hh]abil|[Jj]ur|[Aa]gr|[Tt]heol|[Pp]aed|[Ss]oc|h\.c|h|c|mult)\.`;
const DOCTOR_FIELD = new RegExp(`^(?:${FIELD})+$`);
// The title with its field joined to it, as German doctorates are often written: "Dr.rer.nat.", "Dr.med.".
const TITLE_WITH_FIELD = new RegExp(`^(?:Dr|Prof)\\.(?:${FIELD})+$`);
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
// A degree: letters with a dot inside and a small letter ("S.Kep", "M.Kes", "Sp.OG", "A.Md.Keb"); "D.A." is initials.
const DEGREE = /^[A-Z][A-Za-z]*\.[A-Z][A-Za-z.]*$/;
// Given names Indonesians shorten with a dot and no space ("Muh.Syukri", "Moh.Hasan", "St.Halimah",
// "Abd.Rahman"), as Bangladeshi authors shorten Muhammad ("Md.Wahidul Alam": SpringerLink, Scopus):
// shaped like a degree, but a whole name follows the dot. After "Md." not an Indonesian diploma's
// field (Ahli Madya: "A.Md.Keb", "A.Md.Akp", "A.Md.Par"; those of one or two letters are no name anyway).
const SHORTENED_NAME = /^(?:(?:Muh|Moh|Moch|Mochd|Mohd|Muhd|Mhd|Much|St|Abd|Sri|Hj)\.[A-Z][a-z]{2,}|Md\.(?!(?:Keb|Kep|Kes|Kom|Keu|Farm|Rad|Akp|Par|Hum|Tra|Log)$)[A-Z][a-z]{2,})$/;
// A specialty written after a degree: "M.Kes (Epid)", "Sp.Kep (Mat)", and the consultant's
// "(K)" after a specialist's degree ("Sp.OG(K)", "SpA(K)"): left in, "(K)" read as the name.
const SPECIALTY = /((?:\.[A-Z]|\bSp[A-Z])[A-Za-z]*\.?)\s*\([A-Z][A-Za-z.]{0,12}\)/g;
// A medical specialist's degree, with or without its dot ("Sp.OG", "SpOG", "Sp.A", "SpPD"):
// no name or initials start with "Sp" and a capital, so it is one wherever it stands.
const SPECIALIST = /^Sp\.?[A-Z][A-Za-z.]*$/;
// Degrees Indonesian journals also write beside the name without a comma ("Dewi Sari SKM",
// "SKM Dewi Sari"): dropped from either end of a name of three words or more only, since
// "Sari SKM" may be S. K. M. Sari. Kept to the unmistakable ones ("MARS" may be a name).
const BESIDE_NAME = new Set(['SKM', 'SST', 'MKM', 'MPH', 'SSIT', 'MKES', 'MKEP', 'MKEB', 'SKEP', 'SKEB', 'SPSI', 'SFARM', 'AMK']);
// Degrees and credentials (nursing and midwifery ones too: CINAHL writes "Smith, Jane, RN, PhD"),
// read as such only after a comma ("Siti Aminah, SKM"): before it they could be initials.
const CAPITAL_DEGREES = new Set([
  ...['SKM', 'MPH', 'SST', 'MKM', 'AMD', 'MSC', 'BSC', 'PHD', 'DNP', 'MSN', 'BSN', 'MKES', 'MKEP', 'SKEP', 'SKP', 'SPOG'],
  ...['MNS', 'MARS', 'MKEB', 'SKEB', 'STR', 'MTR', 'SSIT', 'SFARM', 'SGZ', 'SPSI', 'NERS', 'AMK'],
  ...['APRN', 'CCRN', 'FAAN', 'FACNM', 'IBCLC', 'BSCN', 'MSCN', 'BSC(N)', 'MSC(N)', 'BMID', 'MMID'],
  // Doctorates and degrees of medicine, pharmacy and social work that ProQuest and PubMed-era lists keep ("Garcia, Maria, PharmD").
  ...['DRPH', 'EDD', 'PSYD', 'PHARMD', 'MBBS', 'MSPH', 'LCSW', 'MPHIL', 'DPHIL'],
  // British and Commonwealth medical degrees and fellowships ("Sarah Smith MBChB, FRCS").
  ...['MBCHB', 'MBBCH', 'BMBS', 'FRCS', 'FRCP', 'FRCPC', 'FRACS', 'FRACP', 'MRCP', 'MRCS', 'FRCOG', 'MRCOG', 'MRCGP', 'FACS', 'FACP'],
]);
// Credentials short enough to be someone's initials ("Smith, RN" may be R. N. Smith): dropped only
// after the given names ("Smith, Jane, RN") or before another credential ("Jane Smith, RN, MSN").
const INITIAL_LIKE_CREDENTIALS = new Set([
  ...['RN', 'RM', 'NP', 'MN', 'BN', 'CNM', 'CPM', 'FNP', 'CNS', 'RGN', 'RMN', 'RPN', 'LPN', 'NS'],
  // "Smith, John, MD, PhD", "DeLuca, Julia B, MLS" (ProQuest, PsycINFO).
  ...['MD', 'MS', 'MA', 'MLS', 'DDS', 'MSW', 'MBA', 'MPA', 'JD', 'PT', 'DPT', 'RD', 'MHS', 'OT'],
]);
// A credential as written: capitals ("SKM"), or capitals then small letters ("MKep", "SKp", "BScN");
// never a capitalised word ("Mars" is a name, "MARS" a master's degree).
const CREDENTIAL_SHAPE = /^[A-Z]{2}|^[A-Z][a-z]*[A-Z]/;
// DOTTED_DEGREE ("S.K.M.", "M.P.H", "M.K.M.", defined with the name splitter): shaped
// like initials ("Rahman, S.K.M." may be S. K. M. Rahman), so read as degrees only after a whole
// name (see Place) or at the end of one ("Dewi Sari S.K.M.").
// Cheap test first: most names hold none of these, and names are read per record (10,000-record
// imports). A degree has a small letter beside a dot ("S.Kep", "Sp.OG"); initials ("J.A.") do not.
const MAY_HOLD = new RegExp(
  `${/\b(?:Dr|dr|Dipl|Prof|Hj|Drs|Dra|Ir|Ns|NS|Ners|Bdn?|Psikolog|PSIKOLOG|apt|Apt|Jr|Sr|PhD|Ph\.D|II|III|IV|SKM|SST|MKM|MPH|SSIT|SSiT|AMK|[SM]K(?:es|ep|eb|ES|EP|EB))\b|\bSp\.?[A-Z]|[a-z]\.[A-Z]|\.[A-Z][a-z]|[A-Z]\.[A-Z]{2}|,\s*(?:[A-Z]{2}|(?:[SMD]|Sp|A\.? ?[Mm]d)\.? ?[A-Z][a-z]|[A-Z][a-z]*[A-Z]|[BM](?:Sc|Mid))/.source}|\\b(?:${DOTTED_DEGREES})`,
);

/**
 * Where a word stands: in the name's `part`-th comma part; `credentialsAfter` when the parts after
 * it are all degrees; `afterName` when a whole name is before it ("Siti Aminah, S.K.M." or
 * "Aminah, Siti, S.K.M.", not "Rahman, S.K.M.").
 */
interface Place {
  part: number;
  credentialsAfter: boolean;
  afterName: boolean;
}

function dropped(word: string, at: Place, suffixes: boolean): boolean {
  const bare = word.replace(/\.+$/, '');
  if (TITLE_OR_DEGREE.test(bare) || SPECIALIST.test(bare) || (suffixes && SUFFIX.test(bare))) return true;
  // Initials ("D.A.") are capitals with one letter between dots; a degree has a small letter or a longer part ("S.KEP").
  if (DEGREE.test(bare) && (bare !== bare.toUpperCase() || /[A-Z]{2}/.test(bare)) && !SHORTENED_NAME.test(bare)) return true;
  if (at.part === 0) return false;
  if (DOTTED_DEGREE.test(word)) return at.afterName;
  const plain = word.replace(/\./g, '');
  const upper = plain.toUpperCase();
  if (CAPITAL_DEGREES.has(upper) && CREDENTIAL_SHAPE.test(plain)) return true;
  return INITIAL_LIKE_CREDENTIALS.has(plain) && (at.part > 1 || at.credentialsAfter);
}

/** The words of a comma part that are no title or degree: a doctorate's field too, after its title ("Dr. rer. nat."). */
function nameWords(part: string, at: Place, suffixes: boolean): string[] {
  let afterTitle = false;
  return part.split(' ').filter((word) => {
    if (!word) return false;
    afterTitle = (afterTitle && DOCTOR_FIELD.test(word)) || dropped(word, at, suffixes) || TITLE_WITH_FIELD.test(word);
    return !afterTitle;
  });
}

/** The name's words without a degree written at either end of it, two words at least kept. */
function withoutDegreesBeside(words: string[]): string[] {
  const beside = (word: string) => BESIDE_NAME.has(word.replace(/\./g, '').toUpperCase()) && CREDENTIAL_SHAPE.test(word);
  let from = 0;
  let to = words.length;
  // Dotted ones only after the name: "S.K.M. Abdur Rahman" may be initials.
  while (to - from > 2 && (beside(words[to - 1]) || DOTTED_DEGREE.test(words[to - 1]))) to--;
  while (to - from > 2 && beside(words[from])) from++;
  return to - from < words.length ? words.slice(from, to) : words;
}

/** Degrees that are also family names (Chinese Ma, Vietnamese Đỗ written Do): kept when they end a name. */
const FAMILY_IN_CAPITALS = new Set(['MA', 'DO']);

/** Where a word after a whole name and its credentials stands: every degree is one there. */
const LATE: Place = { part: 2, credentialsAfter: true, afterName: true };

/** True when every word of the parts is a degree or credential wherever it stands. */
function allCredentials(parts: readonly string[], suffixes: boolean): boolean {
  return parts.every((part) => nameWords(part, LATE, suffixes).length === 0);
}

/**
 * A name an export always writes "Given Family" (SpringerLink's CSV) without the degrees after it:
 * "Sarah Smith MD, PhD" → "Sarah Smith", "Jane Smith MD, PhD, MASNC" → "Jane Smith". Such a name has
 * no comma of its own, so what follows one is credentials; a word after the second that is a degree
 * goes too ("Sarah Smith MBChB"). Not for other names: in "Abu Bakar MD" or "Smith MD" MD are initials.
 */
export function withoutDegreesAfterName(written: string): string {
  const comma = written.indexOf(',');
  const words = (comma < 0 ? written : written.slice(0, comma)).split(' ').filter(Boolean);
  let to = words.length;
  // SpringerLink writes some family names in capitals ("Wei ZHANG"): "Xiao Wei MA" is Ma Xiaowei, not an MA.
  if (FAMILY_IN_CAPITALS.has(words[to - 1])) return comma < 0 ? written : words.join(' ');
  while (to > 2 && dropped(words[to - 1], LATE, false)) to--;
  return to >= 2 && (to < words.length || comma >= 0) ? words.slice(0, to).join(' ') : written;
}

/**
 * An author's name without titles and degrees (and generational suffixes when `suffixes`),
 * its comma parts kept: "Siti Rahmawati, S.Kep., Ns., M.Kep" → "Siti Rahmawati",
 * "Rahmawati, Siti, S.Kep" → "Rahmawati, Siti". A name that is nothing else stays as written.
 */
export function withoutDegrees(written: string, suffixes = false): string {
  if (!MAY_HOLD.test(written)) return written;
  const name = written.includes('(') ? written.replace(SPECIALTY, '$1') : written;
  const parts = name.split(',');
  const bare = parts
    .map((part, i) => {
      const credentialsAfter = i === 1 && parts.length > 2 && allCredentials(parts.slice(2), suffixes);
      const at: Place = { part: i, credentialsAfter, afterName: i > 1 || credentialsAfter || (i === 1 && isWholeName(parts[0])) };
      // A degree written apart ("Budi Santoso, S. Kep., M. Kes"): its words alone look like initials.
      if (i > 0 && isDegreeOnly(part.trim()) && (at.afterName || !DOTTED_DEGREE.test(part.trim()))) return '';
      const words = nameWords(part, at, suffixes);
      return (i === 0 ? withoutDegreesBeside(words) : words).join(' ');
    })
    .filter(Boolean)
    .join(', ');
  return bare || written;
}

/** "Siti Aminah", "SITI AMINAH": two words or more, the first capitalised; not "Rahman" nor "van der Berg". */
const isWholeName = (part: string) => /^\s*\p{Lu}\S*\s+\S/u.test(part);

// Splitting one field into names lives apart so that the content scripts (lib/sites/meta.ts) take
// it without the rest of this file.
export { DEGREE_PART, namesInOne, ONE_NAME } from './names-in-one';

// A degree split off as if it were an author: Google Scholar (and Publish or Perish, which reads
// it) lists "A Rahmawati, S Kep, M Kep" when a journal printed the degrees beside the name.
// Also a specialist's degree ("Sp.A", "Sp.OG(K)"), a diploma ("Amd.Keb", "A.Md.Keb"), "Ns.",
// "Bd.", "Psikolog", "MPH" and "MARS", and up to three of them in one "author" ("SKM MPH").
const ONE_DEGREE =
  /(?:(?:[SMD][1-4]?|A\.? ?[Mm]d)\.? ?(?:Kep|Kes|Keb|Kp|Tr|ST|Si|SiT|Farm|Gz|Gizi|Psi|KM|Ked|Biomed|Epid|Pd|Kom|Ft|Sc|Mat|An|OG|Ns)(?:\.? ?(?:Kep|Keb|Kes|Mat|An|Kom|T|Ns))?\.?|Sp\.? ?[A-Z][A-Za-z]{0,4}(?:\.? ?[A-Z][a-z]{0,3})?\.?(?: ?\(K\))?|Ns\.?|Bdn?\.?|Psikolog|PSIKOLOG|MPH|MARS)/
    .source;
const ONE_OR_DOTTED = `(?:${ONE_DEGREE}|(?:${DOTTED_DEGREES})\\.?)`;
const DEGREE_ONLY = new RegExp(`^${ONE_OR_DOTTED}(?: ${ONE_OR_DOTTED}){0,2}$`);

/** True when the "name" is only degrees ("S Kep", "M.Kes", "A Md Keb", "Sp.OG(K)", "Ns.", "SKM MPH"). */
export const isDegreeOnly = (name: string): boolean => name.length <= 16 && !isLower(name.charCodeAt(1)) && DEGREE_ONLY.test(name);
// "Sp", "Amd", "Ns", "Bd" and "Psikolog" are the degrees whose second letter is small; a name's usually is.
const isLower = (c: number) => c >= 97 && c <= 122 && c !== 112 && c !== 109 && c !== 115 && c !== 100;

/** Lower-case words a person's name may hold ("van der Berg", "Abdullah bin Ahmad", "Ahmad ibn Said"). */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'ter',
  'ten',
]);
