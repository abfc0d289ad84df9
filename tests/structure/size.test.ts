// Small files and short functions, as a rule the tests keep: no source file over 300 lines and
// no function (component, handler, helper) over 60 lines, counted from the TypeScript syntax
// tree (a function's own lines, from its first line to its last). The tests keep it too, but for
// the bodies given to describe / it / test: a group, or one scenario read top to bottom, is not
// a function anyone calls (their expectation tables live in JSON files beside them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const FOLDERS = ['lib', 'components', 'entrypoints', 'platform', 'build', 'scripts', 'tests'];
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts') ? [path] : [];
  });
}

const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

/** The name a call starts from: `it` for it(…), it.each(…)(…) and describe.skipIf(…)(…). */
function calleeRoot(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return calleeRoot(node.expression);
  if (ts.isCallExpression(node)) return calleeRoot(node.expression);
  return undefined;
}

/** A test's or a group's body: a function passed straight to describe, it or test. */
const isTestBody = (node: ts.Node) =>
  ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression) && ['describe', 'it', 'test'].includes(calleeRoot(node.parent.expression) ?? '');

function longFunctions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isTestBody(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as { name?: ts.Node }).name?.getText() ?? '(anonymous)';
      if (last - first + 1 > MAX_FUNCTION_LINES) found.push(`${relative(ROOT, file)}:${first + 1} ${name}: ${last - first + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the code stays in small pieces', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(100));

  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_FILE_LINES);
    expect(long.map(([f, n]) => `${f}: ${n} lines`)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
