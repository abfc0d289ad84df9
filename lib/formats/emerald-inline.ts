// Emerald's structured abstracts written on ONE line, as Scopus and Web of Science export them (RIS,
// CSV, BibTeX, WoS text): "Purpose - The purpose of this paper is to … Design/methodology/approach -
// A survey of 120 nurses … Findings - … Originality/value - …", also with ":", "–" or "—" after a
// heading, and in Scopus's form without any mark: "Purpose The purpose of this paper … Design/
// methodology/approach A survey …". Each heading starts a line of its own, as in the RIS of a
// reference manager that keeps Emerald's lines (wos-headings.ts EMERALD_HEADS, the headings read here too); a heading written
// without a mark stands alone on its line, as it does there ("Purpose" / "The purpose of …").
//
// Only the headings with a slash are Emerald's alone: they may part the text without a mark only in
// an abstract that opens with "Purpose" or "Design/methodology/approach" (after "Abstract" or not).
// "Findings", "Practical implications" and "Social implications" are words of a sentence too: they
// part it only beside a slash heading that does, in capitals ("… the findings suggest" stays), and
// without a mark only after a sentence's end.

import { EMERALD_HEADS, EMERALD_PURPOSE } from './wos-headings';

// A heading between two words (Emerald's, and "Findings"), the mark after it (if any), and the space after that.
const INLINE_HEADING = /* @__PURE__ */ new RegExp(`\\s(${EMERALD_HEADS}|Findings)(?:(\\s*[:–—-])(\\s*)|(\\s+))(?=\\S)`, 'gi');
const SLASH_HEADING = /Design\/methodology|Originality\/value|limitations\/implications/i;
// The abstract's first heading: "Purpose", or a slash heading when the paper has no purpose section
// ("Design/methodology/approach A case study of …"), after the word "Abstract" Scopus may leave
// before it ("Abstract Purpose This paper …", "Abstract: Purpose - …", "Structured Abstract Purpose …"),
// or as Emerald's abstracts of 2005–2008 write it, "Purpose of this paper – To examine …" (wos-headings.ts);
// never the sentence "The purpose of this paper is …", nor "Purpose of this paper is …" without a mark.
const OPENING = /* @__PURE__ */ new RegExp(
  `^(?:(?:Structured\\s+|STRUCTURED\\s+)?(?:Abstract|ABSTRACT)\\s*[:.]?\\s+)?(${EMERALD_PURPOSE}|Purpose|Design\\/methodology\\/approach)(?:(\\s*[:–—-])|\\s+(?=[A-Z]))`,
);
const SENTENCE_END = /[.!?)\]"'”’]/;

/**
 * Whether the text may hold an Emerald heading: a slash after "Design", "Originality" or
 * "limitations". Its slashes are found by a fast search and only those after an "n", "y" or "s"
 * are looked at ("mg/kg", "and/or" are not): a regex over every abstract with a slash cost ~15%
 * of a whole RIS import.
 */
export function emeraldInline(text: string): boolean {
  for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
    const c = text.charCodeAt(i - 1) | 32;
    if ((c === 110 || c === 121 || c === 115) && SLASH_HEADING.test(text.slice(Math.max(0, i - 11), i + 12))) return true;
  }
  return false;
}

interface Part {
  /** Where the space before the heading is. */
  at: number;
  /** Where the space after a heading without a mark is, else -1. */
  after: number;
  slash: boolean;
}

/**
 * The headings that part the text after `start` (past the opening heading, which must not be found
 * again after an "Abstract" before it), or none when no slash heading does (an opening one counts).
 */
function headingsIn(text: string, start: number, purpose: boolean, openingSlash: boolean): Part[] {
  const parts: Part[] = [];
  let slashes = openingSlash;
  INLINE_HEADING.lastIndex = start;
  for (let m = INLINE_HEADING.exec(text); m !== null; m = INLINE_HEADING.exec(text)) {
    const heading = m[1];
    const first = heading.charCodeAt(0);
    if (first < 65 || first > 90) continue;
    const slash = heading.includes('/');
    const end = m.index + m[0].length;
    const next = text.charCodeAt(end);
    const marked = m[2] !== undefined;
    const splits = marked ? slash || m[3] !== '' : purpose && (next < 97 || next > 122) && (slash || SENTENCE_END.test(text.charAt(m.index - 1)));
    if (!splits) continue;
    slashes ||= slash;
    parts.push({ at: m.index, after: marked ? -1 : m.index + 1 + heading.length, slash });
  }
  return slashes ? parts : [];
}

/** The text with each Emerald heading written between words starting a line (see above). */
export function emeraldLines(text: string): string {
  const opening = OPENING.exec(text);
  const heading = opening?.[1];
  const parts = headingsIn(text, opening ? opening[0].length : 0, opening !== null, heading?.startsWith('Design') === true);
  if (parts.length === 0) return text;
  let out = '';
  // The opening heading without the word "Abstract" before it.
  let from = opening ? opening[0].indexOf(opening[1]) : 0;
  // "Purpose The purpose …" in an abstract whose other headings have no mark: "Purpose" alone too.
  if (opening && opening[2] === undefined && parts.some((p) => p.after >= 0)) {
    out = `${heading}\n`;
    from = opening[0].length;
  }
  for (const part of parts) {
    out += `${text.slice(from, part.at)}\n`;
    if (part.after < 0) from = part.at + 1;
    else {
      out += `${text.slice(part.at + 1, part.after)}\n`;
      from = part.after;
      while (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 10) from++;
    }
  }
  return out + text.slice(from);
}
