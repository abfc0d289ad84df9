// Words written beside an author's name that are not part of it: academic titles before it
// ("Prof. Dr.", "Hj.", "dr." — the Indonesian title of a physician), degrees after it
// (Indonesian journals write "Siti Rahmawati, S.Kep., Ns., M.Kep" and "Ns. Budi Santoso,
// M.Kep., Sp.Kep.An") and, for matching only, generational suffixes ("Smith, Jr., Robert").
// Capitalised as written: "DR" or "IV" may be initials.

const TITLE_OR_DEGREE = /^(?:Dr|dr|Prof|Hj|Drs|Dra|Ir|Ns|PhD|Ph\.D)$/;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
// A degree: letters with a dot inside and a small letter ("S.Kep", "M.Kes", "Sp.OG", "A.Md.Keb"); "D.A." is initials.
const DEGREE = /^[A-Z][A-Za-z]*\.[A-Z][A-Za-z.]*$/;
// Degrees written in capitals, read as such only after a comma ("Siti Aminah, SKM"): before it they could be initials.
const CAPITAL_DEGREES = new Set(['SKM', 'MPH', 'SST', 'MKM', 'AMD', 'MSC', 'BSC', 'PHD', 'DNP', 'MSN', 'BSN', 'MKES', 'MKEP', 'SKEP', 'SPOG']);
// Cheap test first: most names hold none of these, and names are read per record (10,000-record
// imports). A degree has a small letter beside a dot ("S.Kep", "Sp.OG"); initials ("J.A.") do not.
const MAY_HOLD = /\b(?:Dr|dr|Prof|Hj|Drs|Dra|Ir|Ns|Jr|Sr|PhD|Ph\.D|II|III|IV)\b|[a-z]\.[A-Z]|\.[A-Z][a-z]|,\s*[A-Z]{3}/;

function dropped(word: string, afterComma: boolean, suffixes: boolean): boolean {
  const bare = word.replace(/\.+$/, '');
  if (TITLE_OR_DEGREE.test(bare) || (suffixes && SUFFIX.test(bare))) return true;
  if (DEGREE.test(bare) && bare !== bare.toUpperCase()) return true;
  return afterComma && CAPITAL_DEGREES.has(word.replace(/\./g, ''));
}

/**
 * An author's name without titles and degrees (and generational suffixes when `suffixes`),
 * its comma parts kept: "Siti Rahmawati, S.Kep., Ns., M.Kep" → "Siti Rahmawati",
 * "Rahmawati, Siti, S.Kep" → "Rahmawati, Siti". A name that is nothing else stays as written.
 */
export function withoutDegrees(name: string, suffixes = false): string {
  if (!MAY_HOLD.test(name)) return name;
  const bare = name
    .split(',')
    .map((part, i) =>
      part
        .split(' ')
        .filter((word) => word && !dropped(word, i > 0, suffixes))
        .join(' '),
    )
    .filter(Boolean)
    .join(', ');
  return bare || name;
}
