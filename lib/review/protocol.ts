import type { EventOf, Protocol, ReviewEvent } from '../model';
import { compareEvents } from './order';

/** One saved version of the protocol, for its history. */
export interface ProtocolVersion {
  id: string;
  at: number;
  by: string;
  protocol: Protocol;
}

/**
 * Every saved version of a review's protocol, oldest first. The current protocol is the
 * last; two reviewers editing at once both keep their version here.
 */
export function protocolHistory(events: readonly ReviewEvent[]): ProtocolVersion[] {
  return events
    .filter((e): e is EventOf<'protocol'> => e.kind === 'protocol')
    .sort(compareEvents)
    .map((e) => ({ id: e.id, at: e.at, by: e.by.name, protocol: e.payload.protocol }));
}

/** Which top-level parts of the protocol differ between two versions (for the history list). */
export function changedParts(before: Protocol | undefined, after: Protocol): (keyof Protocol)[] {
  if (!before) return [];
  return (Object.keys(after) as (keyof Protocol)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
