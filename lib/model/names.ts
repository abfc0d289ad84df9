// Words written beside an author's name that are not part of it: academic titles before it
// ("Prof. Dr.", "Hj.", "dr." — the Indonesian title of a physician), degrees after it
// (Indonesian journals write "Siti Rahmawati, S.Kep., Ns., M.Kep" and "Ns. Budi Santoso,
// M.Kep., Sp.Kep.An") and, for matching only, generational suffixes ("Smith, Jr., Robert").
// Capitalised as written: "DR" or "IV" may be initials.

const TITLE_OR_DEGREE = /^(?:Dr|dr|Prof|Hj|Drs|Dra|Ir|Ns|PhD|Ph\.D)$/;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
// A degree: letters with a dot inside and a small letter ("S.Kep", "M.Kes", "Sp.OG", "A.Md.Keb"); "D.A." is initials.
const DEGREE = /^[A-Z][A-Za-z]*\.[A-Z][A-Za-z.]*$/;
// Degrees and credentials (nursing and midwifery ones too: CINAHL writes "Smith, Jane, RN, PhD"),
// read as such only after a comma ("Siti Aminah, SKM"): before it they could be initials.
const CAPITAL_DEGREES = new Set([
  ...['SKM', 'MPH', 'SST', 'MKM', 'AMD', 'MSC', 'BSC', 'PHD', 'DNP', 'MSN', 'BSN', 'MKES', 'MKEP', 'SKEP', 'SPOG'],
  ...['APRN', 'CCRN', 'FAAN', 'FACNM', 'IBCLC', 'BSCN', 'MSCN', 'BScN', 'MScN', 'BSc(N)', 'MSc(N)', 'BMid', 'MMid'],
]);
// Credentials short enough to be someone's initials ("Smith, RN" may be R. N. Smith): dropped only
// after the given names ("Smith, Jane, RN") or before another credential ("Jane Smith, RN, MSN").
const INITIAL_LIKE_CREDENTIALS = new Set(['RN', 'RM', 'NP', 'MN', 'BN', 'CNM', 'CPM', 'FNP', 'CNS', 'RGN', 'RMN', 'RPN', 'LPN']);
// Cheap test first: most names hold none of these, and names are read per record (10,000-record
// imports). A degree has a small letter beside a dot ("S.Kep", "Sp.OG"); initials ("J.A.") do not.
const MAY_HOLD = /\b(?:Dr|dr|Prof|Hj|Drs|Dra|Ir|Ns|Jr|Sr|PhD|Ph\.D|II|III|IV)\b|[a-z]\.[A-Z]|\.[A-Z][a-z]|,\s*(?:[A-Z]{3}|(?:RN|RM|NP|MN|BN)\b|[BM](?:Sc|Mid))/;

/** Where a word stands: in the name's `part`-th comma part; `credentialsAfter` when the parts after it are all degrees. */
interface Place {
  part: number;
  credentialsAfter: boolean;
}

function dropped(word: string, at: Place, suffixes: boolean): boolean {
  const bare = word.replace(/\.+$/, '');
  if (TITLE_OR_DEGREE.test(bare) || (suffixes && SUFFIX.test(bare))) return true;
  if (DEGREE.test(bare) && bare !== bare.toUpperCase()) return true;
  if (at.part === 0) return false;
  const plain = word.replace(/\./g, '');
  return CAPITAL_DEGREES.has(plain) || (INITIAL_LIKE_CREDENTIALS.has(plain) && (at.part > 1 || at.credentialsAfter));
}

/** True when every word of the parts is a degree or credential wherever it stands. */
function allCredentials(parts: readonly string[], suffixes: boolean): boolean {
  const late: Place = { part: 2, credentialsAfter: true };
  return parts.every((part) => part.split(' ').every((word) => !word || dropped(word, late, suffixes)));
}

/**
 * An author's name without titles and degrees (and generational suffixes when `suffixes`),
 * its comma parts kept: "Siti Rahmawati, S.Kep., Ns., M.Kep" → "Siti Rahmawati",
 * "Rahmawati, Siti, S.Kep" → "Rahmawati, Siti". A name that is nothing else stays as written.
 */
export function withoutDegrees(name: string, suffixes = false): string {
  if (!MAY_HOLD.test(name)) return name;
  const parts = name.split(',');
  const bare = parts
    .map((part, i) => {
      const at: Place = { part: i, credentialsAfter: i === 1 && parts.length > 2 && allCredentials(parts.slice(2), suffixes) };
      return part
        .split(' ')
        .filter((word) => word && !dropped(word, at, suffixes))
        .join(' ');
    })
    .filter(Boolean)
    .join(', ');
  return bare || name;
}
