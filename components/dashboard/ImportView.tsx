import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportSummary, ReviewData } from '../../lib/db';
import type { ParseReply } from '../../lib/messaging/parse-worker';
import { MAPPABLE_FIELDS, type Mapping, type MappableField } from '../../lib/formats/csv-profiles';
import { t, tCount } from '../../lib/i18n';
import { formatLabel, importMessageText, storeFailureText } from './import-messages';
import { MAPPABLE_FIELD_LABEL } from './field-labels';
import { BusyStatus, type Progress } from './BusyStatus';
import { importCheck, markSameFiles, OverlapNotice, planImports, recheck, type ImportCheck, type ImportChoice, type PlannedImport } from './ImportOverlap';

/** Where a file's records go: the review, and what its search log records of the file. */
export interface StoreTarget {
  reviewId: string;
  database: string;
  fileName: string;
  format: string;
  /** A search entered by hand to log the file under, instead of a new one. */
  attachTo?: string;
}

/**
 * A file read off the page's thread (platform/import-worker.ts): what it holds, and a way to
 * store its records (lib/db importRecords, run where they were read) or to let them go.
 */
export interface ReadFile {
  reply: ParseReply;
  store(target: StoreTarget, onProgress: (done: number, total: number) => void): Promise<ImportSummary>;
  close(): void;
}

export type ParseFile = (bytes: ArrayBuffer, fileName: string, mapping?: Mapping) => Promise<ReadFile>;

interface Pending {
  file: File;
  read?: ReadFile;
  reply?: ParseReply;
  count: number;
  database: string;
  mapping?: Mapping;
  summary?: ImportSummary;
  /** What the review holds of the file already (earlier imports, a search entered by hand), and what the reviewer chose. */
  check?: ImportCheck;
  choice?: ImportChoice;
  skipped?: boolean;
  /** Why storing failed (why reading failed is the reply's, said in the reviewer's language). */
  error?: string;
}

const DATABASES = ['PubMed', 'Scopus', 'Web of Science', 'Embase', 'ScienceDirect', 'Google Scholar', 'Garuda', 'CINAHL', 'ProQuest', 'Ovid', 'Rayyan', 'Imported file'];

/**
 * Import database exports (RIS, MEDLINE/.nbib, BibTeX, CSV, Web of Science, EndNote .enw, CSL JSON) into the active
 * review: read off the page's thread, check the database each came from, then store them as
 * undecided records, duplicates merged, each file logged as a search.
 */
export function ImportView({ data, parse, reload }: { data: ReviewData; parse: ParseFile; reload: () => Promise<void> }) {
  const { pending, plan, busy, progress, readFiles, readOne, update, setDatabase, importAll } = useImport(data, parse, reload);
  return (
    <section class="import">
      <p class="muted">{t('importIntro')}</p>
      <FilePicker onFiles={(files) => void readFiles(files)} />
      {busy && <BusyStatus busy={busy} progress={progress} />}
      {pending.map((p, i) => (
        <PendingFile
          key={p.file.name + i}
          p={p}
          planned={plan[i]}
          onUpdate={(patch) => update(i, patch)}
          onDatabase={(database) => setDatabase(i, database)}
          onReread={async () => update(i, await readOne(p.file, p.mapping))}
        />
      ))}
      <datalist id="saring-databases">
        {DATABASES.map((d) => (
          <option value={d} />
        ))}
      </datalist>
      {pending.some((p) => p.count && !p.summary && !p.skipped) && (
        <button type="button" class="primary" disabled={!!busy} onClick={importAll}>
          {tCount(
            'importAll',
            pending.filter((p, i) => !p.summary && !p.skipped && plan[i].choice !== 'skip').reduce((n, p) => n + p.count, 0),
          )}
        </button>
      )}
    </section>
  );
}

/** Where a file's records go, as the reviewer confirmed its database and chose its search. */
function storeTarget(reviewId: string, p: Pending, choice: ImportChoice): StoreTarget {
  const attachTo = choice.startsWith('attach:') ? choice.slice('attach:'.length) : undefined;
  const format = p.reply?.ok ? p.reply.format : 'file';
  return { reviewId, database: p.database.trim() || 'Imported file', fileName: p.file.name, format, ...(attachTo ? { attachTo } : {}) };
}

/** The import state: files read in workers, then stored one after another by the worker that read each. */
function useImport(data: ReviewData, parse: ParseFile, reload: () => Promise<void>) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  // The files read and not yet stored hold a worker each: let go of those the list no longer
  // shows (a new choice, a file read again), and of all when the view closes.
  const held = useRef<ReadFile[]>([]);
  useEffect(() => {
    const kept = pending.flatMap((p) => (p.read ? [p.read] : []));
    for (const read of held.current) if (!kept.includes(read)) read.close();
    held.current = kept;
  }, [pending]);
  useEffect(() => () => held.current.forEach((read) => read.close()), []);

  const readFiles = async (files: File[]) => {
    const next: Pending[] = [];
    for (const [i, file] of files.entries()) {
      setBusy(t('importReading', file.name, i + 1, files.length));
      next.push(await readOne(file));
    }
    setPending(markSameFiles(next));
    setBusy(null);
  };
  const readOne = async (file: File, mapping?: Mapping): Promise<Pending> => {
    const read = await parse(await file.arrayBuffer(), file.name, mapping);
    const { reply } = read;
    if (!reply.ok) return { file, read, reply, count: 0, database: '', mapping: reply.suggestion };
    return { file, read, reply, count: reply.count, database: reply.database, check: importCheck(reply, data) };
  };
  const update = (i: number, patch: Partial<Pending>) => setPending((list) => list.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  // The check again for the database the reviewer named, once they have named it (not at each key typed).
  const setDatabase = (i: number, database: string) => setPending((list) => list.map((p, j) => (j === i ? recheck({ ...p, database }, database, data) : p)));
  // What each file is set to, with the files chosen with it (a search entered by hand takes one file).
  const plan = planImports(pending);

  const importAll = async () => {
    for (const [i, p] of pending.entries()) {
      if (!p.count || p.summary || p.skipped || !p.read) continue;
      const { choice } = plan[i];
      if (choice === 'skip') {
        update(i, { skipped: true });
        continue;
      }
      setBusy(t('importStoring', p.file.name));
      try {
        const target = storeTarget(data.review.id, p, choice);
        const summary = await p.read.store(target, (done, total) => setProgress({ done, total }));
        update(i, { summary, error: undefined });
      } catch (error) {
        update(i, { error: t('importFailed', storeFailureText(error)) });
      }
    }
    setBusy(null);
    setProgress(null);
    await reload();
  };
  return { pending, plan, busy, progress, readFiles, readOne, update, setDatabase, importAll };
}

function FilePicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  return (
    <label class="drop">
      <span>{t('importChoose')}</span>
      <input
        type="file"
        multiple
        accept=".ris,.nbib,.txt,.bib,.csv,.tsv,.enw,.json,.xml"
        onChange={(e) => {
          const files = [...((e.target as HTMLInputElement).files ?? [])];
          (e.target as HTMLInputElement).value = '';
          if (files.length) onFiles(files);
        }}
      />
    </label>
  );
}

type PendingProps = { p: Pending; planned: PlannedImport; onUpdate: (patch: Partial<Pending>) => void; onDatabase: (database: string) => void; onReread: () => Promise<void> };

function PendingFile({ p, planned, onUpdate, onDatabase, onReread }: PendingProps) {
  const error = p.error ?? (p.reply && !p.reply.ok ? importMessageText(p.reply.detail, p.reply.message) : undefined);
  return (
    <article class="import-file">
      <h2>{p.file.name}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {p.reply && !p.reply.ok && p.reply.code === 'csv-mapping-required' && p.reply.headers && (
        <MappingForm headers={p.reply.headers} mapping={p.mapping ?? {}} onChange={(mapping) => onUpdate({ mapping })} onApply={onReread} />
      )}
      {p.reply?.ok && <ReadResult p={p} planned={planned} reply={p.reply} onUpdate={onUpdate} onDatabase={onDatabase} />}
    </article>
  );
}

type OkReply = Extract<ParseReply, { ok: true }>;

/**
 * What was read, in the reviewer's language: the format ("teks Web of Science"), the export it
 * came from (a CSV export's name, "Scopus"; the reviewer's own mapping in words) and
 * the encoding ("utf-8"; a mix of two in words).
 */
function readAs(reply: OkReply): [string, string] {
  const dialect = reply.dialect === 'mapped' ? t('importDialectMapped') : reply.dialect;
  return [formatLabel(reply.format) + (dialect ? ` (${dialect})` : ''), reply.encoding === 'mixed' ? t('importEncodingMixed') : reply.encoding];
}

function ReadResult({ p, planned, reply, onUpdate, onDatabase }: Omit<PendingProps, 'onReread'> & { reply: OkReply }) {
  return (
    <>
      <p>{tCount('importRead', p.count, ...readAs(reply))}</p>
      <label class="field">
        <span>{t('importDatabase')}</span>
        <input
          list="saring-databases"
          value={p.database}
          disabled={!!p.summary}
          onInput={(e) => onUpdate({ database: (e.target as HTMLInputElement).value })}
          onChange={(e) => onDatabase((e.target as HTMLInputElement).value)}
        />
      </label>
      {reply.warnings.length > 0 && (
        <details>
          <summary>{tCount('importWarnings', reply.warnings.length)}</summary>
          <ul class="warnings">
            {reply.warnings.slice(0, 50).map((w, i) => (
              <li>{importMessageText(reply.messages?.length === reply.warnings.length ? reply.messages[i] : undefined, w)}</li>
            ))}
          </ul>
        </details>
      )}
      {p.check && !p.summary && !p.skipped && (
        <OverlapNotice check={p.check} attachable={planned.attachable} choice={planned.choice} name={`import-choice-${p.file.name}`} onChoice={(choice) => onUpdate({ choice })} />
      )}
      {p.skipped && (
        <p role="status" class="notice">
          {t('importSkipped')}
        </p>
      )}
      {p.summary && (
        <p role="status" class="notice">
          {tCount('importDone', p.summary.read, p.summary.added, p.summary.merged)}
        </p>
      )}
    </>
  );
}

function MappingForm({ headers, mapping, onChange, onApply }: { headers: string[]; mapping: Mapping; onChange: (m: Mapping) => void; onApply: () => void }) {
  const value = (field: MappableField) => {
    const v = mapping[field];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  return (
    <form
      class="mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      <p>{t('importMappingIntro')}</p>
      <div class="mapping-grid">
        {MAPPABLE_FIELDS.map((field) => (
          <label class="field" key={field}>
            <span>{t(MAPPABLE_FIELD_LABEL[field])}</span>
            <select
              value={value(field)}
              onChange={(e) => {
                const column = (e.target as HTMLSelectElement).value;
                const next = { ...mapping };
                if (column) next[field] = column;
                else delete next[field];
                onChange(next);
              }}
            >
              <option value="">{t('importMappingNone')}</option>
              {headers.map((h) => (
                <option value={h}>{h}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" disabled={!value('title')}>
        {t('importMappingApply')}
      </button>
    </form>
  );
}
