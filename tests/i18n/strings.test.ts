import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';

// Both languages, complete: every word a component shows comes from the locale files, and the
// Indonesian file translates every message.
const root = resolve(__dirname, '../..');

/**
 * Names that are the same in every language: the product, databases, standards, identifiers and
 * file formats — and the two language names, which a language picker shows in their own language.
 */
const NAMES = [
  'Saring',
  'PubMed',
  'Google Scholar',
  'ScienceDirect',
  'Garuda',
  'Scopus',
  'PICOS',
  'PRISMA',
  'DOI',
  'PMID',
  'CSV',
  'RIS',
  'BibTeX',
  'SVG',
  'PNG',
  'JSON',
  'CouchDB',
  'English',
  'Bahasa Indonesia',
];

/** Attributes a person reads or hears. */
const USER_FACING = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

/** Messages the Indonesian file keeps as in English, and why. */
const SAME_IN_INDONESIAN: Record<string, string> = {
  extName: 'the product name',
  columnDoi: "DOI is the identifier's name in Indonesian too",
  columnPmid: "PMID is PubMed's identifier, named so in Indonesian too",
  tabPrisma: 'PRISMA is the name of the reporting statement',
};

/** Text that would be shown untranslated: anything with a letter once names are removed. */
function isWording(text: string): boolean {
  let rest = text;
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return /\p{L}/u.test(rest);
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** The literal text an expression shows directly (strings, template text, either branch of ?:, a && b). */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return [...(node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : literalTexts(node.left)), ...literalTexts(node.right)];
  }
  return [];
}

/** Every user-visible literal in a component file: JSX text, text expressions, user-facing attributes. */
function hardCodedStrings(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isWording(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalTexts(node.expression)) report(node, text);
    } else if (ts.isJsxAttribute(node) && USER_FACING.has(node.name.getText(sf)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(node, value.text);
      else if (ts.isJsxExpression(value) && value.expression) for (const text of literalTexts(value.expression)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('both languages, complete', () => {
  it('components show no literal wording: every text comes from the locale files', () => {
    const files = tsxFiles(join(root, 'components'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => hardCodedStrings(f))).toEqual([]);
  });

  it('the scan finds literal wording in text, expressions and attributes, and lets names and symbols pass', () => {
    const sample = `
      export const A = () => (
        <div title="Close window" aria-label={cond ? 'Open' : t('x')}>
          Saring · PubMed ✓ {count} — {'Loading'} {ok && \`\${n} more\`} <img alt="" /> {t('key')}
          Save
        </div>
      );`;
    expect(hardCodedStrings(join(root, 'components/Sample.tsx'), sample).map((s) => s.replace(/^.*?: /, ''))).toEqual([
      '"Close window"',
      '"Open"',
      '"Loading"',
      '"more"',
      '"Save"',
    ]);
  });

  it("components write dates and numbers through lib/i18n (the chosen language), not the browser's locale", () => {
    const offenders = tsxFiles(join(root, 'components')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\.toLocale(Date|Time)?String\(|new Intl\./.test(line) ? [`${relative(root, file)}:${i + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('the Indonesian file has every key, and translates every message but a few names', () => {
    const enKeys = Object.keys(en);
    expect(
      enKeys.filter((k) => !(k in id)),
      'keys missing in id',
    ).toEqual([]);
    expect(
      Object.keys(id).filter((k) => !(k in en)),
      'keys only in id',
    ).toEqual([]);
    const same = enKeys.filter((k) => (id as Record<string, { message: string }>)[k].message === (en as Record<string, { message: string }>)[k].message);
    expect(
      same.filter((k) => !(k in SAME_IN_INDONESIAN)),
      'messages left in English',
    ).toEqual([]);
    // The allow-list holds only what is still the same (no stale entries).
    expect(Object.keys(SAME_IN_INDONESIAN).filter((k) => !same.includes(k))).toEqual([]);
  });

  it('each Indonesian message takes the same arguments ($1…$9) as the English one', () => {
    const args = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    const differ = Object.keys(en).filter(
      (k) => JSON.stringify(args((en as Record<string, { message: string }>)[k].message)) !== JSON.stringify(args((id as Record<string, { message: string }>)[k].message)),
    );
    expect(differ).toEqual([]);
  });
});
