// The usual measures of a screening order (Cohen et al. 2006; ASReview's simulation studies).

export interface ScreeningMetrics {
  /** Work saved over sampling at 95% recall: 0.95 − (records screened until 95% of the includes were found) ÷ (all records). */
  wss95: number;
  /** Share of the includes found after screening 10% of all records (rounded down). */
  recallAt10pct: number;
  /** Records screened until the last include was found. */
  screenedFor100: number;
}

/**
 * `order`: whether each screened record was included, in screening order (every include must be
 * in it); `total`: all records of the review. Undefined when there are no includes.
 */
export function screeningMetrics(order: ArrayLike<boolean>, total: number): ScreeningMetrics | undefined {
  const found: number[] = [];
  for (let i = 0; i < order.length; i++) if (order[i]) found.push(i + 1);
  if (!found.length || total < order.length) return undefined;
  const for95 = found[Math.ceil(0.95 * found.length) - 1];
  const tenth = Math.floor(total / 10);
  return {
    wss95: 0.95 - for95 / total,
    recallAt10pct: found.filter((at) => at <= tenth).length / found.length,
    screenedFor100: found[found.length - 1],
  };
}

/** Mean of each measure over several runs. */
export function meanMetrics(runs: readonly ScreeningMetrics[]): ScreeningMetrics {
  const mean = (pick: (m: ScreeningMetrics) => number) => runs.reduce((s, m) => s + pick(m), 0) / runs.length;
  return { wss95: mean((m) => m.wss95), recallAt10pct: mean((m) => m.recallAt10pct), screenedFor100: mean((m) => m.screenedFor100) };
}
