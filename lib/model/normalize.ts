// Small text normalisers shared by adapters, importers and the model.
// Deliberately free of Zod so that content scripts can import them cheaply.

import { YEAR_RANGE } from './limits';

// The ligatures text copied from a PDF keeps ("signiﬁcant", "ﬂow", "eﬀect"), passed on by exports
// and pages: as their letters, or a title would match neither a search for "significant" nor its
// copy from another database.
// NFKC gives each its letters ("ﬃ" → "ffi"); only they are decomposed, not the whole text.
const LIGATURES = /[\ufb00-\ufb06]/g;
const letters = (ligature: string) => ligature.normalize('NFKC');

/** Collapse runs of whitespace (including NBSP and line breaks) and trim; ligatures ("ﬁ") as their letters. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .trim()
    .replace(LIGATURES, letters);
}

/**
 * Like cleanText, but keeps line breaks: abstracts have sections (BACKGROUND, METHODS, …)
 * and paragraphs that readers and exports should keep. Spaces collapse within each line;
 * runs of blank lines become one.
 */
export function cleanMultiline(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  shy: '',
};

/** Decode HTML entities that survive in metadata (e.g. `&amp;` inside a meta tag written twice-escaped). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Text from a string that may carry markup: tags removed, entities decoded, whitespace collapsed. */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  return cleanText(decodeEntities(value.replace(/<[^>]*>/g, ' ')));
}

// SICI DOIs hold < and > ("10.2193/0022-541X(2005)069<0185:EOWFAS>2.0.CO;2"): only a tag
// ("</a>", "<br>") ends a DOI, not every angle bracket.
const DOI_IN_TEXT = /\b(10\.\d{4,9}\/(?:[^\s"'<]|<(?![/a-z]))+)/i;

/**
 * A DOI, bare and lowercase: `https://doi.org/10.1/X.` → `10.1/x`.
 * Returns undefined when the text holds no DOI.
 */
export function normalizeDoi(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let text = cleanText(value);
  try {
    text = decodeURIComponent(text);
  } catch {
    // a stray % is not fatal: keep the raw text
  }
  const match = DOI_IN_TEXT.exec(text);
  if (!match) return undefined;
  // Trailing punctuation comes from the sentence around the DOI, not the DOI.
  const doi = match[1].replace(/[.,;:)\]}>]+$/, '').toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** A PubMed id: digits only, without leading zeros. */
export function normalizePmid(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /(\d+)/.exec(String(value));
  if (!match) return undefined;
  const pmid = match[1].replace(/^0+/, '');
  return pmid && pmid.length <= 9 ? pmid : undefined;
}

/** The first plausible publication year (1500–2100) in the text, as an integer. */
export function parseYear(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= YEAR_RANGE.from && value <= YEAR_RANGE.to ? value : undefined;
  // "2019" as most exports write it: no regex (importers ask this of every record).
  if (value.length === 4) {
    let year = 0;
    for (let i = 0; i < 4; i++) {
      const c = value.charCodeAt(i) - 48;
      year = c >= 0 && c <= 9 ? year * 10 + c : -1e9;
    }
    if (year >= YEAR_RANGE.from && year <= YEAR_RANGE.to) return year;
  }
  const match = /(?:^|[^\d])(1[5-9]\d\d|20\d\d|2100)(?!\d)/.exec(value) ?? COMPACT_DATE.exec(value);
  return match ? parseInt(match[1], 10) : undefined;
}

// A date written without separators, alone in its field: EBSCO's "20211101", Embase's "20200315";
// or after a label that names a date and a colon: TRID's research in progress, "PY  - Start date:
// 20170812" (its dates with separators, "Start date: 2017-08-12", are read by the first rule). Only a
// label of words that says date or year ("Publication Date", "Tanggal terbit"): "Report No:
// 20170812", "Art. 20211101" are no dates.
const COMPACT_DATE = /^\s*(?:[\p{L} ]{0,30}\b(?:date[ds]?|year|issued|tanggal|tahun|terbit)\b[\p{L} ]{0,30}:\s*)?(19\d\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?\s*$/iu;

/**
 * What databases and journal systems write in an abstract field that has none, on pages and in
 * exports alike: its label alone ("Abstract", "ABSTRAK:"), "[No abstract available]", "Abstract
 * not available", "Abstrak tidak tersedia", "-", "N/A".
 */
export const NO_ABSTRACT = /^[\W_]*(?:(?:no|not|none|n\/?a|is|available|abstra(?:ct|k)|tidak|belum|ada|tersedia)\b[\W_]*)*$/i;

/** The site name some pages append to a title ("… - PubMed", "| ScienceDirect"): for keys here, for pages in lib/sites/dom.ts titleText. */
export const SITE_SUFFIX = /\s+[-|–—]\s+(PubMed|ScienceDirect|Google Scholar|Garuda|NCBI|PMC|Europe PMC|ResearchGate|Semantic Scholar|arXiv(\.org)?|bioRxiv|medRxiv)\s*$/i;

/** Titles without the site name some pages append ("… - PubMed", "| ScienceDirect"). */
export function cleanTitle(value: string | null | undefined): string {
  const text = plainText(value);
  return text
    .replace(SITE_SUFFIX, '')
    .replace(/^\[(PDF|HTML|BOOK|B|CITATION|C|DOC|PS)\]\s*/i, '')
    .trim();
}

/** A text's letters and digits, in small letters: two texts that differ only in spacing, quotes and punctuation have one key. */
export const wordKey = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** Normalise a URL for keys: lowercase host, no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(value: string): string {
  try {
    const url = new URL(value);
    url.hash = '';
    for (const name of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|via$|ref$|from$|casa_token$)/i.test(name)) url.searchParams.delete(name);
    }
    url.searchParams.sort();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`;
  } catch {
    return cleanText(value);
  }
}

const BRACKETED = /^\[([^[\]]+)\](\.?)$/;

/**
 * MEDLINE, and the databases and pages that show its records (PubMed, Web of Science, Embase,
 * EndNote's PubMed imports), bracket the English title of an article published in another
 * language: "[Pijat oksitosin …]." The brackets say "translated", and are no part of the title.
 */
export function untranslatedTitle(title: string): string {
  if (title.charCodeAt(0) !== 91 /* [ */) return title;
  const match = BRACKETED.exec(title);
  return match ? match[1] + match[2] : title;
}

/**
 * Keywords joined as Springer and many journal pages print them, "a · b · c" (or with "•"): the
 * dot between spaces, never one inside a keyword ("MgSO4·7H2O"). For pages and imports alike.
 */
export const DOT_LIST = / [\u00b7\u2022] /;
