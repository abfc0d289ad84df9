// What every importer shares: turning the loose fields read from one record into an Article
// that ArticleSchema accepts, and collecting warnings with line numbers.
import type { Article } from '../model/article';
import { cleanText, decodeEntities, normalizeDoi, normalizePmid, parseYear } from '../model/normalize';

/** Fields as an importer reads them, before cleaning. */
export interface Draft {
  title?: string;
  authors?: string[];
  year?: string | number;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  abstract?: string;
  keywords?: string[];
  url?: string;
  language?: string;
  sourceId?: string;
}

export interface ParseResult {
  format: BibliographyFormat;
  records: Article[];
  warnings: string[];
  /** Which export a CSV/TSV came from ('scopus-2024', 'pubmed', …), when recognised. */
  dialect?: string;
}

/** `wos` = Web of Science tagged plain text; `tsv` = Web of Science (or other) tab-delimited. */
export type BibliographyFormat = 'ris' | 'medline' | 'bibtex' | 'csv' | 'tsv' | 'wos';

// A file with 50,000 bad records must not produce 50,000 strings for the UI to show.
const MAX_WARNINGS = 200;

export class Warnings {
  readonly list: string[] = [];
  private hidden = 0;

  add(message: string, line?: number): void {
    if (this.list.length >= MAX_WARNINGS) {
      this.hidden++;
      return;
    }
    this.list.push(line !== undefined ? `line ${line}: ${message}` : message);
  }

  done(): string[] {
    if (this.hidden > 0) this.list.push(`${this.hidden} more warnings not shown`);
    this.hidden = 0;
    return this.list;
  }
}

// Only inline markup some exports leave in titles and abstracts (<i>, <sup>, MathML, JATS).
// A general `<[^>]*>` would also eat "p < 0.05 … n > 3" from an abstract.
const MARKUP =
  /<\/?(?:i|b|u|em|strong|sup|sub|sc|scp|small|span|p|br|div|inf|it|bold|italic|tt|math|mi|mo|mn|mrow|msub|msup|mfrac|mml:[a-z]+|jats:[a-z-]+)\b[^<>]*\/?>/gi;

// What cleanText would change inside a text: whitespace other than single spaces. (One
// regex test is faster than a loop over the characters, and allocates nothing.)
const UNTIDY = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** True when cleanText would change the text. */
function untidy(value: string): boolean {
  return value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32 || UNTIDY.test(value);
}

/** cleanText, without its regex replace for the usual text that is already clean. */
export function tidy(value: string | undefined): string {
  if (!value) return '';
  return untidy(value) ? cleanText(value) : value;
}

/** Inline tags removed, HTML entities decoded, whitespace collapsed. */
export function stripMarkup(value: string | undefined): string {
  if (!value) return '';
  const text = value.includes('<') ? value.replace(MARKUP, '') : value;
  return tidy(text.includes('&') ? decodeEntities(text) : text);
}

const cut = (value: string, max: number) => (value.length > max ? value.slice(0, max).trimEnd() : value);

// "No Specified", "n/a", "-": page fields that say there are no pages.
const NO_PAGES = /^(?:no(?:t)?\s*specified|n\/?a|-+|none)$/i;
const DASHES = /\s*(?:--+|[\u2010-\u2015\u2212])\s*/g;

/**
 * Start and end page joined "1084-1092"; dashes of every kind written as "-"; a shortened
 * last page (MEDLINE's "6913-7") written whole, as the other databases write it.
 */
export function joinPages(start: string | undefined, end?: string): string | undefined {
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
  const match = /^(\d+)-(\d+)$/.exec(pages);
  if (!match || match[2].length >= match[1].length) return pages;
  return `${match[1]}-${match[1].slice(0, match[1].length - match[2].length)}${match[2]}`;
}

/**
 * A DOI from a field that may be a URL: `https://doi.org/10.1/x`, `…?doi=10.1%2fx&partner=…`,
 * an SFX link `…&id=doi:10.1%2Fx&…`. normalizeDoi alone would swallow the query string
 * that follows a DOI inside a URL.
 */
export function doiFrom(value: string | undefined): string | undefined {
  if (!value || !value.includes('10.')) return undefined;
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

const PMID_IN_TEXT = /\bPMID:?\s*(\d{1,9})\b/i;
// Dimensions labels its ids after the value: "35957633 [PMID]", "PMC9371185 [PMCID]".
const PMID_LABELLED = /(?:^|\s)(\d{1,9})\s*\[PMID\]/i;
const PUBMED_URL = /(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,9})\b/i;

/** A PMID written inside another field ("PMID: 123", "123 [PMID]", a PubMed link). */
export function pmidFrom(value: string | undefined): string | undefined {
  if (!value || !/pmid|pubmed/i.test(value)) return undefined;
  const match = PMID_IN_TEXT.exec(value) ?? PMID_LABELLED.exec(value) ?? PUBMED_URL.exec(value);
  return match ? normalizePmid(match[1]) : undefined;
}

/**
 * A PMID field's value: digits alone, or a labelled PMID ("PMID: 123"). Never the digits
 * inside another id — a PMCID (PMC9371185) or a Dimensions id (pub.1149983225) is no PMID.
 */
export function pmidValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^\s*\d{1,9}\s*$/.test(value) ? normalizePmid(value) : pmidFrom(value);
}

/** The value when it is an http(s) URL the schema will accept. */
export function httpUrl(value: string | undefined): string | undefined {
  const text = cleanText(value);
  if (!/^https?:\/\/[^\s]+$/i.test(text) || text.length > 4_000) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

/** Scopus record id from a Scopus link (`…record.uri?eid=2-s2.0-85074596690&…`). */
export function scopusEid(value: string | undefined): string | undefined {
  const match = value ? /[?&]eid=(2-s2\.0-\d+)/.exec(value) : null;
  return match ? match[1] : undefined;
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

// Placeholders databases write instead of an author.
const NO_AUTHOR = /^\[?(?:no author(?: name)? available|anonymous|anon\.?)\]?\.?$/i;

/** normalizeDoi until it no longer changes: ArticleSchema applies it again to what we return. */
function stableDoi(value: string | undefined): string | undefined {
  let doi = value ? normalizeDoi(value) : undefined;
  // Only a "%" left in a normalised DOI can decode into something else on a second pass.
  for (let i = 0; doi && doi.includes('%') && i < 3; i++) {
    const again = normalizeDoi(doi);
    if (again === doi) return doi;
    doi = again;
  }
  return doi;
}

/**
 * One record as an Article, or undefined (with a warning naming the line) when it has no
 * title. Built by hand to exactly what ArticleSchema.parse returns for it — the schema's own
 * cleaning (cleanText, normalizeDoi, normalizePmid, bounds) applied once, here — because
 * running Zod on every field of 10,000 records cost more than the whole parse. Over-long
 * text is cut, a malformed DOI, PMID or URL dropped, so that one odd field never loses a
 * record. tests/formats/schema.test.ts runs ArticleSchema.parse over every record of every
 * fixture and compares.
 */
export function finishRecord(draft: Draft, line: number, warnings: Warnings): Article | undefined {
  const title = cut(stripMarkup(draft.title), 2_000);
  if (!title) {
    warnings.add('record without a title skipped', line);
    return undefined;
  }
  const authors: string[] = [];
  for (const name of draft.authors ?? []) {
    if (authors.length >= 5_000) break;
    let text = stripMarkup(name);
    if (text.endsWith(';') || text.endsWith(',')) text = text.replace(/[;,\s]+$/, '');
    if (text && !NO_AUTHOR.test(text)) authors.push(cut(text, 400));
  }
  const article: Article = { title, authors, url: httpUrl(draft.url) ?? '', source: 'import' };
  const year = parseYear(draft.year);
  if (year !== undefined) article.year = year;
  const set = (key: 'journal' | 'volume' | 'issue' | 'pages' | 'abstract' | 'language' | 'sourceId', value: string | undefined, max: number) => {
    const text = value ? cut(stripMarkup(value), max) : '';
    if (text) article[key] = text;
  };
  set('journal', draft.journal, 1_000);
  set('volume', draft.volume, 100);
  set('issue', draft.issue, 100);
  set('pages', draft.pages, 100);
  const doi = stableDoi(draft.doi);
  if (doi) article.doi = doi;
  const pmid = pmidValue(draft.pmid);
  if (pmid) article.pmid = pmid;
  set('abstract', draft.abstract, 100_000);
  if (draft.keywords?.length) {
    const seen = new Set<string>();
    for (const keyword of draft.keywords) {
      if (seen.size >= 500) break;
      const text = cut(stripMarkup(keyword), 300);
      if (text) seen.add(text);
    }
    if (seen.size) article.keywords = [...seen];
  }
  set('language', draft.language, 40);
  set('sourceId', draft.sourceId, 200);
  return article;
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

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
