// BibTeX export: @article entries with unique ASCII keys, LaTeX-escaped text, UTF-8.
import type { Article } from '../model/article';
import { BIBTEX_OF } from './publication-types';
import { cleanText } from '../model/normalize';
import { textToLatex } from './latex';
import { titleWithOriginal } from './translated';

export interface BibtexExportRecord {
  article: Article;
  /** Decision and reason, written as `note` (read as a note by Zotero, Mendeley, EndNote, Rayyan, Covidence). */
  note?: string;
}

/** An ASCII citation key: first author's surname, year, first title word ("wilson2024global"). */
function baseKey(a: Article): string {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const author = a.authors[0] ?? '';
  // "Surname, Given", "Given Surname", or "Surname AB" (initials, all capitals, are skipped).
  const words = author.split(/\s+/).filter((w) => w.replace(/\W/g, '').length > 1 && w !== w.toUpperCase());
  const surname = fold(author.includes(',') ? author.split(',')[0] : (words.at(-1) ?? author));
  const word =
    a.title
      .split(/\s+/)
      .map(fold)
      .find((w) => w.length > 3 && !['with', 'from', 'that', 'this'].includes(w)) ?? '';
  return `${surname || 'anon'}${a.year ?? ''}${word}`.slice(0, 60) || 'ref';
}

// Braces would unbalance the entry; everything else in a URL or DOI is written as is.
const verbatim = (value: string) => value.replace(/[{}]/g, (c) => encodeURIComponent(c));

/**
 * BibTeX of a set of records: @article entries with unique ASCII keys; text escaped for
 * LaTeX; non-ASCII written as UTF-8 (read as such by Zotero, Mendeley, JabRef, biber).
 */
export function serialiseBibtex(records: BibtexExportRecord[]): string {
  const used = new Set<string>();
  const entries: string[] = [];
  for (const { article: a, note } of records) {
    const base = baseKey(a);
    let key = base;
    for (let n = 0; used.has(key); n++) key = base + (n < 26 ? String.fromCharCode(97 + n) : `_${n}`);
    used.add(key);
    const lines: string[] = [];
    const put = (name: string, value: string | number | undefined, raw = false) => {
      if (value === undefined || value === '') return;
      const text = cleanText(String(value));
      if (text) lines.push(`  ${name} = {${raw ? verbatim(text) : textToLatex(text)}}`);
    };
    put('title', titleWithOriginal(a));
    // A name holding " and " is braced so that it stays one name.
    if (a.authors.length) {
      const names = a.authors.map((n) => (/\sand\s/i.test(n) ? `{${textToLatex(n)}}` : textToLatex(n)));
      lines.push(`  author = {${names.join(' and ')}}`);
    }
    // The kind (publication-types.ts BIBTEX_OF); a record that names none is an @article, as before.
    const [entry, venue, documentType] = BIBTEX_OF[a.type ?? 'article'];
    put(venue, a.journal);
    put('year', a.year);
    put('volume', a.volume);
    put('number', a.issue);
    put('pages', a.pages);
    put('doi', a.doi, true);
    put('pmid', a.pmid, true);
    put('abstract', a.abstract);
    if (a.keywords?.length) {
      // "; " keeps MeSH terms such as "Models, Molecular" whole; a single keyword with a comma
      // gets a trailing ";" so that it is not split on its comma when read back.
      const joined = a.keywords.join('; ') + (a.keywords.length === 1 && a.keywords[0].includes(',') ? ';' : '');
      put('keywords', joined);
    }
    put('url', a.url, true);
    put('language', a.language);
    put('document_type', documentType);
    put('note', note);
    entries.push(`@${entry}{${key},\n${lines.join(',\n')}\n}\n`);
  }
  return entries.join('\n');
}
