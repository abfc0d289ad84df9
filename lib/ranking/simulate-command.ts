// The logic of `npm run simulate` (scripts/simulate.mjs does only the file and console work).
import { meanMetrics, type ScreeningMetrics } from './metrics';
import { MODELS, type ModelSpec } from './models';
import { simulate, type LabelledRecord } from './simulate';

export interface SimulateArgs {
  file: string;
  seeds: number;
  /** Seeds run are firstSeed … firstSeed + seeds − 1. */
  firstSeed: number;
  model: ModelSpec;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = 'usage: npm run --silent simulate -- FILE.csv [--seeds N] [--first-seed K] [--model saring|reference] [--spec JSON]';

/** `--spec '{"classifiers":[…]}'` overrides parts of the model, for measuring variants. */
function withSpec(model: ModelSpec, json: string): ModelSpec {
  let spec: Partial<ModelSpec>;
  try {
    spec = JSON.parse(json) as Partial<ModelSpec>;
  } catch {
    throw new UsageError(`--spec is not JSON: ${json}`);
  }
  return { ...model, ...spec, name: spec.name ?? `${model.name}+spec`, features: { ...model.features, ...spec.features } };
}

export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  let file: string | undefined;
  let seeds = 3;
  let firstSeed = 1;
  let model = MODELS.saring;
  let spec: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--seeds') {
      seeds = Number(value());
      if (!Number.isInteger(seeds) || seeds < 1) throw new UsageError(`--seeds must be a whole number ≥ 1, not ${argv[i]}`);
    } else if (arg === '--first-seed') {
      firstSeed = Number(value());
      if (!Number.isInteger(firstSeed)) throw new UsageError(`--first-seed must be a whole number, not ${argv[i]}`);
    } else if (arg === '--model') {
      const name = value();
      if (!MODELS[name]) throw new UsageError(`unknown model "${name}" (known: ${Object.keys(MODELS).join(', ')})`);
      model = MODELS[name];
    } else if (arg === '--spec') spec = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file) throw new UsageError(`one dataset file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) throw new UsageError('no dataset file given');
  return { file, seeds, firstSeed, model: spec ? withSpec(model, spec) : model };
}

/** Mean measures over the seeds. */
export function simulateSeeds(records: readonly LabelledRecord[], model: ModelSpec, seeds: number, firstSeed = 1): ScreeningMetrics {
  return meanMetrics(Array.from({ length: seeds }, (_, i) => simulate(records, { model, seed: firstSeed + i }).metrics));
}

/** The JSON lines the command prints. */
export function metricLines(metrics: ScreeningMetrics, dataset: string, seeds: number, model: string): string[] {
  const line = (metric: string, value: number) => JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, dataset, seeds, model });
  return [line('wss95', metrics.wss95), line('recall_at_10pct', metrics.recallAt10pct), line('screened_for_100', metrics.screenedFor100)];
}
