// One value of a record, cleaned as ArticleSchema would clean it: whitespace, markup, page
// ranges, DOIs, PMIDs and URLs, each with a fast path for the value that is already clean
// (imports run these on every field of 10,000+ records).
import { cleanText, decodeEntities, normalizeDoi, normalizePmid } from '../model/normalize';
import { ARTICLE_LIMITS } from '../model/limits';

// Only the markup some exports leave in titles and abstracts (<i>, <sup>, <p>, MathML, JATS).
// A general `<[^>]*>` would also eat "p < 0.05 … n > 3" from an abstract. Block tags (the
// captured group: paragraphs, breaks, list items, JATS sections and their titles) stand between
// words and become a space ("common.</p><p>Methods"); inline tags join ("CO<sub>2</sub>").
// One pass for both: imports run it on every field of 10,000+ records.
const MARKUP =
  /<\/?(?:(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|blockquote|jats:(?:p|title|sec|list-item|list|label|caption|abstract))|i|b|u|em|strong|sup|sub|sc|scp|small|span|inf|it|bold|italic|tt|math|mi|mo|mn|mrow|msub|msup|mfrac|mml:[a-z]+|jats:[a-z-]+)\b[^<>]*\/?>/gi;
// Crossref's JATS abstracts open with a heading that only says what the field already says:
// "<jats:title>Abstract</jats:title>" (or "Abstrak", Indonesian journals).
const JATS_ABSTRACT_TITLE = /^\s*(?:<jats:(?:abstract|sec)\b[^<>]*>\s*)*<jats:title\b[^<>]*>\s*(?:abstract|abstrak)\s*[.:]?\s*<\/jats:title>/i;

// What cleanText would change inside a text: whitespace other than single spaces.
const UNTIDY = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
/** Below this length a loop over the characters beats the cost of calling the regex. */
const SHORT = 48;

/** A character cleanText collapses (other than the plain space). */
function oddSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when cleanText would change the text. */
function untidy(value: string): boolean {
  const n = value.length;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return true;
  if (n > SHORT) return UNTIDY.test(value);
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

/** Markup tags removed, HTML entities decoded, whitespace collapsed. */
export function stripMarkup(value: string | undefined): string {
  if (!value) return '';
  const text = value.includes('<') ? withoutTags(value) : value;
  return tidy(text.includes('&') ? decodeEntities(text) : text);
}

/**
 * The text without its tags, and without a JATS heading "Abstract" that opens it. A loop over
 * MARKUP's matches rather than replace() with a function, which took three times as long; a
 * block tag's space is only written between two words, so that "</p><p>" leaves no double space
 * for tidy to clean up (its slow path, on the whole abstract).
 */
function withoutTags(value: string): string {
  const text = value.includes('<jats:title') ? value.replace(JATS_ABSTRACT_TITLE, '') : value;
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

export const cut = (value: string, max: number) => (value.length > max ? value.slice(0, max).trimEnd() : value);

// "No Specified", "n/a", "-": page fields that say there are no pages.
const NO_PAGES = /^(?:no(?:t)?\s*specified|n\/?a|-+|none)$/i;
const PAGE_RANGE = /^(\d+)-(\d+)$/;
const DASHES = /\s*(?:--+|[\u2010-\u2015\u2212])\s*/g;

function digitsOnly(value: string | undefined): value is string {
  if (!value) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Start and end page joined "1084-1092"; dashes of every kind written as "-"; a shortened
 * last page (MEDLINE's "6913-7") written whole, as the other databases write it.
 */
export function joinPages(start: string | undefined, end?: string): string | undefined {
  // The usual case, two page numbers, without a regex.
  if (digitsOnly(start) && digitsOnly(end)) return end.length >= start.length ? `${start}-${end}` : expandPages(`${start}-${end}`);
  const sp = cleanText(start).replace(DASHES, '-');
  const ep = cleanText(end).replace(DASHES, '-');
  if (sp && ep && !sp.includes('-')) {
    return NO_PAGES.test(`${sp} ${ep}`) ? undefined : expandPages(`${sp}-${ep}`);
  }
  const pages = sp || ep;
  return pages && !NO_PAGES.test(pages) ? expandPages(pages) : undefined;
}

/** "6913-7" → "6913-6917". A range whose end is shorter than its start is always abbreviated. */
export function expandPages(pages: string): string {
  const match = PAGE_RANGE.exec(pages);
  if (!match || match[2].length >= match[1].length) return pages;
  return `${match[1]}-${match[1].slice(0, match[1].length - match[2].length)}${match[2]}`;
}

// A DOI as most exports write it, which normalizeDoi would return lowercased and otherwise
// unchanged: no space, quote, "<", "%" (which decodes) or trailing punctuation.
const BARE_DOI = /^10\.\d{4,9}\/[^\s"'<%]*[^\s"'<%.,;:)\]}>]$/;

const UPPER = /[A-Z]/;
/** Lower case, without a copy when the text has no capital letter (DOIs are read twice). */
const lower = (value: string) => (UPPER.test(value) ? value.toLowerCase() : value);

/**
 * A DOI from a field that may be a URL: `https://doi.org/10.1/x`, `…?doi=10.1%2fx&partner=…`,
 * an SFX link `…&id=doi:10.1%2Fx&…`. normalizeDoi alone would swallow the query string
 * that follows a DOI inside a URL. Never a Cochrane CENTRAL record's id (below).
 */
export function doiFrom(value: string | undefined): string | undefined {
  const doi = anyDoiFrom(value);
  return doi?.startsWith(CENTRAL_RECORD) ? undefined : doi;
}

// Cochrane CENTRAL writes its own record's id as a DOI ("DO  - 10.1002/central/CN-02654321"):
// not the article's. Taken as a DOI it would keep the same trial apart from its copies from other
// databases, whose DOI differs, and a different DOI means a different study to duplicate detection.
const CENTRAL_RECORD = '10.1002/central/';

/** The DOI in the value, whatever it names. */
function anyDoiFrom(value: string | undefined): string | undefined {
  if (!value?.includes('10.')) return undefined;
  if (BARE_DOI.test(value)) return lower(value);
  const text = cleanText(value);
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      if (/(^|\.)doi\.org$/i.test(url.hostname)) return normalizeDoi(decodeURIComponent(url.pathname.slice(1)));
      const param = url.searchParams.get('doi') ?? url.searchParams.get('rft_id') ?? url.searchParams.get('id');
      if (param) return normalizeDoi(param.replace(/^(?:info:)?doi[:/]/i, ''));
      return undefined;
    } catch {
      return undefined;
    }
  }
  return normalizeDoi(text);
}

// Regexes live here, not in the functions: a regex literal makes a new object each time it
// is evaluated, and these run on every record.
const MENTIONS_PMID = /pmid|pubmed/i;
const PMID_ONLY = /^\s*\d{1,9}\s*$/;
// CINAHL and other EBSCO databases prefix the PubMed id with "NLM": "PMID: NLM32123456".
const PMID_IN_TEXT = /\bPMID:?\s*(?:NLM)?(\d{1,9})\b/i;
// Dimensions labels its ids after the value: "35957633 [PMID]", "PMC9371185 [PMCID]".
const PMID_LABELLED = /(?:^|\s)(\d{1,9})\s*\[PMID\]/i;
const PUBMED_URL = /(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,9})\b/i;
// Cochrane CENTRAL names each database before its id: "PUBMED 38507156,EMBASE 2029064766". In
// capitals only: "PubMed 2019" in a note is no id.
const PUBMED_NAMED = /(?:^|[\s,;])PUBMED:? ?(\d{1,9})\b/;

/** A PMID written inside another field ("PMID: 123", "123 [PMID]", "PUBMED 123", a PubMed link). */
export function pmidFrom(value: string | undefined): string | undefined {
  if (!value || !MENTIONS_PMID.test(value)) return undefined;
  const match = PMID_IN_TEXT.exec(value) ?? PMID_LABELLED.exec(value) ?? PUBMED_URL.exec(value) ?? PUBMED_NAMED.exec(value);
  return match ? normalizePmid(match[1]) : undefined;
}

/**
 * A PMID field's value: digits alone, or a labelled PMID ("PMID: 123"). Never the digits
 * inside another id — a PMCID (PMC9371185) or a Dimensions id (pub.1149983225) is no PMID.
 */
export function pmidValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return PMID_ONLY.test(value) ? normalizePmid(value) : pmidFrom(value);
}

// An http(s) URL that the URL parser (and so the schema) certainly accepts: a plain host name
// and printable ASCII after it. Anything else is given to the parser.
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:[/?#][!-~]*)?$/;

/** The value when it is an http(s) URL the schema will accept. */
export function httpUrl(value: string | undefined): string | undefined {
  const text = tidy(value);
  if (text.length > ARTICLE_LIMITS.url) return undefined;
  if (PLAIN_URL.test(text)) return text;
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

/** Scopus record id from a Scopus link (`…record.uri?eid=2-s2.0-85074596690&…`). */
export function scopusEid(value: string | undefined): string | undefined {
  const at = value ? value.indexOf('eid=2-s2.0-') : -1;
  if (at < 1 || (value!.charCodeAt(at - 1) !== 63 /* ? */ && value!.charCodeAt(at - 1) !== 38) /* & */) return undefined;
  let end = at + 11;
  while (end < value!.length && value!.charCodeAt(end) >= 48 && value!.charCodeAt(end) <= 57) end++;
  return end > at + 11 ? value!.slice(at + 4, end) : undefined;
}

/** Split a list cell: on ";" when the cell has one, else on `fallback`. Empty parts dropped. */
export function splitList(value: string | undefined, fallback: RegExp | string = ';'): string[] {
  if (!value) return [];
  const parts = value.includes(';') ? value.split(';') : value.split(fallback);
  const out: string[] = [];
  for (const part of parts) {
    const text = cleanText(part);
    if (text) out.push(text);
  }
  return out;
}

/** normalizeDoi until it no longer changes: ArticleSchema applies it again to what we return. */
export function stableDoi(value: string | undefined): string | undefined {
  if (value && BARE_DOI.test(value)) return lower(value);
  let doi = value ? normalizeDoi(value) : undefined;
  // Only a "%" left in a normalised DOI can decode into something else on a second pass.
  for (let i = 0; doi?.includes('%') && i < 3; i++) {
    const again = normalizeDoi(doi);
    if (again === doi) return doi;
    doi = again;
  }
  return doi;
}

/**
 * Lines of a text with any line ending: LF, CRLF, or a bare CR (some Web of Science exports).
 * Splitting on a string is several times faster than on a regex for a 50 MB file.
 */
export function splitLines(text: string): string[] {
  const lf = text.indexOf('\n');
  if (lf < 0) return text.split('\r');
  const lines = text.split('\n');
  if (text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
  }
  return lines;
}

/** The text without byte-order marks: the leading one, and any inside it. */
export function stripBom(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Exports joined into one file ("cat scopus-1.ris scopus-2.ris") keep each file's mark inside.
  if (text.indexOf('\uFEFF', start) >= 0) return text.replace(/\uFEFF/g, '');
  return start ? text.slice(1) : text;
}

/** Split on `sep` outside parentheses ("cyst (diagnosis, surgery), colonoscopy"). */
export function splitOutside(value: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && value.startsWith(sep, i)) {
      out.push(value.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(value.slice(start));
  return out.map((s) => cleanText(s)).filter(Boolean);
}

/**
 * Keywords listed with "," ("asi, pijat oksitosin, nifas", "stunting, balita"); not a MeSH
 * heading, which has one comma and a capital after it ("Infant, Newborn", "Models, Molecular").
 */
const COMMA_LIST = /,.*,|, *\p{Ll}/u;

/** A keyword cell or line holding several: "a; b; c", else "a, b, c" (CSV exports, Garuda's RIS); a MeSH heading stays whole. */
export const keywordList = (value: string): string[] => splitOutside(value, value.includes(';') || !COMMA_LIST.test(value) ? ';' : ',');
