import type { Decision, EventOf, ReviewEvent } from '../model';
import { compareEvents } from './order';

/**
 * Exclusion reasons are stored by their text: a decision carries "Wrong population", and the
 * protocol lists the reasons as texts. A reason renamed in the protocol after records were
 * excluded with it ("Wrong population" → "Population not relevant") left those records under
 * the old text, so PRISMA's full-text exclusions and the exports listed one reason as two lines.
 *
 * A rename is a line of the reasons box edited in place: between two lines both lists keep, as
 * many lines went as came, each old text gone from the list and each new one new to it. Anything
 * else (a line removed while another is added elsewhere, a line removed and the next one edited)
 * is no rename: a missed rename shows as two lines, a wrong one would silently count one reason's
 * exclusions under another. The form says what it renamed when it saves (`renamed`, against the
 * list it opened with, so a teammate's save meanwhile cannot make one); a save of an earlier
 * release is read against the save before it. A rename applies to every exclusion with the old
 * text until the old text is back in the protocol's list (a reason added later under an old
 * name is a reason of its own): a teammate who excluded with the old name before the rename
 * reached them counts under the new one too. Renames chain ("A" → "B" → "C"), and a reason
 * renamed back is its old self again.
 */
export interface ReasonRename {
  from: string;
  to: string;
  /** When the protocol was saved. */
  at: number;
  /** When the old text was in the protocol's list again (Infinity: never): exclusions made since keep it. */
  until: number;
}

/** The lines both lists keep, in order (a longest common subsequence: lists of at most 100 reasons). */
function keptLines(before: readonly string[], after: readonly string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  const longest = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) longest[i][j] = before[i] === after[j] ? longest[i + 1][j + 1] + 1 : Math.max(longest[i + 1][j], longest[i][j + 1]);
  }
  const kept: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (before[i] === after[j]) kept.push([i++, j++]);
    else if (longest[i + 1][j] >= longest[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

/** The renames of a reasons list edited from `before` to `after` (see above). */
export function renamesBetween(before: readonly string[], after: readonly string[]): [string, string][] {
  const had = new Set(before);
  const kept = new Set(after);
  const renames: [string, string][] = [];
  let [i, j] = [0, 0];
  for (const [keptBefore, keptAfter] of [...keptLines(before, after), [before.length, after.length] as [number, number]]) {
    const gone = before.slice(i, keptBefore);
    const came = after.slice(j, keptAfter);
    if (gone.length === came.length) gone.forEach((old, k) => !kept.has(old) && !had.has(came[k]) && renames.push([old, came[k]]));
    [i, j] = [keptBefore + 1, keptAfter + 1];
  }
  return renames;
}

/** Every rename of the protocol's saves, oldest first. */
export function reasonRenames(events: readonly ReviewEvent[]): ReasonRename[] {
  const saves = events.filter((e): e is EventOf<'protocol'> => e.kind === 'protocol').sort(compareEvents);
  const renames: ReasonRename[] = [];
  let before: readonly string[] | undefined;
  for (const save of saves) {
    const reasons = save.payload.protocol.exclusionReasons;
    for (const rename of renames) if (rename.until === Infinity && reasons.includes(rename.from)) rename.until = save.at;
    const pairs = save.payload.renamed ?? (before ? renamesBetween(before, reasons) : []);
    for (const [from, to] of pairs) renames.push({ from, to, at: save.at, until: Infinity });
    before = reasons;
  }
  return renames;
}

/** A decision with its exclusion reason under its current name: the renames that reach it, in order. */
export function withCurrentReason(decision: Decision, renames: readonly ReasonRename[]): Decision {
  if (decision.reason === undefined) return decision;
  let reason = decision.reason;
  for (const rename of renames) if (rename.from === reason && decision.decidedAt < rename.until) reason = rename.to;
  return reason === decision.reason ? decision : { ...decision, reason };
}
