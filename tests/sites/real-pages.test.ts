// Real captured pages from ../shared/fixtures (not committed: third-party content). Expected
// values were written by reading each page (and Zotero's test cases / the *_Out.json files as a
// second opinion), not copied from the adapters' output. Skipped, visibly, when absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../../lib/model';
import { extractPage } from '../../lib/sites';
import { expectValid, parse } from './parse';
import expectations from './real-pages.expected.json';

const ROOT = path.resolve(__dirname, '../../../shared/fixtures');
const exists = existsSync(path.join(ROOT, 'index.json'));
if (!exists) console.warn('real pages suite skipped: ../shared/fixtures not found');

interface IndexPage {
  file: string;
  url: string;
  site: string;
  kind: 'results' | 'article' | 'profile' | 'blocked' | 'none';
}
const index: IndexPage[] = exists ? JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8')).pages : [];

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">. */
function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * The page's text. A page is decoded with the charset it declares, except that Scholar pages
 * declaring ISO-8859-1 were saved as UTF-8 by the capturing tool: bytes that are valid UTF-8
 * with multi-byte sequences are read as UTF-8 (reading them as Latin-1 gives "Â " mojibake).
 */
function decodePage(bytes: Uint8Array): { text: string; asDeclared: string } {
  const charset = declaredCharset(bytes);
  const asDeclared = new TextDecoder(charset).decode(bytes);
  if (/^utf-?8$/.test(charset)) return { text: asDeclared, asDeclared };
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: bytes.some((b) => b > 0x7f) ? utf8 : asDeclared, asDeclared };
  } catch {
    return { text: asDeclared, asDeclared };
  }
}

type Fields = { title: string; authors: string[]; year?: number; journal?: string; doi?: string; pmid?: string };
interface Expected {
  $comment?: string;
  count?: number;
  articles?: Record<number, Fields>;
  page?: Partial<PageExtraction>;
}

const fields = (a: PageExtraction['articles'][number]): Fields => ({
  title: a.title,
  authors: a.authors,
  year: a.year,
  journal: a.journal,
  doi: a.doi,
  pmid: a.pmid,
});

// Per page: the article count, page fields, and fields of chosen articles by index (`$comment`s say why).
const { $comment: _, ...EXPECTED } = expectations as unknown as Record<string, Expected> & { $comment: unknown };

function read(url: string, text: string) {
  const found = extractPage(parse(text), url);
  expectValid(found);
  return found;
}

describe.skipIf(!exists)('real pages (../shared/fixtures)', () => {
  it.each(index.map((p) => [p.file, p] as const))('%s', (file, page) => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, file)));
    const { text, asDeclared } = decodePage(bytes);
    const found = read(page.url, text);
    if (page.kind === 'none') {
      expect(found).toBeNull();
      return;
    }
    expect(found?.kind).toBe(page.kind === 'profile' ? 'results' : page.kind);
    expect(found?.site).toBe(page.site);
    const expected = EXPECTED[file];
    expect(expected, `no expectations written for ${file}`).toBeDefined();
    if (expected.count !== undefined) expect(found!.articles).toHaveLength(expected.count);
    if (expected.page) expect(found).toMatchObject(expected.page);
    for (const [i, want] of Object.entries(expected.articles ?? {})) expect(fields(found!.articles[Number(i)])).toEqual(want);
    // Whatever the page declares, reading it as declared gives the same articles.
    if (asDeclared !== text) expect(read(page.url, asDeclared)).toEqual(found);
  });

  it('reads the bioRxiv page: 100 authors in page order, DOI, year, journal', () => {
    const page = index.find((p) => p.file.includes('biorxiv'))!;
    const found = read(page.url, readFileSync(path.join(ROOT, page.file), 'utf8'))!;
    const [a] = found.articles;
    expect(a.title).toBe('A SARS-CoV-2-Human Protein-Protein Interaction Map Reveals Drug Targets and Potential Drug-Repurposing');
    expect(a.authors).toHaveLength(100);
    expect(a.authors.slice(0, 2)).toEqual(['David E. Gordon', 'Gwendolyn M. Jang']);
    expect(a.authors.slice(-2)).toEqual(['Brian K. Shoichet', 'Nevan J. Krogan']);
    expect([a.year, a.journal, a.doi]).toEqual([2020, 'bioRxiv', '10.1101/2020.03.22.002386']);
  });

  it('never takes "Get rights and content" for a ScienceDirect author, nor Highlights for its abstract', () => {
    for (const page of index.filter((p) => p.site === 'sciencedirect')) {
      const found = read(page.url, readFileSync(path.join(ROOT, page.file), 'utf8'))!;
      const out = JSON.parse(readFileSync(path.join(ROOT, page.file.replace(/\.html$/, '_Out.json')), 'utf8'));
      // The other tool's output, as a second opinion: same names, given + family.
      expect(found.articles[0].authors).toEqual(out.author_list.map((x: { given: string; family: string }) => `${x.given} ${x.family}`));
      expect(found.articles[0].authors.join(' ')).not.toMatch(/rights and content/i);
      expect([found.articles[0].volume, found.articles[0].pages]).toEqual([out.volume, out.pages]);
      // The abstract, not the Highlights beside it (the other tool's text, whitespace aside).
      if (out.abstract) expect(found.articles[0].abstract?.replace(/\s+/g, ' ')).toBe(out.abstract.replace(/\s+/g, ' '));
    }
  });
});
