// Finds where code reaches the browser through globals: the rule that keeps lib/ testable
// without one (tests/structure/browser-free.test.ts).
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './source-files';

/**
 * Globals that belong to a browser, an extension or a worker. Reaching one from lib/ is what the
 * rule forbids; `platform/` and `entrypoints/` hold such code. IndexedDB is not on the list:
 * lib/db opens its one Dexie database, which finds IndexedDB itself (the unit tests give it
 * fake-indexeddb), and no lib/ file names `indexedDB`.
 */
export const BROWSER_GLOBALS = new Set([
  'browser',
  'chrome',
  'document',
  'window',
  'navigator',
  'self',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'importScripts',
]);

/** Modules whose values are the extension APIs themselves (type-only imports are fine). */
const BROWSER_MODULES = new Set(['wxt/browser', '@wxt-dev/browser', 'webextension-polyfill', '#imports']);

export interface Finding {
  file: string;
  line: number;
  name: string;
}

/** A program over `files` with the project's compiler options, so names resolve as tsc resolves them. */
export function programOf(files: string[]): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(
    files.map((f) => join(ROOT, f)),
    { ...options, noEmit: true },
  );
}

/** Inside a type (an annotation, `typeof x` in a type, an interface): not a use at run time. */
function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isHeritageClause(n)) return true;
    if (ts.isStatement(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** The identifier names something rather than reading a variable: a property, a declaration, a label. */
function isName(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (p as ts.PropertyAccessExpression).name === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id)
    return true;
  if ((ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p) || ts.isJsxAttribute(p)) && p.name === id) return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return true;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return true;
  return false;
}

/** Declared in the project's own code (a local, a parameter, an import of a project module). */
function declaredHere(checker: ts.TypeChecker, id: ts.Identifier): boolean {
  const symbol = checker.getSymbolAtLocation(id);
  if (!symbol) return false;
  return (symbol.declarations ?? []).some((d) => {
    const file = d.getSourceFile();
    if (ts.isImportSpecifier(d) || ts.isImportClause(d) || ts.isNamespaceImport(d)) {
      let decl: ts.Node = d;
      while (!ts.isImportDeclaration(decl)) decl = decl.parent;
      const from = decl.moduleSpecifier;
      return !(ts.isStringLiteral(from) && BROWSER_MODULES.has(from.text));
    }
    return !file.isDeclarationFile;
  });
}

/** Every run-time use of a browser global (or a value import of the extension APIs) in `file`. */
export function browserGlobalsIn(program: ts.Program, file: string): Finding[] {
  const source = program.getSourceFile(join(ROOT, file));
  if (!source) throw new Error(`${file} is not in the program`);
  const checker = program.getTypeChecker();
  const found: Finding[] = [];
  const add = (node: ts.Node, name: string) => found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, name });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && BROWSER_MODULES.has(node.moduleSpecifier.text) && !node.importClause?.isTypeOnly) {
      add(node, node.moduleSpecifier.text);
      return;
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis' && BROWSER_GLOBALS.has(node.name.text) && !inType(node)) {
      add(node, `globalThis.${node.name.text}`);
    } else if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !isName(node) && !inType(node) && !declaredHere(checker, node)) {
      add(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
