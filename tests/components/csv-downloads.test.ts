import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every CSV the dashboard hands to the browser is written with the separator the reviewer chose in
// Settings: a view added later that calls a CSV writer without it would give an Indonesian
// reviewer's Excel a file with every row in column A again.
const WRITERS = /\b(writeCsv|csvLines|screenedCsv|screenedCsvLines|evidenceCsv|searchLogCsv|agreementCsv|buildExport)\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The argument list of the call whose "(" is at `open`. */
function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

describe('CSV downloads', () => {
  it("pass the reviewer's separator (csvSeparator()) to every CSV writer they call", () => {
    const root = resolve(__dirname, '../..');
    const calls: string[] = [];
    for (const file of ['components', 'entrypoints'].flatMap((d) => sourceFiles(join(root, d)))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(WRITERS)) {
        const args = callArguments(text, match.index + match[0].length - 1);
        calls.push(`${file.slice(root.length + 1)} ${match[1]}`);
        expect(args, `${file} ${match[1]}`).toContain('csvSeparator()');
      }
    }
    // The five downloads: records export menu (screened set, evidence table), search log, agreement, PRISMA numbers.
    expect(calls.length).toBeGreaterThanOrEqual(4);
  });
});
