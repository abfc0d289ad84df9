// BibTeX `crossref` and BibLaTeX `xdata`: an entry takes the fields it lacks from the entry it
// names. Reference managers write a proceedings paper or a book chapter this way, its venue,
// year and publisher only in the parent; read alone, the paper has no journal and no year, and
// neither screening nor duplicate detection can place it.
import type { Article } from '../model/article';
import type { Fields } from './bibtex-scan';
import type { Warnings } from './record';
import { importMessage } from './messages';

/**
 * Fields that identify or describe the parent work itself, never the child: a paper given its
 * volume's DOI, PMID, link, Scopus or WoS id would be merged by duplicate detection with every
 * other paper of that volume. Notes go too, since the reader finds PMIDs in them. The parent's
 * title is the child's booktitle, not its title (below).
 */
const NOT_INHERITED = new Set([
  // What names the parent: its titles, keys and links to other entries.
  ...'title subtitle titleaddon shorttitle sorttitle indextitle indexsorttitle key ids label shorthand sortkey crossref xref xdata entryset'.split(' '),
  // Its identifiers and links.
  ...'doi pmid pubmed_id pubmedid pmcid eprint eprinttype eprintclass url urldate file unique-id eid'.split(' '),
  // What it is about and what was noted of it.
  ...'abstract keywords author_keywords keyword keywords-plus note annote annotation extra'.split(' '),
]);

const has = (fields: Fields, name: string) => !!fields.get(name)?.trim();

/** An entry that names a parent: its record waits until the whole file is read. */
interface Child {
  key: string;
  /** Its entry type ("book", "incollection"). */
  type: string;
  fields: Fields;
  line: number;
  /** How many records came before it. */
  at: number;
}

/**
 * What resolution needs, collected while the file is read. A file without crossrefs pays one
 * push of a key and a position per entry: a parent is read again from its position when a child
 * needs it, because keeping every entry's fields until the end made a 10,000-entry import about
 * 15% slower. Only the children wait, since their parent may stand after them.
 */
export class Crossrefs {
  private readonly keys: string[] = [];
  private readonly starts: number[] = [];
  private readonly children: Child[] = [];

  /** `aliases`: the names the reader takes for one record field (["year", "date"]). */
  constructor(private readonly aliases: readonly (readonly string[])[]) {}

  /** Note an entry whose fields are read from `start`; true when it names a parent and must wait. */
  wait(key: string, type: string, start: number, fields: Fields, line: number, at: number): boolean {
    this.keys.push(key);
    this.starts.push(start);
    if (!fields.has('crossref') && !fields.has('xdata')) return false;
    this.children.push({ key, type, fields, line, at });
    return true;
  }

  /** The records with the children's among them, each where its entry stands (their warnings come last, each naming its line). */
  resolve(records: Article[], read: (start: number) => Fields, make: (fields: Fields, type: string, line: number) => Article | undefined, warnings: Warnings): Article[] {
    if (!this.children.length) return records;
    const inherited = this.inheritor(read, warnings);
    const all: Article[] = [];
    let next = 0;
    for (const child of this.children) {
      while (next < child.at) all.push(records[next++]);
      const article = make(inherited(child), child.type, child.line);
      if (article) all.push(article);
    }
    while (next < records.length) all.push(records[next++]);
    return all;
  }

  /**
   * A child's fields with those it inherits. One level, as in BibTeX: a child takes its
   * parent's own fields, never what the parent inherits, so chains and cycles (a → b → a) end.
   */
  private inheritor(read: (start: number) => Fields, warnings: Warnings): (child: Child) => Fields {
    const byKey = new Map<string, number>();
    // Keys are case-insensitive to BibTeX; of two entries with one key it uses the first.
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i].toLowerCase();
      if (key && !byKey.has(key)) byKey.set(key, i);
    }
    const cache = new Map<number, Fields>();
    const aliasOf = new Map<string, readonly string[]>();
    for (const names of this.aliases) for (const name of names) aliasOf.set(name, names);
    const venue = aliasOf.get('booktitle') ?? ['booktitle'];

    // A child with "date" has a year: its parent's "year" must not win over it.
    const inherit = (into: Fields, from: Fields) => {
      for (const [name, value] of from) {
        if (NOT_INHERITED.has(name) || has(into, name) || aliasOf.get(name)?.some((n) => has(into, n))) continue;
        into.set(name, value);
      }
    };
    const parent = (child: Child, field: string, key: string) => {
      const name = key.trim().toLowerCase();
      // An entry naming itself has nothing to inherit (and its title is not its venue).
      if (name === child.key.toLowerCase()) return undefined;
      const i = byKey.get(name);
      if (i === undefined) {
        warnings.add(importMessage('crossrefMissing', child.key, field, key.trim()), child.line);
        return undefined;
      }
      if (!cache.has(i)) cache.set(i, read(this.starts[i]));
      return cache.get(i);
    };

    return (child) => {
      const fields = new Map(child.fields);
      const crossref = fields.get('crossref')?.trim();
      const xdata = fields.get('xdata')?.trim();
      // BibLaTeX reads xdata as if written in the entry itself, before the crossref.
      for (const key of xdata ? xdata.split(',') : []) {
        const from = key.trim() && parent(child, 'xdata', key);
        if (from) inherit(fields, from);
      }
      const from = crossref && parent(child, 'crossref', crossref);
      if (!from) return fields;
      inherit(fields, from);
      // BibLaTeX: the parent's title is the child's booktitle (its journal, for an article).
      if (has(from, 'title') && !venue.some((n) => has(fields, n))) fields.set('booktitle', from.get('title')!);
      return fields;
    };
  }
}
