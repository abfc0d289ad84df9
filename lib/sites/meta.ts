// Helpers for reading embedded metadata (<meta> tags) shared by the adapters.
import { toText } from './dom';
import { namesInOne } from '../model/names-in-one';

/**
 * All <meta> tags by lowercased name/property, values in page order (empty ones dropped),
 * each passed through `clean` (the reader's unescapeTags).
 * One pass over the tags, so adapters can ask for many names without rescanning the page.
 */
export function metaMap(doc: Document, clean = (content: string) => content): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').trim().toLowerCase();
    const content = clean(el.getAttribute('content') ?? '').trim();
    if (!name || !content) continue;
    const list = map.get(name);
    if (list) list.push(content);
    else map.set(name, [content]);
  }
  return map;
}

/** The first value of the first name that has one. Contradictory duplicates: the first wins. */
export function first(meta: Map<string, string[]>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = meta.get(name)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** The first value of these tags that `parse` accepts: a bad duplicate does not hide a good one. */
export function pick<T>(meta: Map<string, string[]>, parse: (value: string) => T | undefined, ...names: string[]): T | undefined {
  for (const name of names) {
    for (const value of meta.get(name) ?? []) {
      const parsed = parse(value);
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

/** Author names as given: repeated tags, or one tag holding several (see namesInOne); never "et al.". */
export function authorList(meta: Map<string, string[]>, repeated: string, joined?: string): string[] {
  return authorNames(tagValues(meta, repeated, joined));
}

/**
 * As authorList, for a site whose one tag separates names with ";" only ("Sari D;Putri AN;", as
 * PubMed writes them): namesInOne's rules for names joined by commas would be dead weight in its
 * content script, which has a size budget.
 */
export function authorListBySemicolon(meta: Map<string, string[]>, repeated: string, joined: string): string[] {
  return cleanNames(tagValues(meta, repeated, joined).flatMap((v) => v.split(';')));
}

const tagValues = (meta: Map<string, string[]>, repeated: string, joined?: string) => {
  const names = meta.get(repeated) ?? [];
  return names.length === 0 && joined ? (meta.get(joined) ?? []) : names;
};

/**
 * Author names from tag values; never "et al.". One tag may hold several (see namesInOne), and so
 * may one of repeated tags: an OJS author record holding the co-authors ("Dewi Sari, Andi Putra,
 * Budi Santoso"), read by the same rules; "Abu Bakar, Siti Nur", "de Vries, J. Peter" and a name
 * with its degrees stay one person.
 */
export function authorNames(values: string[]): string[] {
  return cleanNames(values.flatMap((value) => namesInOne(value)));
}

const cleanNames = (names: string[]) => collapseRepeats(names.map(toText).filter((n) => n && !ET_AL.test(n)));

const ET_AL = /^et\.? al\.?$/i;

/**
 * A page that prints its metadata block twice gives [A, B, A, B]: keep one copy. Two authors
 * with the same name stay (a repeated block must repeat the whole list).
 */
export function collapseRepeats<T>(list: T[]): T[] {
  const n = list.length;
  for (let size = 1; size <= n / 2; size++) {
    if (n % size) continue;
    let repeats = true;
    for (let i = size; i < n && repeats; i++) repeats = list[i] === list[i % size];
    if (repeats) return list.slice(0, size);
  }
  return list;
}
