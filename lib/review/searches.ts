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

function apply(entry: LoggedSearch | undefined, event: SearchEvents): LoggedSearch | undefined {
  if (event.kind === 'search-delete') return undefined;
  if (event.kind === 'search-edit') {
    if (!entry) return undefined;
    const { totalResults, ranAt, ...rest } = event.payload.patch;
    const next: LoggedSearch = { ...entry, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    if (totalResults === null) delete next.totalResults;
    else if (totalResults !== undefined) next.totalResults = totalResults;
    if (ranAt !== undefined) next.at = ranAt;
    return next;
  }
  const p = event.payload;
  if (!entry) {
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
      fileName: p.fileName,
      recordCount: p.recordCount,
      note: p.note,
      by: event.by.name,
    };
  }
  // Another page of the same search: its pages join, the newest count wins.
  return {
    ...entry,
    pages: [...new Set([...entry.pages, ...p.pages])].sort((a, b) => a - b),
    totalResults: p.totalResults ?? entry.totalResults,
    lastAt: event.at,
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
    let entry: LoggedSearch | undefined;
    for (const event of list.sort(compareEvents)) entry = apply(entry, event);
    if (entry) searches.push(entry);
  }
  return searches.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
