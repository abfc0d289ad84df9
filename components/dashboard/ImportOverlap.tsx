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
  /** A file chosen with it that holds the same records ("pubmed.nbib" and "pubmed (1).nbib"). */
  sameAs?: string;
}

export function importCheck(file: FileRead, data: ReviewData, now = Date.now()): ImportCheck {
  const overlap = file.keys && file.fingerprint ? importOverlap({ keys: file.keys, fingerprint: file.fingerprint, records: file.count }, data) : { partial: [] };
  return { overlap, attachable: overlap.same ? [] : attachableSearches(file.database, now, data), total: file.keys?.length ?? file.count };
}

/**
 * Unless the reviewer chose: a file imported before is skipped (importing it again would count
 * its records twice in PRISMA), one that is most likely the export of a search entered by hand
 * is logged under that search; any other is a new search.
 */
export function defaultChoice(check: ImportCheck): ImportChoice {
  if (check.overlap.same || check.sameAs) return 'skip';
  return check.attachable[0] ? `attach:${check.attachable[0].id}` : 'new';
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

/** The checks' findings in the reviewer's language, with the choices they leave. */
export function OverlapNotice({ check, choice, name, onChoice }: { check: ImportCheck; choice: ImportChoice; name: string; onChoice: (c: ImportChoice) => void }) {
  const { partial } = check.overlap;
  const same = check.overlap.same ?? check.sameAs;
  const option = (value: ImportChoice, label: string) => (
    <label class="choice">
      <input type="radio" name={name} checked={choice === value} onChange={() => onChoice(value)} /> {label}
    </label>
  );
  if (!same && !partial.length && !check.attachable.length) return null;
  const { same: imported } = check.overlap;
  return (
    <div class="notice import-overlap" role="status">
      {imported && <p>{tCountOf(imported.recordCount ?? 0, 'importAlready', formatDate(imported.at), named(imported), formatNumber(imported.recordCount ?? 0))}</p>}
      {!imported && check.sameAs && <p>{t('importSameChosen', check.sameAs)}</p>}
      {partial.map(({ search, shared }) => (
        <p>{t('importOverlapPartial', formatNumber(shared), formatNumber(check.total), named(search), formatDate(search.at))}</p>
      ))}
      {same && option('skip', t('importSkip'))}
      {same && option('new', t('importAgain'))}
      {!same && check.attachable.map((s) => option(`attach:${s.id}`, t('importAttach', s.database, formatDate(s.at), s.query || '—')))}
      {!same && check.attachable.length > 0 && option('new', t('importAttachNot'))}
    </div>
  );
}
