// One language code for a record, whether it came from a page or a file. Pages write ISO 639-2
// codes in their tags as often as two-letter ones (OJS's citation_language "eng", "ind", "may";
// DSpace's DC.language "en_US", dc.language.iso "spa"), PubMed and MEDLINE always do ("LA  - eng"),
// and the rest of Saring (the review's accepted languages, the language check, the tables) speaks
// ISO 639-1: "en", "id". The same article read from its page and from PubMed gets one code.

/**
 * Each two-letter code, then the three-letter codes that name it: ISO 639-2/B (bibliographic,
 * "ger", "may", "chi": MARC and library catalogues) and 639-2/T = 639-3 ("deu", "msa", "zho").
 * The languages reviewers in Indonesia and the region meet; "in" is Indonesian's withdrawn code.
 */
const TABLE =
  'en eng|id ind in|ms msa may zsm|jv jav|su sun|es spa|pt por|fr fre fra|de ger deu|zh chi zho|ja jpn|ar ara|nl dut nld|it ita|ru rus|ko kor|' +
  'tr tur|th tha|vi vie|fa per fas|tl tgl fil|hi hin|bn ben|ur urd|pl pol|sv swe|da dan|no nor nob|fi fin|el gre ell|he heb|cs cze ces|hu hun|' +
  'ro rum ron|uk ukr|ca cat|hr hrv|sr srp|af afr|sw swa|my bur mya|km khm|lo lao|ne nep|si sin|ta tam';

/** Every known code, two- and three-letter, lower-case, to its two-letter code. */
export const LANGUAGE_CODES: ReadonlyMap<string, string> = new Map(
  TABLE.split('|').flatMap((row) => {
    const codes = row.split(' ');
    return codes.map((code) => [code, codes[0]] as const);
  }),
);

/** A code, alone or with its region as locales write it ("en_US", "pt-BR", "ENG"). */
const CODE = /^([a-z]{2,3})(?:[-_][a-z]{2})?$/i;

/**
 * The two-letter code of a language written as a code: "eng", "ENG", "en_US" → "en"; "may", "msa"
 * → "ms". Anything else — a name ("English", "Bahasa Indonesia"), a list, a code not in the
 * table — stays as written.
 */
export function languageCode(value: string): string {
  // Most files name the language ("English"): longer than any code, no look-up.
  if (value.length > 6) return value;
  // PubMed's "eng" on every record: one look-up, no regex.
  const known = LANGUAGE_CODES.get(value);
  if (known) return known;
  const code = CODE.exec(value)?.[1];
  return (code && LANGUAGE_CODES.get(code.toLowerCase())) || value;
}
