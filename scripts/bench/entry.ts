// Probes the benchmark driver (scripts/bench.mjs) calls inside real Chromium.
// Each returns a median in milliseconds over several runs, after a warm-up.
import { extractPage } from '../../lib/sites';
import { decide, decideMany, currentDecisions, resetDbForTests } from '../../lib/db';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median time of one call. Calls are timed in batches because browsers coarsen
 * performance.now() (100 µs steps on pages without cross-origin isolation).
 */
function time(fn: () => void, runs: number, batch = 20): number {
  fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) fn();
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

async function timeAsync(fn: () => Promise<void>, runs: number): Promise<number> {
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
function extractMs(html: string, url: string, runs = 15): { ms: number; rows: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rows = extractPage(doc, url)?.articles.length ?? 0;
  return { ms: time(() => void extractPage(doc, url), runs), rows };
}

/** 10,000 decisions written (one bulk change, as the dashboard and restores do) and read back. */
async function decisions10kMs(runs = 3): Promise<number> {
  return timeAsync(async () => {
    await resetDbForTests();
    const now = Date.now();
    await decideMany(
      Array.from({ length: 10_000 }, (_, i) => ({
        reviewId: 'bench', key: `pmid:${i + 1}`, decision: i % 3 ? ('include' as const) : ('exclude' as const),
        reason: i % 3 ? undefined : 'wrong population', decidedAt: now + i,
      })),
    );
    const current = await currentDecisions('bench');
    if (current.size !== 10_000) throw new Error(`read back ${current.size} decisions`);
  }, runs);
}

/** One decision as the popup stores it (its own transaction), on top of 10,000 stored ones. */
async function decisionSingleMs(runs = 50): Promise<number> {
  let i = 0;
  return timeAsync(async () => {
    await decide({ reviewId: 'bench', key: `pmid:${++i}`, decision: 'maybe', decidedAt: Date.now() });
  }, runs);
}

Object.assign(globalThis, { SaringBench: { extractMs, decisions10kMs, decisionSingleMs } });
