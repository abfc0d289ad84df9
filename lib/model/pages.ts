// Page ranges, one rule for every source: imports (lib/formats) and pages, whose pages
// ArticleSchema writes the same way, so that a record read from its page and from its RIS
// export gives the same pages ("45 – 52", "pp. 45-52" and "45-52" are all "45-52").
import { cleanText } from './normalize';

// "No Specified", "n/a", "-": page fields that say there are no pages. EBSCO (CINAHL, Academic
// Search) writes "N.PAG" ("no pagination", MLA's "n. pag.") for an article without page numbers,
// in both its RIS fields ("SP  - N.PAG", "EP  - N.PAG") and once a side of BibTeX's range ("pages =
// {N.PAG -- N.PAG}"): read as a page, "N.PAG" would keep the record apart from its copies elsewhere.
const NO_PAGES = /^(?:no(?:t)?\s*specified|n\/?a|-+|none|n\.?\s?pag\.?(?:\s*-\s*n\.?\s?pag\.?)?)$/i;
// A page COUNT where the pages go, no range: TRID's report "SP  - 146p", EBSCO's "11p.", a library
// catalogue's collation ("xii, 245 pages : illustrations ; 24 cm", SLiMS's "xiv, 120 hlm.: bibl., indek;
// 25 cm", a thesis's "xii, 120 hlm"): the number before the word, never a page of the article.
const PAGE_COUNT = /^(?:[ivxlc]+\s*,\s*)?\d+\s*(?:pp?|pages|hlm|halaman|hal)\.?(?:\s*[:;].*)?$/i;
const PAGE_RANGE = /^(\d+)-(\d+)$/;
// Every dash between pages, with the spaces some exports put around it ("45 - 52", "1950 – 1960");
// and a tilde or "s/d" between two page numbers only ("~12" stays): Indonesian and other Asian
// journals print "hal. 272~276" (Japanese "272〜276", fullwidth "272～276"), which Mendeley passes
// on as "272~276", "272∼276" (U+223C, from a PDF) or BibTeX "272{\~{}}276"; Indonesian
// "272 s/d 276" and "272 s.d. 276" ("sampai dengan", up to) say it in words.
const DASHES = /\s*(?:--+|[\u2010-\u2015\u2212])\s*|\s+-\s*|\s*-\s+|(?<=\d)\s*(?:[~\u223c\u301c\uff5e]|\s[sS] ?[/.] ?[dD]\.?\s)\s*(?=[A-Za-z]{0,3}\d)/g;

/** A page number of digits alone ("1084"): checked without a regex, for the usual case. */
export function digitsOnly(value: string | undefined): value is string {
  if (!value) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "p. 45", "pp 45", "hal. 45", "Halaman 45": a word before the number, never a letter of the page ("P1", "P0123"). */
const PAGE_WORD = /^(?:pp?\.\s*|pp\s+|pages?\s+|hal(?:aman)?\.?\s*|hlm\.?\s*)(?=\d)/i;

/**
 * Start and end page joined "1084-1092"; dashes of every kind written as "-"; a shortened
 * last page (MEDLINE's "6913-7") written whole, as the other databases write it.
 */
export function joinPages(start: string | undefined, end?: string): string | undefined {
  // The usual case, two page numbers, without a regex.
  if (digitsOnly(start) && digitsOnly(end)) {
    // A one-page article written as a range of one page ("SP 45", "EP 45"): its page.
    if (start === end) return start;
    return end.length >= start.length ? `${start}-${end}` : expandPages(`${start}-${end}`);
  }
  // "pp. 45-52", "hal. 45-52" (Indonesian journals): the numbers without the word.
  const sp = cleanText(start).replace(DASHES, '-').replace(PAGE_WORD, '');
  const ep = cleanText(end).replace(DASHES, '-').replace(PAGE_WORD, '');
  // A start page with a dash of its own is a range, unless it is a page of a proceedings' part (IEEE's "SP  - III-493").
  if (sp && ep && (!sp.includes('-') || ROMAN_PART_PAGE.test(sp))) {
    if (sp === ep) return NO_PAGES.test(sp) ? undefined : sp;
    return NO_PAGES.test(`${sp} ${ep}`) ? undefined : expandPages(`${sp}-${ep}`);
  }
  const pages = sp || ep;
  return pages && !NO_PAGES.test(pages) && !PAGE_COUNT.test(pages) ? expandPages(pages) : undefined;
}

// A list of pages, each part after a comma or semicolon and a space: MEDLINE's "179-81, 195" (an
// article continued on a later page), which Lens.org's CSV splits at its first dash, "Start Page"
// 179 and "End Page" "81, 195". A comma without a space may be a thousands separator ("1,234").
const PAGE_LIST = /([,;]\s+)/;

/** "6913-7" → "6913-6917" (a range whose end is shorter than its start is always abbreviated); "321-321" → "321"; each range of a list so ("179-81, 195" → "179-181, 195"). */
export function expandPages(pages: string): string {
  const match = PAGE_RANGE.exec(pages);
  if (!match) return pages.includes(', ') || pages.includes('; ') ? expandList(pages) : romanPart(pages);
  if (match[1] === match[2]) return match[1];
  return match[2].length >= match[1].length ? pages : `${match[1]}-${wholeEnd(match[1], match[2])}`;
}

function expandList(pages: string): string {
  const parts = pages.split(PAGE_LIST);
  // The separators are at the odd places; no page has one, so no page is a list again.
  for (let i = 0; i < parts.length; i += 2) parts[i] = expandPages(parts[i]);
  return parts.join('');
}

/** The last page written whole: "6913", "7" → "6917". */
const wholeEnd = (start: string, end: string) => (end.length >= start.length ? end : start.slice(0, start.length - end.length) + end);

// IEEE Xplore numbers the pages of a proceedings' parts with the part's Roman numeral, and may
// shorten the end as MEDLINE does or leave its numeral out: "III-493-6" (with "vol.3" after it,
// lib/formats/issue-labels.ts), "II-677-683". Written as IEEE writes the whole range: "III-493-III-496".
const ROMAN_PART_RANGE = /^([IVX]{1,4})-(\d+)-(\d+)$/;
/** A page of a proceedings' part ("III-493"), with either dash: joinPages and the page reader (lib/sites/dom.ts) tell it from a range so. */
export const ROMAN_PART_PAGE = /^[IVX]{1,4}[-–]\d+$/;

/** A part's range with the part's numeral on both pages and the end whole; any other pages as they are. */
function romanPart(pages: string): string {
  const c = pages.charCodeAt(0);
  // Only pages that start with I, V or X are looked at.
  if (c !== 73 && c !== 86 && c !== 88) return pages;
  const match = ROMAN_PART_RANGE.exec(pages);
  if (!match) return pages;
  const [, part, start, end] = match;
  return start === end ? `${part}-${start}` : `${part}-${start}-${part}-${wholeEnd(start, end)}`;
}
