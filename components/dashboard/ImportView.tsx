import { useState } from 'preact/hooks';
import { ArticleSchema, type Article } from '../../lib/model';
import { guessDatabase, importRecords, type ImportSummary, type ReviewData } from '../../lib/db';
import type { ParseReply } from '../../lib/messaging/protocol';
import { MAPPABLE_FIELDS, type Mapping, type MappableField } from '../../lib/formats/csv-profiles';
import { t } from '../../lib/i18n';

export type ParseFile = (bytes: ArrayBuffer, fileName: string, mapping?: Mapping) => Promise<ParseReply>;

interface Pending {
  file: File;
  reply?: ParseReply;
  records: Article[];
  database: string;
  mapping?: Mapping;
  summary?: ImportSummary;
  error?: string;
}

const DATABASES = ['PubMed', 'Scopus', 'Web of Science', 'Embase', 'ScienceDirect', 'Google Scholar', 'Garuda', 'CINAHL', 'ProQuest', 'Ovid', 'Rayyan', 'Imported file'];

/**
 * Import database exports (RIS, MEDLINE/.nbib, BibTeX, CSV, Web of Science) into the active
 * review: read off the page's thread, check the database each came from, then store them as
 * undecided records, duplicates merged, each file logged as a search.
 */
export function ImportView({ data, parse, reload }: { data: ReviewData; parse: ParseFile; reload: () => Promise<void> }) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const readFiles = async (files: File[]) => {
    const next: Pending[] = [];
    for (const [i, file] of files.entries()) {
      setBusy(t('importReading', file.name, i + 1, files.length));
      next.push(await readOne(file));
    }
    setPending(next);
    setBusy(null);
  };
  const readOne = async (file: File, mapping?: Mapping): Promise<Pending> => {
    const reply = await parse(await file.arrayBuffer(), file.name, mapping);
    if (!reply.ok) return { file, reply, records: [], database: '', mapping: reply.suggestion, error: reply.message };
    const records = reply.records.map((r) => ArticleSchema.parse(r));
    return { file, reply, records, database: guessDatabase(reply.format, reply.dialect, file.name, records) };
  };
  const update = (i: number, patch: Partial<Pending>) => setPending((list) => list.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const importAll = async () => {
    for (const [i, p] of pending.entries()) {
      if (!p.records.length || p.summary) continue;
      setBusy(t('importStoring', p.file.name));
      try {
        const summary = await importRecords(
          data.review.id,
          { database: p.database.trim() || 'Imported file', fileName: p.file.name, format: p.reply?.ok ? p.reply.format : 'file' },
          p.records,
          (done, total) => setProgress({ done, total }),
        );
        update(i, { summary });
      } catch (error) {
        update(i, { error: t('importFailed', (error as Error).message) });
      }
    }
    setBusy(null);
    setProgress(null);
    await reload();
  };

  return (
    <section class="import">
      <p class="muted">{t('importIntro')}</p>
      <label class="drop">
        <span>{t('importChoose')}</span>
        <input
          type="file"
          multiple
          accept=".ris,.nbib,.txt,.bib,.csv,.tsv,.enw,.xml"
          onChange={(e) => {
            const files = [...((e.target as HTMLInputElement).files ?? [])];
            (e.target as HTMLInputElement).value = '';
            if (files.length) void readFiles(files);
          }}
        />
      </label>
      {busy && (
        <div role="status" aria-live="polite" class="progress">
          <span>{busy}</span>
          {progress && (
            <progress max={progress.total} value={progress.done}>
              {progress.done}
            </progress>
          )}
        </div>
      )}
      {pending.map((p, i) => (
        <article class="import-file" key={p.file.name + i}>
          <h2>{p.file.name}</h2>
          {p.error && (
            <p class="error" role="alert">
              {p.error}
            </p>
          )}
          {p.reply && !p.reply.ok && p.reply.code === 'csv-mapping-required' && p.reply.headers && (
            <MappingForm
              headers={p.reply.headers}
              mapping={p.mapping ?? {}}
              onChange={(mapping) => update(i, { mapping })}
              onApply={async () => update(i, await readOne(p.file, p.mapping))}
            />
          )}
          {p.reply?.ok && (
            <>
              <p>{t('importRead', p.records.length, p.reply.format.toUpperCase() + (p.reply.dialect ? ` (${p.reply.dialect})` : ''), p.reply.encoding)}</p>
              <label class="field">
                <span>{t('importDatabase')}</span>
                <input list="saring-databases" value={p.database} disabled={!!p.summary} onInput={(e) => update(i, { database: (e.target as HTMLInputElement).value })} />
              </label>
              {p.reply.warnings.length > 0 && (
                <details>
                  <summary>{t('importWarnings', p.reply.warnings.length)}</summary>
                  <ul class="warnings">
                    {p.reply.warnings.slice(0, 50).map((w) => (
                      <li>{w}</li>
                    ))}
                  </ul>
                </details>
              )}
              {p.summary && (
                <p role="status" class="notice">
                  {t('importDone', p.summary.read, p.summary.added, p.summary.merged)}
                </p>
              )}
            </>
          )}
        </article>
      ))}
      <datalist id="saring-databases">
        {DATABASES.map((d) => (
          <option value={d} />
        ))}
      </datalist>
      {pending.some((p) => p.records.length && !p.summary) && (
        <button type="button" class="primary" disabled={!!busy} onClick={importAll}>
          {t(
            'importAll',
            pending.filter((p) => !p.summary).reduce((n, p) => n + p.records.length, 0),
          )}
        </button>
      )}
    </section>
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
            <span>{field}</span>
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
