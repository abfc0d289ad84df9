/**
 * The one order of events every replica agrees on: by time, then by id. Event ids are
 * random, so two events of the same millisecond are ordered the same way everywhere.
 */
export function compareEvents(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** True when `a` comes after `b` in that order. */
export function isLater(a: { at: number; id: string }, b: { at: number; id: string }): boolean {
  return compareEvents(a, b) > 0;
}

/** The last of some events in that order. */
export function latest<T extends { at: number; id: string }>(events: Iterable<T>): T | undefined {
  let last: T | undefined;
  for (const event of events) if (!last || isLater(event, last)) last = event;
  return last;
}
