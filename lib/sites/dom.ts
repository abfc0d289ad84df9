// DOM and text helpers shared by the site adapters. Pure functions over elements and strings:
// no `document`, no layout (textContent, never innerText), no mutation of the page.
import type { Article, ArticleInput } from '../model';
import { cleanText, decodeEntities, SITE_SUFFIX } from '../model/normalize';
import { LEADING_LABEL, splitKeywordList } from '../model/abstract-keywords';
import { ARTICLE_LIMITS as MAX, PAGE_LIMITS } from '../model/limits';
import { ROMAN_PART_PAGE } from '../model/pages';

// --- text -----------------------------------------------------------------------------------

// Windows-1252 characters for bytes 0x80–0x9F, in byte order: a UTF-8 page decoded as
// ISO-8859-1 (Scholar declares ISO-8859-1 and some captures are UTF-8) shows them as "â€¦", "Â ".
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CONT = `[\u00a0-\u00bf${CP1252}]`;
const MOJIBAKE = new RegExp(`[\u00c2-\u00df]${CONT}|[\u00e0-\u00ef]${CONT}{2}|[\u00f0-\u00f4]${CONT}{3}`, 'g');
const utf8 = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-8', { fatal: true });

/** Undo UTF-8-read-as-Latin-1 sequences ("â€“" → "–"); text that is not mojibake is left alone. */
export function repairMojibake(value: string): string {
  if (!utf8 || !/[\u00c2-\u00f4]/.test(value)) return value;
  return value.replace(MOJIBAKE, (seq) => {
    const bytes = Array.from(seq, (ch) => {
      const code = ch.charCodeAt(0);
      return code < 0x100 ? code : 0x80 + CP1252.indexOf(ch);
    });
    try {
      return utf8.decode(new Uint8Array(bytes));
    } catch {
      return seq;
    }
  });
}

// A tag is "<" + letter (or "</" + letter): "p<0.05" and "n > 30" are text, not markup.
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * Plain text from a string that may carry markup or entities (meta content, Garuda's <xmp>):
 * real tags removed (a `<script>` keeps its text content), entities decoded, whitespace collapsed.
 */
export function toText(value: string | null | undefined): string {
  if (!value) return '';
  return cleanText(decodeEntities(repairMojibake(value).replace(TAG, ' ')));
}

/** The text of an element (textContent: no layout), cleaned. */
export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(decodeEntities(repairMojibake(el.textContent ?? ''))) : '';
}

const BADGES = /^(\[(PDF|HTML|BOOK|B|CITATION|C|DOC|PS)\]\s*)+/i;

/** A title: plain text, without "[PDF]" badges or a trailing site name. */
export function titleText(value: string | null | undefined): string {
  return toText(value).replace(SITE_SUFFIX, '').replace(BADGES, '').trim();
}

/** The text of an element, skipping descendants that match `skip` (badges, labels). */
export function textExcept(el: Element | null | undefined, skip: string): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(el);
  return cleanText(decodeEntities(repairMojibake(out)));
}

const BLOCK = /^(P|DIV|SECTION|LI|UL|OL|H[1-6]|BR|TR|TABLE|DT|DD|BLOCKQUOTE|XMP|PRE)$/;
const HEADING = /^H[1-6]$/;

/**
 * Text of an element as lines, breaking at block elements. A heading line is joined to the
 * text after it as "Heading: text", so structured abstracts keep their section labels.
 */
export function blockLines(el: Element | null | undefined, skip = 'script,style,button'): string[] {
  return el ? nodeLines(Array.from(el.childNodes), skip) : [];
}

/**
 * Like blockLines, over a run of sibling nodes (records that have no wrapper element). `label`
 * names inline elements that head a section as h1–h6 do (an abstract's "<b>Methods:</b>").
 */
export function nodeLines(nodes: readonly Node[], skip = 'script,style,button', label?: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  let heading = '';
  const flush = () => {
    const text = cleanText(decodeEntities(repairMojibake(line)));
    line = '';
    if (!text) return;
    if (heading) {
      // A label's own punctuation after it ("<b>Background</b>: …", "<b>Objective</b> - …"): no second colon.
      lines.push(/[:.]$/.test(heading) || /^[-–—]/.test(text) ? `${heading} ${text}` : `${heading}: ${text.replace(/^[:.]\s*/, '')}`);
      heading = '';
    } else lines.push(text);
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 || (node as Element).matches(skip)) return;
    const tag = (node as Element).tagName.toUpperCase();
    const head = HEADING.test(tag) || label?.(node as Element);
    if (!head && !BLOCK.test(tag)) {
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
      return;
    }
    flush();
    if (head) {
      if (heading) lines.push(heading);
      heading = textOf(node as Element);
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    flush();
  };
  for (const node of nodes) visit(node);
  flush();
  if (heading) lines.push(heading);
  return lines;
}

// --- numbers, URLs, queries -------------------------------------------------------------------

/**
 * The first count in a text like "About 1,240 results", "1.047", "約 12 300 件": counts are whole
 * numbers, so ',', '.', and spaces between digit groups are thousands separators.
 */
export function parseCount(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const match = /\d{1,3}(?:[.,\s\u00a0\u202f’']\d{3})+(?!\d)|\d+/.exec(value);
  if (!match) return undefined;
  const n = parseInt(match[0].replace(/\D/g, ''), 10);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** An absolute http(s) URL for a link on the page, or undefined (javascript:, #, mailto:). */
export function absUrl(href: string | null | undefined, base: URL | string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.length <= MAX.url ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A URL parameter, trimmed; undefined when absent or empty. */
export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();
  return value ? value.slice(0, PAGE_LIMITS.query) : undefined;
}

/**
 * The query as typed: the URL parameter, else the value left in the page's search box
 * (`getAttribute`, not `.value`, so the page is read as served).
 */
export function queryOf(url: URL, name: string, doc: Document, box: string): string {
  return param(url, name) ?? (doc.querySelector(box)?.getAttribute('value') ?? '').trim().slice(0, PAGE_LIMITS.query);
}

/** A positive integer URL parameter. */
export function intParam(url: URL, name: string): number | undefined {
  const n = parseInt(url.searchParams.get(name) ?? '', 10);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** A 1-based page number within the message schema's bounds. */
export function pageNumber(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), 1), PAGE_LIMITS.page) : 1;
}

/** Filters within the message schema's bounds (PAGE_LIMITS). */
export function bounded(filters: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters).slice(0, PAGE_LIMITS.filters)) out[key.slice(0, PAGE_LIMITS.filterName)] = value.slice(0, PAGE_LIMITS.filterValue);
  return out;
}

/** Copy the named URL parameters (non-empty) into a filters record. */
export function copyParams(url: URL, names: readonly string[], into: Record<string, string> = {}) {
  for (const name of names) {
    const values = url.searchParams
      .getAll(name)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) into[name] = values.join(', ').slice(0, PAGE_LIMITS.filterValue);
  }
  return into;
}

/**
 * First and last page as "285-290", or the first alone. A first page that is the range already
 * ("45-52", as some journal systems fill it, with 52 as the last page) is kept as it is.
 */
export function pageRange(firstPage?: string, lastPage?: string): string | undefined {
  const a = cleanText(firstPage);
  const b = cleanText(lastPage);
  if (!a) return b || undefined;
  // A first page with a dash is a range already, unless it is a page of a proceedings' part (IEEE's "III-493").
  return b && b !== a && (!/\w\s*[-–]\s*\w/.test(a) || ROMAN_PART_PAGE.test(a)) ? `${a}-${b}` : a;
}

// --- articles ---------------------------------------------------------------------------------

const cut = (value: string | undefined, max: number) => {
  const text = cleanText(value);
  return text ? text.slice(0, max).trim() : undefined;
};

// Adapters give abstracts already cleaned line by line (toText, blockLines); the background's
// schema cleans them again (cleanMultiline), so here they are only bounded.
const cutLines = (value: string | undefined, max: number) => value?.slice(0, max).trim() || undefined;

// A resolver hands on to the article's landing page, never to a PDF: Semantic Scholar's
// `citation_pdf_url` "https://doi.org/10.1177/23998083221081530" for a paper with no open copy,
// dx.doi.org, a Handle (hdl.handle.net, DSpace), an ARK, a URN:NBN, Elsevier's linkinghub,
// Crossref's record. A PDF's own address (arxiv.org/pdf/1706.03762, PLOS's "file?id=…") has no such host.
const RESOLVER = /^https?:\/\/(?:[^/]*\.)?(?:doi\.org|handle\.net|n2t\.net|identifiers\.org|nbn-resolving\.\w+|purl\.org|linkinghub\.elsevier\.com|api\.crossref\.org)\//i;

/** A PDF link a page's tag gives: none when it names the page itself (the landing page read, never a PDF). */
export function otherThanPage(href: string | undefined, page: URL): string | undefined {
  const pdf = absUrl(href, page);
  return pdf?.split('#')[0] === page.href.split('#')[0] ? undefined : pdf;
}

/** The PDF's address: none when what is offered as one is a resolver. */
function pdfLink(pdf: string | undefined): string | undefined {
  const href = pdf ? absUrl(pdf, pdf) : undefined;
  return href && !RESOLVER.test(href) ? href : undefined;
}

/**
 * Bound every field to what ArticleSchema accepts (a hostile page must not make the whole
 * page fail validation) and drop empty ones. Returns null without a title.
 */
export function finish(article: ArticleInput): Article | null {
  const title = cut(article.title, MAX.title);
  if (!title) return null;
  const out: Record<string, unknown> = {
    ...article,
    title,
    authors: article.authors
      .map((a) => cut(a, MAX.author))
      .filter(Boolean)
      .slice(0, MAX.authors),
    journal: cut(article.journal, MAX.journal),
    volume: cut(article.volume, MAX.volume),
    issue: cut(article.issue, MAX.issue),
    pages: cut(article.pages, MAX.pages),
    // Kept in lines: a structured abstract's sections (Background, Methods, …) stay apart.
    abstract: cutLines(article.abstract, MAX.abstract),
    snippet: cut(article.snippet, MAX.snippet),
    sourceId: cut(article.sourceId, MAX.sourceId),
    language: cut(article.language, MAX.language),
    keywords: article.keywords
      ?.map((k) => cut(k, MAX.keyword))
      .filter(Boolean)
      .slice(0, MAX.keywords),
    // Adapters resolve links against the page; here only absolute http(s) URLs pass.
    url: (article.url && absUrl(article.url, article.url)) || '',
    pdfUrl: pdfLink(article.pdfUrl),
  };
  if ((out.keywords as string[] | undefined)?.length === 0) delete out.keywords;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  if (out.authorsTruncated === false) delete out.authorsTruncated;
  if (out.journalTruncated === false) delete out.journalTruncated;
  return out as Article;
}

/** Keywords from "Kata kunci: a; b; c.", else "a · b · c", else "a, b, c": the label taken off. */
export function splitKeywords(value: string | null | undefined): string[] {
  return splitKeywordList(toText(value).replace(LEADING_LABEL, ''));
}

/** Links that name a DOI: doi.org (and dx.), or Crossref's record of it (Garuda, OJS themes). */
export const DOI_LINK = 'a[href*="doi.org/10."], a[href*="crossref.org/works/10."]';
