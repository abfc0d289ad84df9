import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../lib/ranking/simulate';
import { SARING_MODEL, REFERENCE_MODEL } from '../../lib/ranking/models';
import { metricLines, parseSimulateArgs } from '../../lib/ranking/simulate-command';
import { generateReview } from './generate';

describe('simulate', () => {
  const records = generateReview(200, 0.1, 3);
  const includes = records.filter((r) => r.included).length;
  const run = simulate(records, { model: SARING_MODEL, seed: 5 });

  it('starts from one include and one exclude and screens until every include is found', () => {
    expect(records[run.order[0]].included).toBe(true);
    expect(records[run.order[1]].included).toBe(false);
    expect(new Set(run.order).size).toBe(run.order.length);
    expect(run.order.filter((i) => records[i].included)).toHaveLength(includes);
    expect(records[run.order[run.order.length - 1]].included).toBe(true);
  });

  it('reports the measures of its own order (checked by hand)', () => {
    const found = run.order.flatMap((doc, i) => (records[doc].included ? [i + 1] : []));
    const for95 = found[Math.ceil(0.95 * includes) - 1];
    expect(run.metrics.wss95).toBeCloseTo(0.95 - for95 / 200, 10);
    expect(run.metrics.recallAt10pct).toBeCloseTo(found.filter((at) => at <= 20).length / includes, 10);
    expect(run.metrics.screenedFor100).toBe(run.order.length);
    // A working model on an easy set saves most of the work.
    expect(run.metrics.wss95).toBeGreaterThan(0.5);
  });

  it('repeats itself for a seed, and starts elsewhere for another', () => {
    expect(simulate(records, { model: SARING_MODEL, seed: 5 }).order).toEqual(run.order);
    expect(simulate(records, { model: SARING_MODEL, seed: 6 }).order.slice(0, 2)).not.toEqual(run.order.slice(0, 2));
  });

  it('runs the reference model and a sparser retraining schedule too', () => {
    const sparse = simulate(records, { model: REFERENCE_MODEL, seed: 5, retrainEveryUntil: 0, retrainEvery: 10 });
    expect(sparse.order.filter((i) => records[i].included)).toHaveLength(includes);
  });

  it('refuses a dataset without includes or without excludes', () => {
    expect(() =>
      simulate(
        records.map((r) => ({ ...r, included: false })),
        { model: SARING_MODEL, seed: 1 },
      ),
    ).toThrow(/at least one included/);
  });
});

describe('the simulate command', () => {
  it('reads its options, and names what is wrong with them', () => {
    expect(parseSimulateArgs(['a.csv', '--seeds', '2', '--model', 'reference'])).toMatchObject({ file: 'a.csv', seeds: 2, firstSeed: 1, model: { name: 'reference' } });
    expect(() => parseSimulateArgs([])).toThrow(/no dataset file/);
    expect(() => parseSimulateArgs(['a.csv', '--seeds', '0'])).toThrow(/--seeds/);
    expect(() => parseSimulateArgs(['a.csv', '--model', 'magic'])).toThrow(/unknown model "magic"/);
    expect(() => parseSimulateArgs(['a.csv', '--seeds'])).toThrow(/needs a value/);
  });

  it('prints one JSON line per measure', () => {
    const lines = metricLines({ wss95: 0.51234, recallAt10pct: 0.5, screenedFor100: 120.5 }, 'x.csv', 3, 'saring').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { metric: 'wss95', value: 0.512, dataset: 'x.csv', seeds: 3, model: 'saring' },
      { metric: 'recall_at_10pct', value: 0.5, dataset: 'x.csv', seeds: 3, model: 'saring' },
      { metric: 'screened_for_100', value: 120.5, dataset: 'x.csv', seeds: 3, model: 'saring' },
    ]);
  });

  it('exits with 1 and names the column when a file has no label_included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'saring-simulate-')), 'unlabelled.csv');
    writeFileSync(file, 'title,abstract\nA,B\n');
    const result = spawnSync('node', ['scripts/simulate.mjs', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no "label_included" column/);
    expect(result.stdout).toBe('');
  });
});
