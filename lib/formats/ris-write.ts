// RIS export: one record per article, CRLF line ends, every value on one line.
import type { Article } from '../model/article';
import { cleanText } from '../model/normalize';
import { titleWithOriginal } from './translated';
import { RIS_OF } from './publication-types';

export interface RisExportRecord {
  article: Article;
  /** Decision and reason, written as N1 (Zotero, Mendeley, EndNote, Rayyan and Covidence read it as a note). */
  note?: string;
}

// Multi-line values break several readers: every value goes on one line.
const oneLine = (value: string) => cleanText(value);

/** Split "1084-1092" into start and end page; anything else goes whole into SP. */
function splitPages(pages: string): [string, string | undefined] {
  const parts = pages.split('-');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : [pages, undefined];
}

/**
 * RIS of a set of records. CRLF line ends, as EndNote writes them (every reader accepts
 * them); journal in T2 (the tag Zotero and EndNote write for a journal article); PMID as a
 * "PMID: …" note, which no reader mistakes for another id.
 */
export function serialiseRis(records: RisExportRecord[]): string {
  const out: string[] = [];
  const put = (tag: string, value: string | number | undefined) => {
    if (value === undefined) return;
    const text = oneLine(String(value));
    if (text) out.push(`${tag}  - ${text}`);
  };
  for (const { article: a, note } of records) {
    // The kind (publication-types.ts RIS_OF); a record that names none is written as a journal article, as before.
    const [ty, documentType] = RIS_OF[a.type ?? 'article'];
    out.push(`TY  - ${ty}`);
    put('TI', titleWithOriginal(a));
    for (const author of a.authors) put('AU', author);
    put('PY', a.year);
    // A thesis's T2 is its academic department to EndNote (thesis.ts): its listing goes in JF.
    put(ty === 'THES' ? 'JF' : 'T2', a.journal);
    put('M3', documentType);
    put('VL', a.volume);
    put('IS', a.issue);
    if (a.pages) {
      const [sp, ep] = splitPages(a.pages);
      put('SP', sp);
      put('EP', ep);
    }
    put('DO', a.doi);
    put('AB', a.abstract);
    for (const keyword of a.keywords ?? []) put('KW', keyword);
    put('UR', a.url || undefined);
    put('LA', a.language);
    put('N1', note);
    if (a.pmid) put('N1', `PMID: ${a.pmid}`);
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}
