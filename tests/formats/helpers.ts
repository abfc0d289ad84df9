import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { FormatError, parseBibliography } from '../../lib/formats';
import type { Article } from '../../lib/model/article';

/** A committed fixture (tests/formats/fixtures/<dialect>/<file>) as text. */
export function fixture(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, 'fixtures', name), 'utf8');
}

/** Every committed fixture, as [relative name, text]. */
export function allFixtures(): [string, string][] {
  const root = path.resolve(__dirname, 'fixtures');
  const out: [string, string][] = [];
  for (const dir of fs.readdirSync(root).sort()) {
    for (const file of fs.readdirSync(path.join(root, dir)).sort()) out.push([`${dir}/${file}`, fixture(`${dir}/${file}`)]);
  }
  return out;
}

/** /work/shared/fixtures, when this checkout has it (CI does). */
export const SHARED = path.resolve(__dirname, '../../../shared/fixtures');
export const HAS_SHARED = fs.existsSync(SHARED);

export function sharedBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(SHARED, name)));
}

export function sharedExports(): string[] {
  return HAS_SHARED ? fs.readdirSync(path.join(SHARED, 'exports')).sort() : [];
}

/** The fields the acceptance tests compare, for compact expectations. */
export function core(a: Article | undefined) {
  if (!a) return undefined;
  return { title: a.title, author: a.authors[0], year: a.year, doi: a.doi, pmid: a.pmid, journal: a.journal };
}

/** The one record a short export holds; the test fails, showing the warnings, when there is not exactly one. */
export function oneRecord(text: string, name?: string): Article {
  const { records, warnings } = parseBibliography(text, name);
  expect(records, warnings.join('\n')).toHaveLength(1);
  return records[0];
}

/** The FormatError parseBibliography throws for this text; the test fails when it throws none or another. */
export function formatError(text: string, name?: string): FormatError {
  try {
    parseBibliography(text, name);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error('expected a FormatError');
}
