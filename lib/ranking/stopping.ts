// A stopping aid for the reviewer (never a rule: Saring never stops or excludes by itself).
import type { Label } from './ranker';

export interface StoppingAid {
  /** Excludes in a row since the last include or maybe (a maybe may still become an include). */
  excludedInARow: number;
  /** Records with a decision (include, exclude or maybe). */
  screened: number;
  /** screened ÷ all records (0 when there are none). */
  shareScreened: number;
  /** Records without any decision. */
  undecided: number;
}

/**
 * `decisions`: the current decision of each decided record, in the order they were made (the
 * oldest first); `total`: all records of the review.
 */
export function stoppingAid(decisions: readonly Label[], total: number): StoppingAid {
  let excludedInARow = 0;
  for (let i = decisions.length - 1; i >= 0 && decisions[i] === 'exclude'; i--) excludedInARow++;
  const screened = Math.min(decisions.length, total);
  return { excludedInARow, screened, shareScreened: total > 0 ? screened / total : 0, undecided: Math.max(0, total - screened) };
}
