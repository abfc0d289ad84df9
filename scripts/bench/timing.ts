// Timing helpers of the in-page probes.
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Time of one call. */
export function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Median time of one call. Short calls are timed in batches because browsers coarsen
 * performance.now() (100 µs steps on pages without cross-origin isolation).
 */
export function time(fn: () => void, runs: number, batch = 1, warmups = 1): number {
  for (let i = 0; i < warmups; i++) fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) fn();
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

export async function timeAsync(fn: () => Promise<void>, runs: number): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Extraction time of one page (the HTML is parsed once, outside the timing). */
