// Text a known CSV export holds that Saring does not read, said once a file. A reviewer who opens
// a Publish or Perish CSV in a spreadsheet and saves it again may have cut a column's name
// ("Abstract" → "Abstrac", "Abs"), renamed it ("Ringkasan"), or cut the header row short so that
// the rows hold more cells than it names: the abstracts were then left out without a word.
// The many columns an export writes that Saring leaves on purpose (Publish or Perish's Cites,
// GSRank, QueryDate; Scopus's References) are no loss: a column is only named when its name stands
// for a column the export's profile reads and the file lacks, or when the file gives no abstract
// and a column holds prose in most rows whose name no export writes, or names a field this
// export's profile never reads ("Abstract" added to a Google Scholar library's CSV).
import { guessColumnMapping, PROFILES, squash, type MappableField, type Profile } from './csv-profiles';
import { importMessage, type ImportMessage } from './messages';

interface Rows {
  headers: readonly string[];
  rows: readonly { cells: readonly string[]; line: number }[];
}

// Columns of known exports that may hold prose and that Saring leaves on purpose (squashed
// names, each the start of one): Scopus's "Funding Texts" and "References", Embase's "Original
// Abstract", Dimensions' "Acknowledgements", IEEE Xplore's "License" (its terms of reuse, written out),
// the notes of Zotero, Covidence and Rayyan, Saring's own screening answers and notes.
const LEFT_ALONE = [
  'fundingtext',
  'fundingdetails',
  'funding',
  'acknowledg',
  'originalabstract',
  'references',
  'citedreferences',
  'affiliations',
  'authorswithaffiliations',
  'correspondenceaddress',
  'notes',
  'note',
  'extra',
  'rights',
  'copyright',
  'license',
  'licence',
  'emtree',
  'exclusionreason',
  'population',
  'intervention',
  'comparison',
  'outcome',
  // ClinicalTrials.gov's outcome measures: the registration's plan, no abstract.
  'primaryoutcome',
  'secondaryoutcome',
  'otheroutcome',
  'studydesign',
  'searchqueries',
  'reviewerdecisions',
];

let mappedNames: Set<string> | undefined;
/** Every column name some profile reads, squashed. */
function mappedByAnyProfile(): Set<string> {
  mappedNames ??= new Set(PROFILES.flatMap((p) => Object.values(p.mapping).flat().map(squash)));
  return mappedNames;
}

/** A column name Saring knows: one a profile reads, a field's usual name, or one it leaves on purpose. */
function known(name: string): boolean {
  const s = squash(name);
  return mappedByAnyProfile().has(s) || Object.keys(guessColumnMapping([name])).length > 0 || LEFT_ALONE.some((n) => s.startsWith(n));
}

/**
 * At most one edit apart (a letter dropped, added, changed, or two swapped): "Abstarct", "Abstrct".
 * Not lib/dedup's editDistanceWithin(a, b, 1): a swap of two letters, the usual typo, is two edits there.
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

/** The name `column` was cut or edited from ("Abstrac", "Abs", "Abstract (EN)", "Abstarct" → "Abstract"). */
function standsFor(column: string, name: string): boolean {
  const s = squash(column);
  const n = squash(name);
  return (s.length >= 3 && n.startsWith(s)) || (n.length >= 4 && s.startsWith(n)) || (n.length >= 5 && oneEditApart(s, n));
}

/**
 * Prose, as an abstract is: 15 words or more, many of them in lower case, not a list joined with
 * ";" or "|" (index terms, affiliations, references).
 */
function prose(text: string): boolean {
  if (text.length < 100) return false;
  const words = text.split(/\s+/);
  if (words.length < 15) return false;
  let lower = 0;
  let lists = 0;
  for (const word of words) {
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) lower++;
    const last = word.charCodeAt(word.length - 1);
    if (last === 59 /* ; */ || c === 124 /* | */) lists++;
  }
  return lower * 5 >= words.length * 2 && lists * 8 < words.length;
}

/** True when a cell of the column at `index` holds text. */
const hasText = (table: Rows, index: number) => table.rows.some(({ cells }) => cells[index]?.trim());

/** True when the column at `index` holds prose in more than half the rows. */
function mostlyProse(table: Rows, index: number): boolean {
  let count = 0;
  for (const { cells } of table.rows) if (cells[index] && prose(cells[index])) count++;
  return count * 2 > table.rows.length;
}

/** The fields a profile reads whose columns this file has none of ("Abstract" cut to "Abstrac"). */
function missingFields(profile: Profile, has: Set<string>): { names: string[]; field: string }[] {
  return Object.entries(profile.mapping)
    .map(([field, names]) => ({ field, names: [names ?? []].flat() }))
    .filter(({ names }) => names.length > 0 && !names.some((n) => has.has(n.trim().toLowerCase())));
}

/** What one unread column is told: the name to give it, when there is one. */
function columnNote(header: string, index: number, rename: string | undefined): ImportMessage {
  if (!header) return rename ? importMessage('unnamedColumnName', index + 1, rename) : importMessage('unnamedColumnUnread', index + 1);
  return rename ? importMessage('columnRename', header, rename) : importMessage('columnUnread', header);
}

/**
 * The columns of a known export that hold text Saring did not read, a note each (the reader
 * says them in one sentence): `read` holds the lower-case names of every column the profile read.
 */
export function unreadColumns(table: Rows, profile: Profile, read: ReadonlySet<string>): ImportMessage[] {
  const has = new Set(table.headers.map((h) => h.trim().toLowerCase()));
  const missing = missingFields(profile, has);
  const abstractRead = profile.mapping.abstract !== undefined && !missing.some((m) => m.field === 'abstract');
  const abstractName = [profile.mapping.abstract ?? []].flat()[0];
  const seen = new Set<string>();
  const notes: ImportMessage[] = [];
  table.headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    if (read.has(key) || seen.has(key)) return;
    seen.add(key);
    const guessed = Object.keys(guessColumnMapping([header]))[0];
    const edited = missing.find((m) => m.field === guessed || m.names.some((n) => header && standsFor(header, n)));
    if (edited) {
      if (hasText(table, index)) notes.push(columnNote(header, index, edited.names.find((n) => standsFor(header, n)) ?? edited.names[0]));
      return;
    }
    // A column no export writes, holding prose in most rows, in a file that gives no abstract: the
    // abstracts under another name. A name Saring knows for a field this export's profile never
    // reads ("Abstract" added to a Google Scholar library's CSV) is no help: it is named too.
    const unmapped = guessed !== undefined && profile.mapping[guessed as MappableField] === undefined;
    if (abstractRead || (header && known(header) && !unmapped)) return;
    if (mostlyProse(table, index)) notes.push(columnNote(header, index, abstractName));
  });
  return notes;
}

/**
 * Rows holding text in cells past the header row's last column (the header was cut short, or a
 * cell's comma was not quoted), said in one sentence (or undefined).
 */
export function cellsPastHeader(table: Rows): ImportMessage | undefined {
  const width = table.headers.length;
  let lines = 0;
  let first = 0;
  let widest = 0;
  for (const { cells, line } of table.rows) {
    if (cells.length <= width || !cells.slice(width).some((c) => c.trim())) continue;
    lines++;
    first ||= line;
    widest = Math.max(widest, cells.length);
  }
  if (!lines) return undefined;
  const last = table.headers[width - 1];
  return lines === 1 ? importMessage('cellsPastHeaderLine', last, first, width, widest) : importMessage('cellsPastHeaderLines', last, lines, first, width, widest);
}
