// A second opinion: Zotero's own import test cases (RIS, MEDLINE/nbib, BibTeX, Web of Science
// tagged) in ../shared/fixtures/zotero-testcases. Every titled item Zotero expects must be
// among our records, with the same DOI and (for journal articles) the same first author.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { HAS_SHARED, SHARED } from './helpers';

if (!HAS_SHARED) console.warn('skipped: ../shared/fixtures not found');

interface ZoteroItem {
  itemType: string;
  title?: string;
  DOI?: string;
  creators?: { lastName?: string; name?: string; creatorType: string }[];
}

// Titles compared as letters and digits only: Zotero keeps rich text ("<i>…</i>", "DNA₂").
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const cases = (name: string): { input: string; items: ZoteroItem[] }[] =>
  HAS_SHARED
    ? JSON.parse(fs.readFileSync(path.join(SHARED, 'zotero-testcases', `${name}.testcases.json`), 'utf8')).testCases.filter((c: { type: string }) => c.type === 'import')
    : [];

describe.skipIf(!HAS_SHARED)('Zotero translator test cases', () => {
  for (const [name, format] of [
    ['RIS', 'ris'],
    ['MEDLINEnbib', 'medline'],
    ['BibTeX', 'bibtex'],
    ['Web-of-Science-Tagged', 'wos'],
  ]) {
    it(`${name}: every titled item, its DOI and first author`, () => {
      const all = cases(name);
      expect(all.length).toBeGreaterThan(0);
      for (const [i, { input, items }] of all.entries()) {
        const result = parseBibliography(input);
        expect(result.format, `${name} #${i}`).toBe(format);
        for (const item of items.filter((it) => it.title)) {
          const record = result.records.find((r) => fold(r.title) === fold(item.title!));
          expect(record, `${name} #${i}: "${item.title}"`).toBeDefined();
          if (item.DOI) expect(record!.doi, `${name} #${i} DOI`).toBe(item.DOI.toLowerCase());
          const author = item.creators?.find((c) => c.creatorType === 'author');
          if (item.itemType === 'journalArticle' && author && record!.authors.length) {
            expect(fold(record!.authors[0]), `${name} #${i} author`).toContain(fold(author.lastName ?? author.name ?? ''));
          }
        }
      }
    });
  }
});
