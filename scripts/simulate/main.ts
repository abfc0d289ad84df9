// Node side of `npm run simulate`: reads the dataset file and prints the JSON lines.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DatasetError, parseDataset } from '../../lib/ranking/dataset';
import { metricLines, parseSimulateArgs, simulateSeeds, UsageError, USAGE } from '../../lib/ranking/simulate-command';

/** Exit code: 0 done, 1 bad input (the message names what is wrong). */
export function main(argv: string[]): number {
  try {
    const args = parseSimulateArgs(argv);
    let text: string;
    try {
      text = readFileSync(args.file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${args.file}: ${(error as Error).message}`);
    }
    const records = parseDataset(text);
    const metrics = simulateSeeds(records, args.model, args.seeds, args.firstSeed);
    for (const line of metricLines(metrics, basename(args.file), args.seeds, args.model.name)) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof DatasetError)) throw error;
    console.error(`simulate: ${error.message}`);
    if (error instanceof UsageError) console.error(USAGE);
    return 1;
  }
}
