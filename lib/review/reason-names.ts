import type { Decision, EventOf, ReviewEvent } from '../model';
import { compareEvents } from './order';

/**
 * Exclusion reasons are stored by their text: a decision carries "Wrong population", and the
 * protocol lists the reasons as texts. A reason renamed in the protocol after records were
 * excluded with it ("Wrong population" → "Population not relevant") left those records under
 * the old text, so PRISMA's full-text exclusions and the exports listed one reason as two lines.
 *
 * A rename is read from the protocol's successive saves: a reason gone from the list where
 * another came in is that reason renamed — the protocol form edits the list in place, one reason
 * a line. When as many reasons went as came, they pair in order; otherwise only those at the same
 * place in the list do (a reason removed while another is added elsewhere is no rename). Renames
 * chain ("A" → "B" → "C" is "A" → "C"); a reason renamed back is its old self again.
 */
export function reasonRenames(events: readonly ReviewEvent[]): Map<string, string> {
  const saves = events.filter((e): e is EventOf<'protocol'> => e.kind === 'protocol').sort(compareEvents);
  const renames = new Map<string, string>();
  for (let i = 1; i < saves.length; i++) {
    for (const [from, to] of renamesBetween(saves[i - 1].payload.protocol.exclusionReasons, saves[i].payload.protocol.exclusionReasons)) {
      for (const [old, current] of renames) if (current === from) renames.set(old, to);
      renames.set(from, to);
    }
  }
  for (const [old, current] of renames) if (old === current) renames.delete(old);
  return renames;
}

/** The renames between two saves of the protocol's reasons. */
function renamesBetween(before: readonly string[], after: readonly string[]): [string, string][] {
  const kept = new Set(after);
  const had = new Set(before);
  const gone = before.filter((r) => !kept.has(r));
  const came = after.filter((r) => !had.has(r));
  if (!gone.length || !came.length) return [];
  if (gone.length === came.length) return gone.map((r, i) => [r, came[i]]);
  return before.flatMap((r, i): [string, string][] => (!kept.has(r) && after[i] !== undefined && !had.has(after[i]) ? [[r, after[i]]] : []));
}

/** A decision with its exclusion reason under its current name. */
export function withCurrentReason(decision: Decision, renames: ReadonlyMap<string, string>): Decision {
  const current = decision.reason === undefined ? undefined : renames.get(decision.reason);
  return current === undefined ? decision : { ...decision, reason: current };
}
