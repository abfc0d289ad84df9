// What a database writes after an abstract that is not the abstract's: its source label, its
// copyright trailer and its counts. Seen in real exports:
// - EBSCO (CINAHL, Academic Search, GreenFILE): "… [ABSTRACT FROM AUTHOR]\nCopyright of Journal X is
//   the property of Y and its content may not be copied … (Copyright applies to all Abstracts.)";
// - ProQuest: "… [Author Abstract] KEY WORDS: PTSD; trajectories; …";
// - APA PsycInfo (through Ovid, EBSCO, ProQuest): "(PsycINFO Database Record (c) 2019 APA, all
//   rights reserved) (Source: journal abstract)", CINAHL's "(49 ref)";
// - Wiley's accepted manuscripts in PubMed: "This article is protected by copyright. All rights reserved."
// Each is cut with everything after it; the publisher's own notice is copyright.ts's.

/** How far from the end a database's trailer may start (EBSCO's runs to ~800 characters). */
const NOTES_REACH = 1500;

// The source label, after which the database puts its trailer or the keywords.
// Written as the databases write it (EBSCO in capitals), so that a bracket in the text stays.
const SOURCE_LABEL = /\s*\[(?:ABSTRACT FROM [A-Z ]{3,30}|(?:Author|Publisher|Journal)(?:'s)? Abstract)\]/g;
// Its fixed words: "Copyright of the images is the property of the hospital" is a sentence.
const EBSCO_TRAILER = /\s*Copyright of \S[^\n]{0,300}? is the property of [^\n]{0,300}? and its content may not be /g;
// Counts and sources in brackets at the very end, one after another (all within END_REACH).
const END_REACH = 200;
const END_NOTES =
  /(?:\s*\((?:source:\s*)?(?:journal|author|publisher)(?:'s)? abstract\)|\s*\(\d+ refs?\)|\s*This article is protected by copyright\.(?:\s*All rights reserved\.?)?)+\s*$/i;

/**
 * Whether an abstract ends as a database's notes do, when no mark in its last part says so
 * (copyright.ts looks for those): EBSCO's trailer ("… for the full abstract. (Copyright applies to
 * all Abstracts.)"), "(Source: journal abstract)", "(49 ref)", "… protected by copyright.".
 */
export function endsLikeNotes(abstract: string): boolean {
  const n = abstract.length;
  const last = abstract.charCodeAt(n - 1);
  if (last === 41) return true; // ")"
  // "abstract." and "copyright." end in "t.", "reserved." in "d.": most abstracts end otherwise.
  if (last !== 46 || (abstract.charCodeAt(n - 2) | 16) !== 116) return false;
  return abstract.endsWith('bstract.') || abstract.endsWith('copyright.') || abstract.endsWith('reserved.');
}

/** The abstract without a database's label and trailer at its end. */
export function withoutDatabaseNotes(abstract: string): string {
  const from = Math.max(0, abstract.length - NOTES_REACH);
  let text = abstract;
  const label = lastMatch(SOURCE_LABEL, text, from) ?? lastMatch(EBSCO_TRAILER, text, from);
  if (label !== undefined) text = text.slice(0, label);
  const end = Math.max(0, text.length - END_REACH);
  const notes = END_NOTES.exec(text.slice(end));
  return notes ? text.slice(0, end + notes.index) : text;
}

/** Where the last match of a global pattern at or after `from` starts. */
function lastMatch(pattern: RegExp, text: string, from: number): number | undefined {
  let at: number | undefined;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index;
  return at;
}

// APA PsycInfo's notice, "(PsycINFO Database Record (c) 2019 APA, all rights reserved)", does not
// always end the abstract: PsycInfo records of Ovid's and EBSCO's RIS that carry a translation have
// it in mid-text, with more text or the translated abstract after it. Its words are fixed
// ("PsycINFO", "PsycInfo", "APA PsycInfo"; "(c)" or "©"), so it is cut wherever it stands, and the
// text on both sides kept.
const NOTICE_WORDS = String.raw`(?:APA )?Psyc[A-Za-z]* Database Record,? (?:\([Cc]\)|©) ?(?:19|20)\d\d,? APA,? all rights reserved`;
const APA_NOTICE = new RegExp(String.raw`[^\S\n]*(?:\(${NOTICE_WORDS}\.?\)|${NOTICE_WORDS}\b)\.?[^\S\n]*`, 'g');

const BRACKET_THEN_STOP = /\)\.\s*$/;
const ENDS_SENTENCE = /[.!?:;]["'\u201d\u2019)\]]*\s*$/;
const TRAILING_SPACE = /\s*$/;

/** The abstract without APA PsycInfo's record notice, wherever it stands; a plain search for its words first. */
export function withoutApaNotice(abstract: string): string {
  if (!abstract.includes('Database Record')) return abstract;
  let out = '';
  let from = 0;
  for (const notice of abstract.matchAll(APA_NOTICE)) {
    out += abstract.slice(from, notice.index);
    from = notice.index + notice[0].length;
    // "… rose (PsycInfo Database Record …). Zusammenfassung: …": the stop after the bracket ends the sentence before it.
    // Before the line break that may end the text (a notice on a line of its own).
    if (BRACKET_THEN_STOP.test(notice[0]) && out.trim() && !ENDS_SENTENCE.test(out)) out = out.replace(TRAILING_SPACE, '.$&');
    // Between words one space stays; a line the notice had to itself goes with its break.
    const next = abstract.charCodeAt(from);
    const lineStart = out === '' || out.charCodeAt(out.length - 1) === 10;
    if (next === 10 && lineStart) from++;
    else if (!lineStart && from < abstract.length && next !== 10) out += ' ';
  }
  return (out + abstract.slice(from)).trimEnd();
}
