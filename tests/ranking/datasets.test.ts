// Saring's model against the reference (ASReview LAB's default) on a real review, in one run:
// one seed on the smallest shared dataset, so CI stays fast. The full figures (four datasets,
// three seeds) come from `npm run simulate` and are in README.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../../lib/ranking/dataset';
import { REFERENCE_MODEL, SARING_MODEL } from '../../lib/ranking/models';
import { simulate } from '../../lib/ranking/simulate';

const file = resolve(__dirname, '../../../shared/datasets/screening/ADHD.csv');
const present = existsSync(file);
if (!present) console.warn(`ranking: ${file} not found — the real-dataset test is skipped`);

describe.skipIf(!present)('a real review (ADHD, Cohen et al. 2006)', () => {
  it('finds the includes with no less work saved than the reference, less 0.02', () => {
    const records = parseDataset(readFileSync(file, 'utf8'));
    expect(records.filter((r) => r.included)).toHaveLength(20);
    const saring = simulate(records, { model: SARING_MODEL, seed: 1 }).metrics;
    const reference = simulate(records, { model: REFERENCE_MODEL, seed: 1 }).metrics;
    console.info(`ADHD seed 1: WSS@95 Saring ${saring.wss95.toFixed(3)}, reference ${reference.wss95.toFixed(3)}`);
    expect(saring.wss95).toBeGreaterThanOrEqual(reference.wss95 - 0.02);
    expect(saring.recallAt10pct).toBeGreaterThan(0.3);
  }, 120_000);
});
