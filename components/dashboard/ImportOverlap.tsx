import type { ReviewData } from '../../lib/db';
import type { LoggedSearch } from '../../lib/model';
import { attachableSearches, importOverlap, type ImportOverlap } from '../../lib/review/import-overlap';
import { formatDate, formatNumber, t, tCountOf } from '../../lib/i18n';

/**
 * What the reviewer chose to do with a file the review may hold already: skip it, log it as a
 * new search, or log it under a search entered by hand (`attach:` and that search's id).
 */
export type ImportChoice = 'skip' | 'new' | `attach:${string}`;

/** What the page knows of a file read, for the checks before it is stored. */
export interface FileRead {
  keys?: string[];
  /** The other identifiers of some of its records (fileIdentifiers). */
  ids?: string[][];
  fingerprint?: string;
  count: number;
  database: string;
}

/** The earlier imports the file repeats, and the searches entered by hand it may be the export of. */
export interface ImportCheck {
  overlap: ImportOverlap;
  attachable: LoggedSearch[];
  /** The file's records, each once: the "m" of "n of m records already came from …". */
  total: number;
  /** The records read, as a database counts them (a record the file holds twice twice). */
  records: number;
  /** A file chosen with it that holds the same records ("pubmed.nbib" and "pubmed (1).nbib"). */
  sameAs?: string;
}

export function importCheck(file: FileRead, data: ReviewData, now = Date.now()): ImportCheck {
  const { keys, ids, fingerprint, count, database } = file;
  const overlap = keys && fingerprint ? importOverlap({ keys, ids, fingerprint, records: count, database }, data) : { partial: [] };
  return { overlap, attachable: overlap.same ? [] : attachableSearches(database, now, data, count), total: keys?.length ?? count, records: count };
}

/**
 * Unless the reviewer chose: a file imported before is skipped (importing it again would count
 * its records twice in PRISMA), and so is one that nearly all repeats an import from its
 * database (the same search exported again) when it holds no record that import lacks: a search
 * run again later with 3 new records is imported, or those records would be lost (review R13);
 * one that is most likely the export of a search entered by hand is logged under that search;
 * any other is a new search.
 */
export function defaultChoice(check: ImportCheck): ImportChoice {
  const again = check.overlap.again;
  if (check.overlap.same || check.sameAs || (again && again.shared >= check.total)) return 'skip';
  return check.attachable[0] ? `attach:${check.attachable[0].id}` : 'new';
}

/** What a file is offered and what it is set to, read together with the other files chosen with it. */
export interface PlannedImport {
  choice: ImportChoice;
  /** The searches entered by hand it may be logged under: its check's, less those another file is logged under. */
  attachable: LoggedSearch[];
}

const attachedTo = (choice: ImportChoice | undefined) => (choice?.startsWith('attach:') ? choice.slice('attach:'.length) : undefined);

/**
 * The choices of files chosen together. Each file's check offers the searches entered by hand
 * for its database, so two PubMed exports offered the same two PubMed searches and both were
 * logged under the nearer one: PRISMA counted it with both files' records, and the other with its
 * typed count and no records (11 identified instead of 8). A search is taken by one file: first
 * by the reviewer's choices, then by the files whose records are its typed count, then in order.
 */
export function planImports(files: readonly { check?: ImportCheck; choice?: ImportChoice }[]): PlannedImport[] {
  const taken = new Map<string, number>();
  files.forEach((f, i) => {
    const id = attachedTo(f.choice);
    if (id !== undefined && !taken.has(id)) taken.set(id, i);
  });
  const free = (i: number) => (s: LoggedSearch) => (taken.get(s.id) ?? i) === i;
  // The reviewer's own choice stands, unless another file's took its search first.
  const chosen = files.map((f, i): ImportChoice | undefined => {
    const id = attachedTo(f.choice);
    return id === undefined || taken.get(id) === i ? f.choice : undefined;
  });
  for (const exact of [true, false]) {
    files.forEach((f, i) => {
      if (chosen[i] || !f.check) return;
      const fallback = defaultChoice(f.check);
      if (attachedTo(fallback) === undefined) {
        chosen[i] = fallback;
        return;
      }
      const search = f.check.attachable.filter(free(i)).find((s) => !exact || s.totalResults === f.check?.records);
      if (search) {
        taken.set(search.id, i);
        chosen[i] = `attach:${search.id}`;
      } else if (!exact) chosen[i] = 'new';
    });
  }
  return files.map((f, i) => ({ choice: chosen[i] ?? 'new', attachable: f.check?.attachable.filter(free(i)) ?? [] }));
}

/**
 * A file's check again, for the database the reviewer corrected the guessed one to: an import
 * of the same records from another database is no second import, and the searches entered by
 * hand offered are those of the database now named. A choice made for the old one is let go.
 */
export function recheck<P extends { count: number; reply?: { ok: boolean } & Partial<FileRead>; check?: ImportCheck; choice?: ImportChoice }>(
  p: P,
  database: string,
  data: ReviewData,
): P {
  if (!p.check || !p.reply?.ok) return p;
  const { keys, ids, fingerprint } = p.reply;
  const check = importCheck({ keys, ids, fingerprint, count: p.count, database }, data);
  const { sameAs } = p.check;
  return { ...p, check: sameAs ? { ...check, sameAs, attachable: [] } : check, choice: undefined };
}

const named = (s: LoggedSearch) => [s.database, s.fileName ?? s.query].filter(Boolean).join(' – ');

/**
 * Files chosen together that hold the same records: each after the first is marked as the
 * first's (neither is stored yet, so the review's own imports cannot tell).
 */
export function markSameFiles<P extends { file: File; reply?: { ok: boolean; fingerprint?: string }; check?: ImportCheck }>(files: P[]): P[] {
  const first = new Map<string, string>();
  return files.map((p) => {
    const print = p.reply?.ok ? p.reply.fingerprint : undefined;
    if (!print || !p.check) return p;
    const earlier = first.get(print);
    if (earlier === undefined) first.set(print, p.file.name);
    return earlier === undefined || p.check.overlap.same ? p : { ...p, check: { ...p.check, sameAs: earlier, attachable: [] } };
  });
}

/** When a search's file was imported: an import's own date, or when a file joined a search entered by hand. */
const importedOn = (s: LoggedSearch) => formatDate(s.importedAt ?? s.at);

/**
 * The checks' findings in the reviewer's language, with the choices they leave: skip or import
 * again a file imported before; log it under a search entered by hand (`attachable`: those no
 * other file chosen with it is logged under) or as a new search; and skip a file that shares
 * records with earlier imports too (a reviewer who knows it for a second export of the same search).
 */
export function OverlapNotice(props: { check: ImportCheck; attachable: LoggedSearch[]; choice: ImportChoice; name: string; onChoice: (c: ImportChoice) => void }) {
  const { check, attachable, choice, name, onChoice } = props;
  const { partial, again, same: imported } = check.overlap;
  const same = imported ?? check.sameAs;
  const option = (value: ImportChoice, label: string) => (
    <label class="choice">
      <input type="radio" name={name} checked={choice === value} onChange={() => onChoice(value)} /> {label}
    </label>
  );
  if (!same && !partial.length && !attachable.length) return null;
  return (
    <div class="notice import-overlap" role="status">
      {imported && <p>{tCountOf(imported.recordCount ?? 0, 'importAlready', importedOn(imported), named(imported), formatNumber(imported.recordCount ?? 0))}</p>}
      {!imported && check.sameAs && <p>{t('importSameChosen', check.sameAs)}</p>}
      {partial.map(({ search, shared }) => (
        <p>{t('importOverlapPartial', formatNumber(shared), formatNumber(check.total), named(search), importedOn(search))}</p>
      ))}
      {!same && again && <p>{t('importLikelyAgain', named(again.search))}</p>}
      {(same || partial.length > 0) && option('skip', t('importSkip'))}
      {!same && attachable.map((s) => option(`attach:${s.id}`, t('importAttach', s.database, formatDate(s.at), s.query || '—')))}
      {option('new', t(same || (partial.length > 0 && !attachable.length) ? 'importAgain' : 'importAttachNot'))}
    </div>
  );
}
