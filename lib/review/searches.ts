import type { EventOf, LoggedSearch, ReviewEvent } from '../model';
import { compareEvents } from './order';

type SearchEvents = EventOf<'search'> | EventOf<'search-edit'> | EventOf<'search-delete'>;

/** A short, stable hash of a string (FNV-1a, 32 bits, in base 36). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

// Address parameters releases before this one kept among a search's filters that only order or
// tag a list (PubMed's sort and sort_order, ScienceDirect's sortBy and link tags): no limits.
const NOT_LIMITS = /^(?:sort|sort_order|sortBy|dgcid|utm_\w*)$/;

/**
 * The search in the log that a result page reports, logged by an earlier release under another
 * id because its filters held its sort order: the same database, query and limits. A page of it
 * seen now joins it instead of logging the search a second time (and counting it twice).
 */
export function loggedEarlier(searches: readonly LoggedSearch[], seen: { database: string; query: string; filters: Record<string, string> }): LoggedSearch | undefined {
  const limits = (filters: Record<string, string>) =>
    JSON.stringify(
      Object.entries(filters)
        .filter(([name]) => !NOT_LIMITS.test(name))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const wanted = limits(seen.filters);
  return searches.find((s) => s.origin === 'web' && !s.list && s.database === seen.database && s.query === seen.query && limits(s.filters) === wanted);
}

/**
 * The id of a search seen on a site: the same database, query and filters are the same
 * search on every reviewer's machine, so their page views join one entry in the log.
 */
export function webSearchId(database: string, query: string, filters: Record<string, string>): string {
  const limits = Object.keys(filters)
    .sort()
    .map((k) => `${k}=${filters[k]}`)
    .join('&');
  const identity = `${database}\n${query}\n${limits}`;
  return `web:${database}:${shortHash(identity)}${shortHash([...identity].reverse().join(''))}`;
}

/**
 * One search as folded so far. `countByHand`: a reviewer entered its count (search-edit), which
 * later page views do not replace — Google Scholar says "About 15,400 results" on page 1 and
 * "About 15,100" on page 2, and the 980 the reviewer corrected it to is the number reported.
 */
interface Folded {
  entry?: LoggedSearch;
  countByHand: boolean;
}

function applyEdit(folded: Folded, event: EventOf<'search-edit'>): Folded {
  const { entry } = folded;
  if (!entry) return folded;
  const { totalResults, ranAt, ...rest } = event.payload.patch;
  const next: LoggedSearch = { ...entry, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
  let countByHand = folded.countByHand;
  // A count cleared (null) is the site's again: the next page view sets it.
  if (totalResults === null) {
    delete next.totalResults;
    countByHand = false;
  } else if (totalResults !== undefined) {
    next.totalResults = totalResults;
    countByHand = true;
  }
  if (ranAt !== undefined) next.at = ranAt;
  return { entry: next, countByHand };
}

function apply(folded: Folded, event: SearchEvents): Folded {
  if (event.kind === 'search-delete') return { countByHand: false };
  if (event.kind === 'search-edit') return applyEdit(folded, event);
  const { entry, countByHand } = folded;
  const p = event.payload;
  if (!entry) return { entry: firstEntry(event), countByHand };
  if (p.origin === 'import') return { entry: withImport(entry, event), countByHand };
  // Another page of the same search: its pages join, the newest count wins unless entered by hand.
  const next: LoggedSearch = {
    ...entry,
    pages: [...new Set([...entry.pages, ...p.pages])].sort((a, b) => a - b),
    totalResults: countByHand ? entry.totalResults : (p.totalResults ?? entry.totalResults),
    lastAt: event.at,
  };
  return { entry: next, countByHand };
}

/**
 * A search entered by hand that an imported file joined (lib/db importSearchDraft logs the import
 * under its id): the hand-entered entry stays (its database, query, typed count and date), and
 * the file's name, number of records and fingerprint join it. Without them PRISMA lost the
 * records the file held twice (a PubMed export of 4 records, one twice: 3 identified instead
 * of 4), and a second import of the file was said to be "already imported … (0 records)".
 */
function withImport(entry: LoggedSearch, event: EventOf<'search'>): LoggedSearch {
  const { fileName, recordCount, fingerprint } = event.payload;
  return { ...entry, fileName, recordCount, fingerprint, importedAt: event.at, lastAt: event.at };
}

function firstEntry(event: EventOf<'search'>): LoggedSearch {
  const p = event.payload;
  return {
    id: p.searchId,
    reviewId: event.reviewId,
    database: p.database,
    query: p.query,
    url: p.url,
    filters: p.filters,
    totalResults: p.totalResults,
    pages: [...new Set(p.pages)].sort((a, b) => a - b),
    at: p.ranAt ?? event.at,
    origin: p.origin,
    counted: p.counted,
    list: p.list,
    method: p.method,
    fileName: p.fileName,
    recordCount: p.recordCount,
    fingerprint: p.fingerprint,
    note: p.note,
    by: event.by.name,
  };
}

/** The search log, folded from search events in the agreed order; the oldest search first. */
export function foldSearches(events: readonly ReviewEvent[]): LoggedSearch[] {
  const byId = new Map<string, SearchEvents[]>();
  for (const e of events) {
    if (e.kind !== 'search' && e.kind !== 'search-edit' && e.kind !== 'search-delete') continue;
    const list = byId.get(e.payload.searchId);
    if (list) list.push(e);
    else byId.set(e.payload.searchId, [e]);
  }
  const searches: LoggedSearch[] = [];
  for (const list of byId.values()) {
    let folded: Folded = { countByHand: false };
    for (const event of list.sort(compareEvents)) folded = apply(folded, event);
    if (folded.entry) searches.push(folded.entry);
  }
  return searches.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/**
 * The count an edit of a search writes, from what the reviewer left in the count box: nothing
 * when it still shows the count the log had (editing the note is not entering the count, which
 * later page views would then no longer update), null when emptied, else the number typed.
 */
export function editedCount(before: number | undefined, typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === String(before ?? '')) return undefined;
  return text ? Number(text) : null;
}
