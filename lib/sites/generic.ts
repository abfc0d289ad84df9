import type { ArticleInput } from '../model';
import { NO_ABSTRACT, normalizeDoi, normalizePmid, parseYear, wordKey } from '../model/normalize';
import type { SiteAdapter } from './types';
import { finish, otherThanPage, pageRange, toText, titleText } from './dom';
import { first, metaMap, pick } from './meta';
import { bodyAbstract } from './abstract';
import { labelYear, linkedIssue } from './issue-link';
import { abstractKeywords, withoutEndKeywords } from '../model/abstract-keywords';
import { unlabelNumbers } from '../formats/issue-labels';
import { citedJournal, dcSource } from './generic-source';
import { jsonDoi, jsonLd, ldLanguage, ldPages, ldVolumeIssue, nameOf, onlyArticle, periodicalName, str, type Json } from './generic-ld';
import { authorsOf, bare, bodyDoi, coins, englishTitle, keywordsOf, onceEach, pageType, tableYear, tagLanguages, twoLanguages } from './generic-fields';
import { bodyKeywords } from './keyword-box';
import { publishedIn } from './generic-rdfa';
import { ARTICLE_LIMITS } from '../model/limits';
import { unglued } from '../model/glued-labels';

// Any scholarly page with embedded metadata: OJS journals (most Indonesian journals), PMC,
// Europe PMC, ResearchGate, Semantic Scholar, publishers. Sources in Zotero's order of trust:
// Highwire `citation_*`, then Dublin Core (`DC.*`, `dcterms.*`), PRISM, JSON-LD, COinS.
// It has no match patterns: it runs only when the reviewer asks ("Read this page").

/**
 * A tag escaped twice in the page source (`&amp;lt;i&amp;gt;`), which the attribute gives back
 * as `&lt;i&gt;`: removed here, as toText removes real tags. "p &lt; 0.05" is not a tag.
 */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s.*?)?\/?&gt;/gi;
/** Italics, sub- and superscripts join their word ("CO<sub>2</sub>"); other tags part words. */
const INLINE = /^&lt;\/?(?:i|b|em|strong|su[bp]|span|u)\b/i;

/** A heading in an abstract's markup: a section's label on a line of its own (Europe PMC's "<h4>Methods</h4>Text"). */
const HEADING_TAG = /<\/?h[1-6]\b[^<>]*>/i;
/**
 * Tags escaped twice taken out of a meta value, a heading left as a real one for abstractText;
 * the database sites' own tags are escaped right.
 */
const unescapeTags = (content: string) =>
  content.includes('&lt;') ? content.replace(ESCAPED_TAG, (tag) => (INLINE.test(tag) ? '' : /^&lt;\/?h[1-6]\b/i.test(tag) ? '<h6>' : ' ')) : content;
/** An abstract tag's text, its headings on lines of their own; paragraphs run on, as the tag gives them. */
const abstractText = (value: string) => value.split(HEADING_TAG).map(toText).filter(Boolean).join('\n');
/** Inline tags written into an attribute ("HbA<sub>1c</sub>"): taken out without a space, before toText parts words at tags. */
const INLINE_TAG = /<\/?(?:i|b|em|strong|su[bp]|span|u)\b[^<>]*>/gi;
/**
 * An entity left in a value escaped twice ("&amp;alpha;" gives "&alpha;"); toText decodes the basic
 * ones itself. Numbered ones too ("N&#250;&#241;ez", as OJS 2 stored names): their ";" would split
 * a name or a keyword list before toText saw them.
 */
const ENTITY_LEFT = /&(?!(?:amp|lt|gt|quot|apos|nbsp);)(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/gi;

/**
 * A meta tag's value with its markup taken out: inline tags joined, tags escaped twice removed,
 * and entities escaped twice ("&alpha;", "&plusmn;", "&#250;") decoded by the browser's own parser,
 * which knows them all: each entity alone is parsed (never the value, which may hold tags), in
 * a document that is never shown, so nothing in it runs or loads.
 */
function cleaner(doc: Document): (content: string) => string {
  const Parser = doc.defaultView?.DOMParser;
  const decode = (entity: string) => (Parser ? (new Parser().parseFromString(entity, 'text/html').body?.textContent ?? entity) : entity);
  return (content) => {
    // "-", "–", ".": what a journal system writes in a field it has no value for (keywords, volume, an author).
    if (!/[\p{L}\p{N}]/u.test(content)) return '';
    const value = unescapeTags(content.includes('<') ? content.replace(INLINE_TAG, '') : content);
    return value.includes('&') ? value.replace(ENTITY_LEFT, decode) : value;
  };
}

/** Letters and digits only: the same words whatever the breaks and punctuation between them. */

/**
 * The abstract from the metadata; from the page body when the metadata has none (PMC), cuts it
 * short ("… a randomised trial of 60 mo…"), or gives the same words without the breaks the
 * page shows between its sections (Springer's and BMC's "Background … Methods …").
 */
function abstractOf(doc: Document, fromMeta: string): string | undefined {
  // Run together (OJS): the page's own box has its breaks; without one, the labels are parted.
  const glued = fromMeta && unglued(fromMeta);
  const body = bodyAbstract(doc);
  if (glued && body) return body;
  if (body?.includes('\n') && wordKey(body) === wordKey(fromMeta)) return body;
  const meta = glued || fromMeta;
  const short = glued || !fromMeta || /(?:…|\.\.\.)$/.test(fromMeta);
  return short && body && body.length > meta.length ? body : meta ? twoLanguages(meta) : undefined;
}

/**
 * The abstract and the keywords: the metadata's, else the page's own keyword lists, else the lists
 * written into the abstract (OJS: "… (p = 0.001). Kata kunci: a, b, c"), which ending the abstract
 * are no part of it.
 */
function abstractAndKeywords(doc: Document, meta: Meta, ld: Json | undefined, c: (name: string) => string | undefined) {
  const abstract = abstractOf(doc, metaAbstract(doc, meta) ?? noPlaceholder([toText(str(ld?.abstract) ?? str(ld?.description) ?? c('rft.description'))])[0] ?? '');
  const tagged = keywordsOf(meta, ld, doc);
  const keywords = tagged.length ? tagged : bodyKeywords(doc);
  return {
    abstract: abstract && onceEach(withoutEndKeywords(abstract)),
    keywords: keywords.length || !abstract ? keywords : abstractKeywords(abstract),
  };
}

type Meta = ReturnType<typeof metaMap>;

const ABSTRACT_TAGS = ['citation_abstract', 'dcterms.abstract', 'eprints.abstract', 'dc.description', 'dcterms.description'];
/**
 * DSpace 7 (Generator "DSpace 7.6.1", which test() reads as text) writes dc.description.abstract only as the page's
 * description (dspace-angular metadata.service.ts, setDescriptionTag; "desciption" in the 7.0 betas). Another
 * site's description is a blurb or a teaser: read on DSpace's pages alone, last.
 */
const abstractTags = (meta: Meta) => (/^dspace/i.test(meta.get('generator') as unknown as string) ? [...ABSTRACT_TAGS, 'description', 'desciption'] : ABSTRACT_TAGS);
/** An abstract tag holding no abstract (NO_ABSTRACT) gives way to the next tag, JSON-LD or the page's own box. */
const noPlaceholder = (values: string[]) => values.filter((v) => !NO_ABSTRACT.test(v));

/**
 * The abstract tag's text. OJS writes it once per language (xml:lang="id", then "en"): each
 * language's abstract is kept, a paragraph each and in page order, as the keywords of both are;
 * the review's terms may be in either. Repeated tags of one language (DSpace's notes) give the first.
 * OJS 3.3 and later write citation_abstract in the article's own language only, DC.Description in
 * each: a later tag holding every language, that abstract among them, comes before an earlier one
 * holding one (a DSpace thesis's DC.description notes never replace its DCTERMS.abstract).
 */
function metaAbstract(doc: Document, meta: Meta): string | undefined {
  let one: string | undefined;
  for (const name of abstractTags(meta)) {
    const values = noPlaceholder((meta.get(name) ?? []).map(abstractText));
    if (values.length === 0) continue;
    const every = values.length > 1 && tagLanguages(doc, name) > 1;
    if (every && (one === undefined || values.some((v) => wordKey(v) === wordKey(one!)))) return [...new Set(values)].join('\n');
    one ??= values[0];
  }
  return one;
}
type Ld = Json | undefined;
type Coins = URLSearchParams | undefined;

const YEAR_TAGS = [
  'citation_publication_date',
  'citation_date',
  'citation_cover_date',
  'citation_year',
  'citation_online_date',
  'prism.publicationdate',
  'prism.coverdate',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dc.date.issued',
  'eprints.date',
];

function yearOf(meta: Meta, ld: Ld, c: (name: string) => string | undefined): number | undefined {
  return pick(meta, parseYear, ...YEAR_TAGS) ?? parseYear(str(ld?.datePublished) ?? str(ld?.dateCreated) ?? str(ld?.copyrightYear)) ?? parseYear(c('rft.date'));
}

/** The journal: tags, Dublin Core's source, JSON-LD, COinS; last a guess from the page's own citation's prose (`cited`). */
function journalOf(
  m: (...names: string[]) => string | undefined,
  ld: Ld,
  c: (name: string) => string | undefined,
  dc: string | undefined,
  cited: () => string | undefined,
): string | undefined {
  const named = m('citation_journal_title', 'citation_conference_title', 'citation_inbook_title', 'prism.publicationname', 'eprints.publication');
  return toText(named ?? dc ?? periodicalName(ld?.isPartOf) ?? str(ld?.publication) ?? nameOf(ld?.periodical) ?? c('rft.jtitle') ?? cited() ?? '') || undefined;
}

/**
 * The DOI the page's metadata declares (tags, JSON-LD, COinS); a DOI the body links to is only a
 * fallback. EPrints keeps the published version's link in official_url, often the DOI's, when its
 * id_number is empty: that link names this work, as a repository's DC.relation may not.
 */
function declaredDoi(meta: Meta, ld: Ld, co: Coins): string | undefined {
  return (
    pick(meta, normalizeDoi, 'citation_doi', 'prism.doi', 'dc.identifier.doi', 'dc.identifier', 'dcterms.identifier', 'eprints.id_number', 'eprints.official_url') ??
    (ld && jsonDoi(ld)) ??
    co?.getAll('rft_id').map(normalizeDoi).find(Boolean)
  );
}

/**
 * Whether the page describes one work. A journal's home or issue page may carry `DC.Title` (the
 * journal's own name) and a description: Dublin Core alone names an article only together with
 * its authors, a DOI or the journal it appeared in; and no article is titled as its journal.
 * A news or blog post typed only "Article" in JSON-LD (WordPress, a news site) is a work only
 * with a DOI or a journal: its author and date alone make no scholarly article. Only a DOI the
 * metadata declares counts: a journal's home page links to its articles' DOIs too.
 */
function isWork(article: ArticleInput, typed: boolean, post: boolean, declared: boolean): boolean {
  const journal = article.journal?.toLowerCase();
  if (journal === article.title.toLowerCase()) return false;
  if (post) return declared || !!journal;
  return typed || article.authors.length > 0 || declared || !!journal;
}

/** Volume, issue and pages: Highwire, PRISM, Dublin Core, EPrints, JSON-LD, COinS; without "Vol."/"No."/"pp.". */
function numbersOf(doc: Document, m: (...names: string[]) => string | undefined, ld: Ld, c: (name: string) => string | undefined, [, label, pages]: string[], printed: boolean) {
  const nested = ldVolumeIssue(ld);
  const onVolume = /^vol/i.test(label ?? '');
  // Labelled as OJS prints an issue ("Vol 5 No 2 (2021)", "No 2 (2021): Juli - Desember"): the numbers, as imports read them.
  const numbers: { volume?: string; issue?: string; year?: string | number } = {
    volume: m('citation_volume', 'prism.volume', 'dc.source.volume', 'eprints.volume') ?? nested.volume ?? c('rft.volume') ?? (onVolume ? label : undefined),
    // SciELO writes the issue as citation_number.
    issue:
      m('citation_issue', 'citation_number', 'prism.number', 'prism.issueidentifier', 'dc.source.issue', 'eprints.number') ??
      nested.issue ??
      c('rft.issue') ??
      (onVolume ? undefined : label),
  };
  const issue = numbers.issue;
  unlabelNumbers(numbers);
  // The year of the issue as its label gives it: "Vol 8 No 2 (2019)" in the volume tag, the issue's or DC.Source.
  const labelled = parseYear(numbers.year) ?? labelYear(issue) ?? labelYear(label);
  // Else, or when the tags lack the volume or issue, the issue the page links to (read only then),
  // when its numbers do not contradict the tags': the numbers the tags lack, and its year.
  // Never over an issue the page prints in RDFa (`printed`): an Atypon banner links the current issue, "/toc/cnr/33/2".
  const linked = (labelled && numbers.volume && numbers.issue) || printed ? undefined : linkedIssue(doc);
  const agree = (tag: string | undefined, link: string | undefined) => !tag || !link || bare(tag) === link;
  const fits = linked && agree(numbers.volume, linked.volume) && agree(numbers.issue, linked.issue);
  if (fits) [numbers.volume, numbers.issue] = [numbers.volume || linked.volume, numbers.issue || linked.issue];
  return {
    issueYear: labelled ?? (fits ? linked.year : undefined),
    issueJournal: fits ? linked.journal : undefined,
    volume: bare(numbers.volume),
    issue: bare(numbers.issue),
    pages: bare(
      pageRange(m('citation_firstpage', 'prism.startingpage'), m('citation_lastpage', 'prism.endingpage')) ??
        m('dc.identifier.pagenumber', 'eprints.pagerange') ??
        ldPages(ld) ??
        pageRange(c('rft.spage'), c('rft.epage')) ??
        c('rft.pages') ??
        pages,
    ),
  };
}

/**
 * Highwire's tags under another platform's prefix: Lippincott's (LWW) `wkhealth_title`, Digital
 * Commons' `bepress_citation_title` (as Zotero's translators read them), each taken as its
 * `citation_` tag where the page has none of that name.
 */
const PREFIXES = /^(?:wkhealth_|bepress_citation_)/;
function aliased(meta: Meta): Meta {
  for (const [name, values] of meta) {
    const cited = name.replace(PREFIXES, 'citation_');
    if (cited !== name && !meta.has(cited)) meta.set(cited, values);
  }
  return meta;
}

export const generic: SiteAdapter = {
  id: 'web',
  matches: [],
  accepts: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract(doc, url) {
    const meta = aliased(metaMap(doc, cleaner(doc)));
    const m = (...names: string[]) => first(meta, ...names);
    const ld = jsonLd(doc, url);
    const co = ld ? undefined : coins(doc);
    const c = (name: string) => co?.get(name) ?? undefined;
    const cited = m('citation_title');
    const title = titleText(
      cited ?? m('dc.title', 'dcterms.title', 'prism.title', 'eprints.title') ?? str(ld?.headline) ?? str(ld?.name) ?? c('rft.atitle') ?? c('rft.btitle') ?? c('rft.title'),
    );
    if (!title) return null;
    const declared = declaredDoi(meta, ld, co);
    const source = dcSource(meta);
    // What the tags leave out, from the "Published In" block the page prints (Atypon: Dublin Core alone).
    const printed = publishedIn(doc);
    const { issueYear, issueJournal, ...tagged } = numbersOf(doc, m, ld, c, source, !!printed.volume);
    // Another language's title in English (OJS): the title, as Scopus gives one, with the page's own beside it.
    const english = englishTitle(doc, title);
    const article: ArticleInput = {
      title: english ?? title,
      originalTitle: english && title.slice(0, ARTICLE_LIMITS.title),
      authors: authorsOf(meta, ld, co, doc),
      // The issue's year, as its label gives it (in the tags, else in the page's link to the issue,
      // else its printed "Published In"), before a date tag that may give the day the article went
      // online (OJS 2's citation_date: "2020/01/15" in "Vol 8 No 2 (2019)"; Atypon's dc.Date).
      // Else a repository's metadata table (OPUS): the body only when no tag dates the work.
      year: pick(meta, parseYear, 'citation_publication_date') ?? issueYear ?? printed.year ?? yearOf(meta, ld, c) ?? tableYear(doc),
      // Else the printed block's, the journal's own link beside the issue's (Taylor & Francis), or the work's citation.
      journal: journalOf(m, ld, c, source[0], () => printed.journal ?? issueJournal ?? citedJournal(m('dcterms.bibliographiccitation'), title)),
      volume: tagged.volume ?? printed.volume,
      issue: tagged.issue ?? printed.issue,
      pages: tagged.pages ?? printed.pages,
      doi: declared ?? bodyDoi(doc),
      pmid: pick(meta, (v) => (/^\s*\d{1,9}\s*$/.test(v) ? normalizePmid(v) : undefined), 'citation_pmid'),
      ...abstractAndKeywords(doc, meta, ld, c),
      // Often a code ("eng", "en_US"): the background's schema writes it two-letter (lib/model/language.ts).
      language: m('citation_language', 'dc.language', 'dc.language.iso', 'dcterms.language') ?? ldLanguage(ld),
      url: url.href.replace(/#.*$/, ''),
      pdfUrl: otherThanPage(m('citation_pdf_url'), url),
      source: 'web',
      type: pageType(m),
    };
    const eprint = m('eprints.title');
    if (!isWork(article, !!(cited || eprint || ld || co), !cited && !eprint && onlyArticle(ld), !!declared)) return null;
    const done = finish(article);
    return done ? { site: 'web', kind: 'article', articles: [done] } : null;
  },
};
