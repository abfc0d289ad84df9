// Text of a field as exports write it: markup tags, HTML entities (escaped once, twice or three
// times by journal systems), and whitespace, cleaned as ArticleSchema would clean them, each with
// a fast path for the value that is already clean (imports run these on every field of 10,000+
// records).
import { cleanText, decodeEntities } from '../model/normalize';
import { emeraldInline, emeraldLines } from './emerald-inline';
import { dashedHeading, headingLine } from './wos-headings';

// Only the markup some exports leave in titles and abstracts (<i>, <sup>, <p>, MathML, JATS).
// A general `<[^>]*>` would also eat "p < 0.05 … n > 3" from an abstract. Block tags (the
// captured group: paragraphs, breaks, list items, JATS sections and their titles) stand between
// words and become a space ("common.</p><p>Methods"); inline tags join ("CO<sub>2</sub>").
// One pass for both: imports run it on every field of 10,000+ records.
const MARKUP =
  /<\/?(?:(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|blockquote|jats:(?:p|title|sec|list-item|list|label|caption|abstract))|i|b|u|em|strong|sup|sub|sc|scp|small|span|inf|it|bold|italic|tt|math|mi|mo|mn|mrow|msub|msup|msubsup|mfrac|msqrt|mtext|mover|munder|mstyle|semantics|mml:[a-z]+|jats:[a-z-]+)\b[^<>]*\/?>/gi;
// Crossref's JATS abstracts open with a heading that only says what the field already says:
// "<jats:title>Abstract</jats:title>" (or "Abstrak", Indonesian journals).
const JATS_ABSTRACT_TITLE = /^\s*(?:<jats:(?:abstract|sec)\b[^<>]*>\s*)*<jats:title\b[^<>]*>\s*(?:abstract|abstrak)\s*[.:]?\s*<\/jats:title>/i;

// MathML's annotation repeats the formula as TeX ("T_2") beside the formula itself: dropped whole.
const MATH_ANNOTATION = /<(?:mml:)?annotation(?:-xml)?\b[^>]*>[\s\S]*?<\/(?:mml:)?annotation(?:-xml)?>/gi;

// What cleanText would change inside a text: whitespace other than the space, a ligature ("ﬁ"),
// and two spaces. Two searches, not one regex with both: a regex that may start at a space tries
// a match at every space of an abstract, and the two together take ~15% less time (8 MB of
// abstracts). The ligatures are one more range of the same search, which costs nothing more.
// Global: searched from a place (lastIndex), oddSpaceIn.
const ODD_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ufb00-\ufb06]/g;
const BEYOND_ASCII = /[^ -~]/;
/** Below this length a loop over the characters beats the cost of calling the regex. */
const SHORT = 48;

/** A character cleanText collapses or replaces (other than the plain space). */
function oddSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0xfb00 && c <= 0xfb06)
  );
}

/** True when cleanText would change the text. */
function untidy(value: string): boolean {
  const n = value.length;
  if (n <= SHORT) return messyShort(value, false);
  return value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32 || oddSpaceIn(value) || value.includes('  ');
}

/**
 * Whether the text holds a character cleanText changes (ODD_SPACE), looked for from its first
 * character outside printable ASCII: a search for that simpler class is faster (~25% on 10,000
 * abstracts, real or generated), and most English text has none or few such characters.
 */
function oddSpaceIn(value: string): boolean {
  const from = value.search(BEYOND_ASCII);
  if (from < 0) return false;
  ODD_SPACE.lastIndex = from;
  return ODD_SPACE.test(value);
}

// What stripMarkup has to clean in a short value: ODD_SPACE's characters, an entity's "&", a tag's
// "<", or two spaces. One regex, not one loop over the characters: names and keywords are sliced
// from a file's text, and reading them a character at a time cost a quarter more (155,000 values,
// 10,000 records).
const MESSY_MARKUP = /[\t-\r&<\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ufb00-\ufb06]| {2}/;

/**
 * Whether cleanText would change a short value — or, with `markup`, whether it holds an entity
 * ("&") or a tag ("<") too, for the names and keywords (hundreds of thousands in one import)
 * that are nearly always plain already.
 */
function messyShort(value: string, markup: boolean): boolean {
  const n = value.length;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return true;
  if (markup) return MESSY_MARKUP.test(value);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 ? value.charCodeAt(i + 1) === 32 : (c < 14 || c >= 0xa0) && oddSpace(c)) return true;
  }
  return false;
}

/** cleanText, without its regex replace for the usual text that is already clean. */
export function tidy(value: string | undefined): string {
  if (!value) return '';
  return untidy(value) ? cleanText(value) : value;
}

// An entity whose "&" is itself escaped: "&amp;nbsp;", "&amp;#039;", "&amp;lt;".
const ESCAPED_ENTITY = /&(?:#x?[0-9a-f]+|[a-z]+);/i;

/**
 * HTML entities decoded as often as the text was escaped: OJS writes "&amp;nbsp;" into RIS
 * abstracts (escaped twice) and OJS 3.5 "&amp;amp;#039;" (three times). Stops when nothing is
 * left to decode, so a text escaped once costs one pass.
 */
export function decodeAll(value: string): string {
  let text = value;
  for (let i = 0; i < 4 && text.includes('&'); i++) {
    const next = decodeEntities(text);
    if (next === text || !ESCAPED_ENTITY.test(next)) return next;
    text = next;
  }
  return text;
}

/**
 * Markup tags removed, HTML entities decoded, whitespace collapsed. Entities first: a title
 * written "&lt;i&gt;Moringa&lt;/i&gt;" holds tags only once they are decoded.
 */
export function stripMarkup(value: string | undefined, keepLines = false): string {
  if (!value) return '';
  if (value.length <= SHORT && !messyShort(value, true)) return value;
  const text = value.includes('&') ? decodeAll(value) : value;
  const plain = text.includes('<') ? withoutTags(text) : text;
  if (!keepLines) return tidy(plain);
  const lines = plain.includes('\n') ? sectionLines(plain) : tidy(plain);
  // Emerald's headings on one line (Scopus, WoS): "Purpose - … Design/methodology/approach - …".
  return emeraldInline(lines) ? emeraldLines(lines) : lines;
}

// "Methods:", "Materials and Methods:", "RESULTS:", "Latar Belakang:", "Tujuan Penelitian:".
const SECTION_START = /^[A-Z][A-Za-z]+(?:[ /&-]+[A-Za-z]+){0,3}\s*:(?:\s|$)/;

/** A capitalised heading alone on its line ("Background", "Main results"): a wrapped line is never one. */
const headingAlone = (line: string) => {
  const c = line.charCodeAt(0);
  return c >= 65 && c <= 90 && headingLine(line) && !SECTION_START.test(line);
};

/**
 * An abstract's line breaks, where they part sections or paragraphs: a structured abstract's
 * sections ("Methods: …") and paragraphs (after a blank line) start on lines of their own, and so
 * do a heading alone on its line and the paragraph after it (the Cochrane Library's RIS of a
 * review: "AB  - Background" / "Mother‐infant separation …" / "Objectives" / "To assess …"),
 * which joined would read as the abstract's words ("Background Mother‐infant …").
 * Other breaks may be a file's wrapping (BibTeX, CSV written by hand) and become spaces.
 */
function sectionLines(text: string): string {
  let out = '';
  let blank = false;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = cleanText(raw);
    if (!line) {
      blank = out !== '';
      continue;
    }
    const heading = line.length <= 48 && headingAlone(line);
    out += out === '' ? line : blank || heading || SECTION_START.test(line) || dashedHeading(line) ? `\n${line}` : ` ${line}`;
    blank = heading;
  }
  return out;
}

/**
 * The text without its tags, and without a JATS heading "Abstract" that opens it. A loop over
 * MARKUP's matches rather than replace() with a function, which took three times as long; a
 * block tag's space is only written between two words, so that "</p><p>" leaves no double space
 * for tidy to clean up (its slow path, on the whole abstract).
 */
function withoutTags(value: string): string {
  let text = value.includes('<jats:title') ? value.replace(JATS_ABSTRACT_TITLE, '') : value;
  if (text.includes('annotation')) text = text.replace(MATH_ANNOTATION, '');
  MARKUP.lastIndex = 0;
  let out = '';
  let from = 0;
  let gap = false;
  for (let tag = MARKUP.exec(text); tag !== null; tag = MARKUP.exec(text)) {
    if (tag.index > from) {
      out = gap ? spaced(out, text.slice(from, tag.index)) : out + text.slice(from, tag.index);
      gap = false;
    }
    if (tag[1] !== undefined) gap = true;
    from = MARKUP.lastIndex;
  }
  if (!from) return text;
  return from < text.length && gap ? spaced(out, text.slice(from)) : out + text.slice(from);
}

/** Two pieces of text a block tag stood between: one space between them, unless they have it. */
function spaced(before: string, after: string): string {
  if (!before || before.charCodeAt(before.length - 1) === 32 || after.charCodeAt(0) === 32) return before + after;
  return `${before} ${after}`;
}
