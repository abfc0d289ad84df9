import type { Decision, EventOf, ReviewEvent } from '../model';
import { compareEvents } from './order';

/**
 * Exclusion reasons are stored by their text: a decision carries "Wrong population", and the
 * protocol lists the reasons as texts. A reason renamed in the protocol after records were
 * excluded with it ("Wrong population" → "Population not relevant") left those records under
 * the old text, so PRISMA's full-text exclusions and the exports listed one reason as two lines.
 *
 * A rename is the line of the reasons box edited in place: the same line (its place in the list)
 * holds another text, and the old text is nowhere in the new list. A line removed while another is
 * added elsewhere is no rename (two reasons, never one: a missed rename shows as two lines, a
 * wrong one would silently count one reason's exclusions under another). The form says what it
 * renamed when it saves (`renamed`, from the list it opened with, so a teammate's save meanwhile
 * cannot make one); saves of earlier releases are read the same way from one reviewer's
 * successive saves. A rename applies to the exclusions made before it: a reason added later
 * under an old name is a reason of its own. Renames chain ("A" → "B" → "C"), and a reason
 * renamed back is its old self again.
 */
export interface ReasonRename {
  from: string;
  to: string;
  /** When the protocol was saved: exclusions made before it are renamed. */
  at: number;
}

/** The renames of a reasons list edited from `before` to `after` (see above). */
export function renamesBetween(before: readonly string[], after: readonly string[]): [string, string][] {
  const kept = new Set(after);
  const had = new Set(before);
  return before.flatMap((r, i): [string, string][] => (!kept.has(r) && after[i] !== undefined && !had.has(after[i]) ? [[r, after[i]]] : []));
}

/** Every rename of the protocol's saves, oldest first. */
export function reasonRenames(events: readonly ReviewEvent[]): ReasonRename[] {
  const saves = events.filter((e): e is EventOf<'protocol'> => e.kind === 'protocol').sort(compareEvents);
  const renames: ReasonRename[] = [];
  const lastBy = new Map<string, string[]>();
  for (const save of saves) {
    const reasons = save.payload.protocol.exclusionReasons;
    const before = lastBy.get(save.by.id);
    const pairs = save.payload.renamed ?? (before ? renamesBetween(before, reasons) : []);
    for (const [from, to] of pairs) renames.push({ from, to, at: save.at });
    lastBy.set(save.by.id, reasons);
  }
  return renames;
}

/** A decision with its exclusion reason under its current name: the renames made after it, in order. */
export function withCurrentReason(decision: Decision, renames: readonly ReasonRename[]): Decision {
  if (decision.reason === undefined) return decision;
  let reason = decision.reason;
  for (const rename of renames) if (rename.from === reason && rename.at > decision.decidedAt) reason = rename.to;
  return reason === decision.reason ? decision : { ...decision, reason };
}
