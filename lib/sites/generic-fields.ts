// Fields of the generic reader that need more than a tag's value: the DOI the body links to,
// COinS, authors and keywords as journal systems write them, and values cleaned of the words and
// markup sites leave in them. Only the reader bundles this file (site scripts have their own).
import { DOT_LIST, normalizeDoi, parseYear, wordKey } from '../model/normalize';
import { titleAndTranslated } from '../formats/translated';
import { keywordList } from '../formats/values';
import { MARKED, ELSEWHERE } from './abstract';
import { DOI_LINK, splitKeywords, textOf, toText } from './dom';
import { authorList, authorNames } from './meta';
import { names, type Json } from './generic-ld';

type Meta = Map<string, string[]>;

/**
 * The kind of publication the Highwire tags Google Scholar asks for already say: a thesis names
 * its university (citation_dissertation_institution), a report its institution
 * (citation_technical_report_institution), a conference paper its proceedings
 * (citation_conference_title), a chapter its book (citation_inbook_title). A journal article's
 * page says nothing more than a journal does: none, as for pages before.
 */
export const pageType = (m: (name: string) => string | undefined) =>
  m('citation_dissertation_institution')
    ? 'thesis'
    : m('citation_technical_report_institution')
      ? 'report'
      : m('citation_conference_title')
        ? 'conference-paper'
        : m('citation_inbook_title')
          ? 'chapter'
          : undefined;

/**
 * Where a DOI link names another work: references, citations ("How to cite", a cited-by list),
 * related or most-read lists, sidebars (also a theme's "right-sidebar" column), bibliographies,
 * and the abstract (a dataset's or a protocol's DOI). An OJS page without a DOI often cites one.
 * A layout wrapper that only says it has a sidebar (OJS 3's "has_sidebar") holds the article.
 * The page's footer and banner name the journal: ARIA landmarks here, the rest in inPageFrame.
 */
const NOT_ITS_DOI = `${ELSEWHERE}, ${MARKED}, [role="contentinfo"], [role="banner"], [id*="citation" i], [class*="citation" i], [class*="sidebar" i]:not([class*="has_sidebar" i], [class*="has-sidebar" i], [class*="with-sidebar" i], [class*="no-sidebar" i]), [id*="bibliograph" i], [class*="bibliograph" i], [class*="ref-list" i], [class*="pustaka" i], [id*="pustaka" i]`;
/** A heading that opens the reference list, in the languages Saring's reviewers read. */
const REFERENCES = /^(?:references?|referensi|daftar (?:pustaka|rujukan|referensi)|kepustakaan|rujukan|bibliography|literature cited|works cited)\s*:?$/i;

/**
 * Headings in page order: h1–h6, and the bold or plain paragraph a journal writes as the heading of
 * its reference list ("<p><strong>DAFTAR PUSTAKA</strong></p>").
 */
function headingsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, p, strong, b')).filter(
    (el) => el.tagName[0] === 'H' || ((el.textContent ?? '').length < 40 && REFERENCES.test(toText(el.textContent))),
  );
}

/** True when the last heading before the link opens a reference list (a panel with no marking class). */
function underReferences(link: Element, headings: Element[]): boolean {
  let last: Element | undefined;
  for (const h of headings) {
    if (h.compareDocumentPosition(link) & 4 /* FOLLOWING */) last = h;
    else break;
  }
  return !!last && REFERENCES.test(toText(last.textContent));
}

const MAIN = 'article, main, [role="main"]';

/**
 * In the page's header or footer, which name the journal (its DOI prefix or landing DOI). A header
 * inside the article or the main content holds the article's title and DOI; a box classed
 * "…footer" holding them is a layout wrapper (arXiv's "flex-wrap-footer"), not a footer. In code:
 * happy-dom, which the tests run on, misreads ":not(article *)".
 */
function inPageFrame(link: Element): boolean {
  const header = link.closest('header');
  const footer = link.closest('[class*="footer" i]');
  return (!!header && !header.parentElement?.closest(MAIN)) || (!!footer && !footer.querySelector(`${MAIN}, h1`));
}

/**
 * A DOI the page body links to, only when every doi.org link outside references names the same
 * DOI (arXiv shows its own DOI that way); a page linking several is citing, not naming itself.
 */
export function bodyDoi(doc: Document): string | undefined {
  const links = Array.from(doc.querySelectorAll(DOI_LINK)).filter((a) => !a.closest(NOT_ITS_DOI) && !inPageFrame(a));
  if (!links.length) return undefined;
  const headings = headingsOf(doc);
  let found: string | undefined;
  for (const a of links) {
    if (underReferences(a, headings)) continue;
    const doi = normalizeDoi(a.getAttribute('href'));
    if (!doi) continue;
    if (found && doi !== found) return undefined;
    found = doi;
  }
  return found;
}

/** COinS (span.Z3988): used only when the page describes one work, not a reference list. */
export function coins(doc: Document): URLSearchParams | undefined {
  const spans = doc.querySelectorAll('span.Z3988[title]');
  if (spans.length !== 1) return undefined;
  try {
    return new URLSearchParams(spans[0].getAttribute('title') ?? '');
  } catch {
    return undefined;
  }
}

// Affiliation and correspondence marks written onto a name: "Siti Aminah1*", "Budi Santoso2,3", "Rina†", "Dewi *".
const MARKERS = /(?<=\p{L})(?:\d+(?:,\d+)*\s*\**|\s*[*†‡§¶]+)$/u;
// A site's user, not a person: WordPress and other CMSs sign posts so.
const NOT_A_PERSON = /^(?:admin|administrator|webmaster|editor|redaksi|super ?user)$/i;
/** "Siti Aminah dan Budi Santoso", "A and B": several names in one value. */
const JOINED = /\s+(?:dan|and|&)\s+/i;

/** "A B, C D dan E F": the parts before "dan" are full names (two words each), not "Last, First". */
function splitJoined(value: string): string[] {
  const parts = value.split(JOINED);
  const named = parts.flatMap((p) => p.split(','));
  return named.every((n) => n.trim().includes(' ')) ? named : value.includes(',') ? [value] : parts;
}

function cleanNames(list: string[]): string[] {
  const split = list.length === 1 && JOINED.test(list[0]) ? splitJoined(list[0]) : list;
  return split.map((n) => n.replace(MARKERS, '').trim()).filter((n) => n && !NOT_A_PERSON.test(n));
}

/**
 * The author list of an OJS 3 article page (default theme and its children: 3.0 and 3.1's
 * ul.item.authors, 3.2's section.item.authors > ul.authors), a name to each span.name. Read when
 * no tag names them: OJS 3.0's Dublin Core plugin, alone on many journals, calls explode() with
 * its arguments swapped and writes ", " as the one DC.Creator.PersonalName.
 */
const PAGE_AUTHORS = '.obj_article_details .authors .name';

/** Authors in order of trust: Highwire, DC creators, DC contributors (bioRxiv), EPrints, JSON-LD, COinS, the page's list. */
export function authorsOf(meta: Meta, ld: Json | undefined, co: URLSearchParams | undefined, doc: Document): string[] {
  const sources = [
    () => authorList(meta, 'citation_author', 'citation_authors'),
    () => authorNames(['dc.creator', 'dc.creator.personalname', 'dcterms.creator'].flatMap((n) => meta.get(n) ?? [])),
    () => authorList(meta, 'dc.contributor'),
    () => authorList(meta, 'eprints.creators_name'),
    // JSON-LD may name them all in one string ("Ann Lee, Bo Kim, Cy Park"): split as one tag holding them is.
    () => (ld ? authorNames(names(ld.author ?? ld.creator)) : []),
    () => {
      if (!co) return [];
      const listed = [...co.getAll('rft.au'), ...co.getAll('rft.creator')].map(toText).filter(Boolean);
      const last = co.get('rft.aulast');
      const firstName = co.get('rft.aufirst');
      return listed.length || !last ? listed : [toText(firstName ? `${last}, ${firstName}` : last)];
    },
    () => Array.from(doc.querySelectorAll(PAGE_AUTHORS), textOf),
  ];
  for (const source of sources) {
    const authors = cleanNames(source());
    if (authors.length) return authors;
  }
  return [];
}

const LABEL = /^(?:key\s*-?words?|kata\s+kunci)\s*[:：]\s*/i;
// Publishers whose DC.subject is a subject area ("Medicine & Public Health"), not the authors' keywords.
const SUBJECT_AREAS = /springer|biomed central|\bbmc\b|nature/i;

/**
 * DC.subject when it holds the authors' keywords: not a publisher's subject areas, nor an EPrints
 * repository's (any eprints.* tag), whose DC.subject is the Library of Congress class the library
 * filed the item under ("R Medicine (General)", "RG Gynecology and obstetrics").
 */
function dcSubjects(meta: Meta): string[] | undefined {
  const publisher = meta.get('dc.publisher')?.[0] ?? meta.get('citation_publisher')?.[0] ?? '';
  const eprints = [...meta.keys()].some((name) => name.startsWith('eprints.'));
  return SUBJECT_AREAS.test(publisher) || eprints ? undefined : meta.get('dc.subject');
}

/** The languages (xml:lang, lang) of a tag's values, which metaMap does not keep: the page's tags looked at again. */
export const tagLanguages = (doc: Document, name: string) =>
  new Set(
    Array.from(doc.getElementsByTagName('meta'))
      .filter((el) => el.getAttribute('name')?.trim().toLowerCase() === name)
      // Only languages the tags name, by their first part: DSpace tags its notes "en_US" and
      // leaves others untagged, one language, where OJS names each ("id", "en").
      .map((el) => (el.getAttribute('xml:lang') ?? el.getAttribute('lang') ?? '').split(/[-_]/)[0].toLowerCase())
      .filter(Boolean),
  ).size;

/**
 * Keywords. One tag may hold a "a; b; c" or "a, b, c" list, led by "Kata kunci:" and ended with
 * ".". Bilingual OJS pages repeat the tag per language, each with such a list; other repeated tags
 * hold one keyword each ("primary care, general practice" is one subject). DSpace adds the item's
 * type ("Thesis") to its keywords: never a keyword. OJS 3.3 and later write citation_keywords in
 * the article's own language only and DC.Subject in each: then both, the review's terms may be in either.
 */
export function keywordsOf(meta: Meta, ld: Json | undefined, doc: Document): string[] {
  const cited = meta.get('citation_keywords');
  const subjects = dcSubjects(meta);
  // The page's tags looked at again only when both are there. (OJS names the citation tags'
  // language; untagged ones, DSpace's, are not OJS's.)
  const own = cited && subjects ? tagLanguages(doc, 'citation_keywords') : 0;
  const more = subjects && own > 0 && tagLanguages(doc, 'dc.subject') > own ? subjects : [];
  const tagged = (cited && [...cited, ...more]) ?? meta.get('eprints.keywords') ?? subjects;
  const ldKeywords = typeof ld?.keywords === 'string' ? [ld.keywords] : names(ld?.keywords);
  const list = tagged ?? ldKeywords;
  const words = list.length === 1 ? splitKeywords(list[0]) : list.flatMap(repeatedTag);
  const types = new Set((meta.get('dc.type') ?? []).map((t) => t.toLowerCase()));
  // Bilingual OJS pages tag both languages' keywords, often with the same word twice.
  return [...new Set(words.filter((k) => k && !types.has(k.toLowerCase())))];
}

/**
 * A metadata table's row that dates the work, by its header cell: OPUS 4 writes its date tags from
 * the date of first publication only, so a thesis it dates by completion has none ("Year of
 * Completion" | "2019", "Date of Publication (online)" | "14.05.2019", in German "Jahr der
 * Fertigstellung", "Datum der Veröffentlichung (online)"); OPUS 3 prints "Erscheinungsjahr:" | "2005".
 */
const YEAR_ROW =
  /^(?:(?:year|date) of (?:first )?publication(?: \(online\))?|publication (?:year|date)|year of completion|erscheinungsjahr|ver(?:ö|oe)ffentlichungsjahr|jahr der (?:erstver(?:ö|oe)ffentlichung|fertigstellung)|datum der (?:erst)?ver(?:ö|oe)ffentlichung(?: \(online\))?|tahun terbit)\s*:?$/i;

/** The year a repository's front page gives only in its metadata table (read when no tag dates the work). */
export function tableYear(doc: Document): number | undefined {
  for (const row of Array.from(doc.getElementsByTagName('tr'))) {
    const [head, value] = Array.from(row.children);
    if (value && YEAR_ROW.test(toText(head.textContent))) {
      const year = parseYear(toText(value.textContent));
      if (year) return year;
    }
  }
  return undefined;
}

/**
 * One of several keyword tags: a list when it holds ";" or two commas or more ("stunting, balita,
 * gizi"); one keyword when it has one comma ("primary care, general practice", "Infant, Newborn").
 */
function repeatedTag(value: string): string[] {
  const text = toText(value).replace(LABEL, '');
  const list = text.includes(';') || /,.*,/.test(text) || DOT_LIST.test(text) ? keywordList(text) : [text];
  return list.map((k) => k.replace(/[.;,]+$/, '').trim());
}

/** "Vol. 5", "No. 2", "pp. 12-20", "Hal. 12-20": the number without the word sites print before it. */
export const bare = (value: string | undefined) => value?.replace(/^\s*(?:vol(?:ume)?|no|nomor|issue|iss|pp?|hal(?:aman)?)\.?\s*(?=\w)/i, '') || undefined;

/**
 * An abstract holding both languages in one field ("Abstrak: … Abstract: …", or the other way
 * round): the second starts a paragraph of its own, so that a reviewer sees two abstracts rather
 * than one run-on text. Both are kept: the review's terms may be in either language.
 */
export function twoLanguages(abstract: string | undefined): string | undefined {
  if (!abstract || abstract.length < 200) return abstract;
  const match = /^(?:abstrak|abstract)\b/i.exec(abstract) ? /\s((?:ABSTRACT|Abstract|ABSTRAK|Abstrak)\s*[:.]?\s)/.exec(abstract.slice(80)) : null;
  if (!match) return abstract;
  const at = 80 + match.index;
  return `${abstract.slice(0, at).trimEnd()}\n${abstract.slice(at + 1)}`;
}

/**
 * An abstract with each paragraph once: the same words twice, whatever the spacing, quotes and
 * punctuation between them (a news page's standfirst in its description and again in its body,
 * one abstract tagged in two language codes), keep the first. A short line (a heading "Methods"
 * in each language's abstract) may come again.
 */
export function onceEach(abstract: string): string {
  const seen = new Set<string>();
  return abstract
    .split('\n')
    .filter((line) => {
      const key = wordKey(line);
      if (key.length < 40) return true;
      const again = seen.has(key);
      seen.add(key);
      return !again;
    })
    .join('\n');
}

/**
 * The English title a page gives beside its title in another language: OJS's Dublin Core plugin
 * writes each other language's title as DC.Title.Alternative with its xml:lang, and some themes
 * a second citation_title. Undefined when there is none, or it is the title again.
 */
export function englishTitle(doc: Document, title: string): string | undefined {
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const name = el.getAttribute('name')?.trim().toLowerCase();
    if (name !== 'dc.title.alternative' && name !== 'citation_title') continue;
    const english = /^en(?![a-z])/i.test(el.getAttribute('xml:lang') ?? el.getAttribute('lang') ?? '') ? toText(el.getAttribute('content')) : '';
    // Only a title in another language gives way: not the same words again ("… production."), nor an
    // English title whose "alternative" is in fact the Indonesian one (a mislabelled xml:lang).
    if (english && wordKey(english) !== wordKey(title) && titleAndTranslated(title, english)[0] === english) return english;
  }
  return undefined;
}
