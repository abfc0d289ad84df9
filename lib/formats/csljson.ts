// CSL JSON import: the citation data of Zotero ("Export → CSL JSON"), Mendeley, citation.js and
// doi.org (content negotiation). A JSON array of items, or one item. The file is untrusted input:
// every item is checked with a schema, and an item that is not one is named in a warning.
import { z } from 'zod';
import type { Article } from '../model/article';
import { FormatError, lineAt } from './errors';
import { finishRecord, Warnings, type Draft, type ReadRecords } from './record';
import { CSL_TYPES } from './publication-types';
import { doiFrom, keywordList, pagesOr, pmidValue } from './values';
import { joinPages } from '../model/pages';
import { englishText, importMessage } from './messages';

const text = z.union([z.string(), z.number()]).transform(String);
const textOrList = z.union([text, z.array(text)]).transform((v) => (Array.isArray(v) ? v[0] : v));
// Exporters write null for a field they lack ("volume": null): a missing field, not a wrong one.
const withoutNulls = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) : value;

const name = z.preprocess(
  withoutNulls,
  z.looseObject({
    family: text.optional(),
    given: text.optional(),
    literal: text.optional(),
    /** The Crossref API's name of an organisation ("WHO Collaborative Group"). */
    name: text.optional(),
    // "van", "de", "Jr.": parts of a name CSL keeps apart from family and given.
    'non-dropping-particle': text.optional(),
    'dropping-particle': text.optional(),
    suffix: text.optional(),
  }),
);
// Some tools write the date as text ("issued": "2021-05") instead of CSL's object.
const date = z.union([
  text.transform((raw) => ({ raw }) as { 'date-parts'?: unknown[][]; raw?: string; literal?: string }),
  z.preprocess(withoutNulls, z.looseObject({ 'date-parts': z.array(z.array(z.unknown())).optional(), raw: text.optional(), literal: text.optional() })),
]);

/** One CSL item, as much of it as Saring reads; anything else an item holds is ignored. */
const CslItem = z.preprocess(
  withoutNulls,
  z.looseObject({
    type: z.string().optional(),
    title: textOrList.optional(),
    'original-title': textOrList.optional(),
    author: z.array(name).optional(),
    issued: date.optional(),
    'container-title': textOrList.optional(),
    volume: text.optional(),
    issue: text.optional(),
    page: text.optional(),
    // CSL's first page alone, which some writers give instead of "page".
    'page-first': text.optional(),
    number: text.optional(),
    DOI: text.optional(),
    PMID: text.optional(),
    URL: text.optional(),
    abstract: text.optional(),
    keyword: text.optional(),
    language: text.optional(),
  }),
);
type CslItem = z.infer<typeof CslItem>;

/** True when the text is JSON that may be CSL: an array or object whose first item has CSL's keys. */
export function looksLikeCslJson(head: string): boolean {
  const start = head.trimStart();
  return (start[0] === '[' || start[0] === '{') && /"(?:issued|container-title|title)"\s*:/.test(head) && /"(?:type|author|DOI)"\s*:/.test(head);
}

/** The JSON value, or a FormatError naming the line where the JSON breaks. */
function parseJson(input: string, fileName?: string): unknown {
  try {
    return JSON.parse(input);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message)?.[1];
    const line = at === undefined ? /line (\d+)/.exec(message)?.[1] : String(lineAt(input, Number(at)));
    throw new FormatError(importMessage('badJson', { file: fileName }), 'unreadable', line === undefined ? undefined : Number(line));
  }
}

export function parseCslJson(input: string, fileName?: string): ReadRecords {
  const items = itemsOf(parseJson(input, fileName));
  if (!items.some((item) => typeof CslItem.safeParse(item).data?.title === 'string')) {
    throw new FormatError(importMessage('cslNoTitle', { file: fileName }), 'unknown-format');
  }
  const warnings = new Warnings();
  const records: Article[] = [];
  items.forEach((item, i) => {
    const parsed = CslItem.safeParse(item);
    // Items have no line of their own: the warning names the item's place in the list.
    if (!parsed.success) warnings.add(importMessage('notCslItem', i + 1, parsed.error.issues[0]?.path.join('.') || 'shape'));
    else {
      const article = finishRecord(cslToDraft(parsed.data), i + 1, warnings);
      if (article) records.push(article);
    }
  });
  // finishRecord names the item's place as a line: it is the item's number in the list.
  const messages = warnings.done().messages.map(({ line, ...message }) => (line === undefined ? message : { ...message, item: line }));
  return { records, warnings: messages.map(englishText), messages };
}

/**
 * The items of a file: a list, one item, or the Crossref API's answer saved as a file
 * ({"message": work} or {"message": {"items": […]}}), whose works are CSL-shaped.
 */
function itemsOf(value: unknown): unknown[] {
  const message = (value as { message?: { items?: unknown } } | null)?.message;
  if (message && typeof message === 'object') return Array.isArray(message.items) ? message.items : [message];
  return Array.isArray(value) ? value : [value];
}

/** "van Gogh, Vincent, Jr." from {family, given, particles, suffix}; a group's {literal} name as written. */
function nameOf(person: z.infer<typeof name>): string {
  if (person.literal || person.name) return (person.literal ?? person.name) as string;
  const family = [person['non-dropping-particle'], person.family].filter(Boolean).join(' ');
  const given = [person.given, person['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, person.suffix].filter(Boolean).join(', ');
}

/** The year: date-parts [[2023, 5, 1]], else the raw or literal date's text. */
function yearOf(issued: CslItem['issued']): string | number | undefined {
  const part = issued?.['date-parts']?.[0]?.[0];
  if (typeof part === 'number' || typeof part === 'string') return part;
  return issued?.raw ?? issued?.literal;
}

function cslToDraft(item: CslItem): Draft {
  const pmid = pmidValue(item.PMID);
  return {
    title: item.title,
    originalTitle: item['original-title'],
    authors: (item.author ?? []).map(nameOf).filter(Boolean),
    year: yearOf(item.issued),
    journal: item['container-title'],
    volume: item.volume,
    issue: item.issue,
    // An article number stands for the pages when there are none.
    pages: pagesOr(joinPages(item.page ?? item['page-first']), item.number),
    doi: doiFrom(item.DOI),
    pmid,
    abstract: item.abstract,
    keywords: item.keyword ? keywordList(item.keyword) : [],
    url: item.URL,
    language: item.language,
    sourceId: pmid,
    type: item.type ? CSL_TYPES[item.type.trim().toLowerCase()] : undefined,
  };
}
