import { z } from 'zod';
import { ABSTRACT_LABEL } from './abstract-label';
import { withoutCopyright } from './copyright';
import { cleanMultiline, cleanText, normalizeDoi, normalizePmid } from './normalize';
import { SITE_IDS, SITES } from '../sites/ids';
import { ARTICLE_LIMITS as MAX, YEAR_RANGE } from './limits';
import { isDegreeOnly, withoutDegrees } from './names';
import { joinPages } from './pages';
import { languageCode } from './language';
import { ARTICLE_TYPES } from './article-type';

/**
 * Where an article was seen: a site Saring reads (lib/sites/ids.ts, the one list of them; `web`
 * = any other page with embedded metadata), or `import` = a file.
 */
export const ARTICLE_SOURCES = [...SITE_IDS, 'import' as const];
export const ArticleSourceSchema = z.enum(ARTICLE_SOURCES);
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;

// Page content is untrusted: bound every string so a hostile page cannot fill the database.
const text = (max: number) => z.string().transform(cleanText).pipe(z.string().max(max));
const optionalText = (max: number) =>
  z
    .string()
    .transform((v) => cleanText(v) || undefined)
    .pipe(z.string().max(max).optional())
    .optional();

/** Where a text was cut: its start, its end, or both (only a middle part is shown). */
const CUT_END = z.enum(['start', 'end', 'both']);

export const ArticleSchema = z.object({
  title: text(MAX.title).pipe(z.string().min(1, 'an article needs a title')),
  /**
   * The title in the article's own language when `title` is its English translation: Scopus's
   * "English title [Original title]", PubMed's TT, CSL `original-title`. Searched and matched
   * with the title, and written after it in brackets by exports.
   */
  originalTitle: optionalText(MAX.title),
  /** Page order, as the source writes them, without titles and degrees (lib/model/names.ts). */
  authors: z
    .array(
      text(MAX.author)
        .transform((name) => withoutDegrees(name))
        .pipe(z.string().min(1)),
    )
    .max(MAX.authors)
    // Google Scholar lists degrees printed beside a name as authors of their own ("S Kep").
    .transform((names) => (names.some(isDegreeOnly) ? names.filter((name) => !isDegreeOnly(name)) : names)),
  /** True when the source cut the author list short (Google Scholar's "…"). */
  authorsTruncated: z.boolean().optional(),
  /**
   * Which end of the title and author list the source cut off: Google Scholar shows a long
   * title or byline as the window around the words searched for, "… erosion, uplift and
   * unroofing of the Transantarctic Mountains …" or "…, DN Mariyani, S Rahmawati". The "…" is
   * not kept in the text; a list cut at its end only is `authorsTruncated` alone, as from other
   * sources (`authorsTruncated` is true for any cut list). Matching uses it (a cut title is part of the full one; a list cut at
   * its start does not show the first author), and exports write the "…" where it was.
   */
  cut: z.object({ title: CUT_END.optional(), authors: CUT_END.optional() }).optional(),
  year: z.number().int().min(YEAR_RANGE.from).max(YEAR_RANGE.to).optional(),
  journal: optionalText(MAX.journal),
  /** True when the source cut the venue short (Google Scholar's "…"). */
  journalTruncated: z.boolean().optional(),
  volume: optionalText(MAX.volume),
  issue: optionalText(MAX.issue),
  /** One rule for pages from pages and from files (./pages.ts): "45 – 52", "pp. 45-52" → "45-52". */
  pages: z
    .string()
    .transform((v) => joinPages(v))
    .pipe(z.string().max(MAX.pages).optional())
    .optional(),
  doi: z
    .string()
    .transform((v, ctx) => {
      if (cleanText(v) === '') return undefined;
      const doi = normalizeDoi(v);
      if (!doi) ctx.addIssue({ code: 'custom', message: `"${v.slice(0, 80)}" is not a DOI` });
      return doi;
    })
    .optional(),
  pmid: z
    .string()
    .refine((v) => /^\s*\d+\s*$/.test(v) && normalizePmid(v) !== undefined, 'a PMID is 1 to 9 digits')
    .transform((v) => normalizePmid(v))
    .optional(),
  abstract: z
    .string()
    // A page's abstract may open with its label, as an export's may (the same rule drops it).
    .transform((v) => withoutCopyright(cleanMultiline(v)).replace(ABSTRACT_LABEL, '') || undefined)
    .pipe(z.string().max(MAX.abstract).optional())
    .optional(),
  keywords: z
    .array(text(MAX.keyword).pipe(z.string().min(1)))
    .max(MAX.keywords)
    .optional(),
  /** Canonical article URL. Empty only for imported records that carry none. */
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(MAX.url)]),
  pdfUrl: z
    .url({ protocol: /^https?$/ })
    .max(MAX.url)
    .optional(),
  /** Two-letter where the source writes a code: "eng", "en_US" → "en" (./language.ts); a name stays as written. */
  language: z
    .string()
    .transform((v) => {
      const text = cleanText(v);
      return text ? languageCode(text) : undefined;
    })
    .pipe(z.string().max(MAX.language).optional())
    .optional(),
  source: ArticleSourceSchema,
  /** Scholar `data-cid`, PMID, ScienceDirect PII, Garuda id, or an import's own record id. */
  sourceId: optionalText(MAX.sourceId),
  /** Short text the result list shows under the title (not the abstract). */
  snippet: optionalText(MAX.snippet),
  citedBy: z.number().int().min(0).optional(),
  /**
   * What kind of publication it is (./article-type.ts), when the source says. None: not known
   * (a page, an export that names no type, a record saved before Saring read it). A kind a
   * newer release knows and this one does not is read as none, so that its records still load.
   */
  type: z.enum(ARTICLE_TYPES).optional().catch(undefined),
});

/** An article after validation: strings trimmed, DOI bare and lowercase. */
export type Article = z.infer<typeof ArticleSchema>;
/** What adapters and importers produce before validation. */
export type ArticleInput = z.input<typeof ArticleSchema>;

/** How each source is named to reviewers and in exports. */
export const SOURCE_NAMES: Record<ArticleSource, string> = { ...SITES, import: 'Imported file' };

/** A database name for a source id, or the text itself for databases Saring does not read. */
export function databaseName(database: string): string {
  return (SOURCE_NAMES as Record<string, string>)[database] ?? database;
}

/** The databases a record was found in, by name, each once, in the order first seen. */
export function databasesOf(sources: readonly { database: string }[]): string[] {
  // Most records were found once: no set for them (exports and the dashboard ask for 50,000).
  if (sources.length === 1) return [databaseName(sources[0].database)];
  return [...new Set(sources.map((s) => databaseName(s.database)))];
}
