import { useMemo, useState } from 'preact/hooks';
import { databaseName, methodOf, reportedCount, SEARCH_METHODS, type LoggedSearch, type SearchMethod } from '../../lib/model';
import { addManualSearch, deleteSearch, updateSearch, type ReviewData } from '../../lib/db';
import { recordsPerSearch, searchLogCsv } from '../../lib/formats/search-log-csv';
import { t, formatDateTime, formatNumber } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import { csvSeparator } from './csv-separator';
import { today } from '../../lib/screening/templates';
import { editedCount } from '../../lib/review/searches';
import type { SearchPatchSchema } from '../../lib/model/event';
import type { z } from 'zod';

type SearchPatch = z.input<typeof SearchPatchSchema>;

const ORIGIN_LABEL = { web: 'searchOriginWeb', import: 'searchOriginImport', manual: 'searchOriginManual' } as const;
// Lists seen on a site that are no search of its database ("Cited by"): logged, not counted.
const LIST_LABEL = {
  'cited-by': 'searchListCitedBy',
  references: 'searchListReferences',
  similar: 'searchListSimilar',
  versions: 'searchListVersions',
  saved: 'searchListSaved',
  browse: 'searchListBrowse',
} as const;

// The PRISMA 2020 column and line a search is reported under (lib/prisma/other-methods.ts).
const METHOD_LABEL = {
  databases: 'searchMethodDatabases',
  'citation-searching': 'searchMethodCitation',
  websites: 'searchMethodWebsites',
  organisations: 'searchMethodOrganisations',
  'hand-searching': 'searchMethodHand',
} as const;

/**
 * The search log (PRISMA-S): every search seen on the supported sites, every import, and
 * searches entered by hand; editable, each marked as counting for the review or not.
 */
export function SearchesView({ data, reload }: { data: ReviewData; reload: () => Promise<void> }) {
  const seen = useMemo(() => recordsPerSearch(data.records), [data]);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const save = async (id: string, patch: SearchPatch) => {
    try {
      await updateSearch(data.review.id, id, patch);
      setEditing(null);
      setMessage(null);
      await reload();
    } catch (error) {
      setMessage(t('statusNotSaved', (error as Error).message));
    }
  };
  const remove = async (id: string) => {
    await deleteSearch(data.review.id, id);
    await reload();
  };
  return (
    <section class="searches">
      <div class="actions">
        <button
          type="button"
          onClick={() => downloadText(`saring-${fileSlug(data.review.title)}-searches.csv`, searchLogCsv(data.searches, seen, csvSeparator()), 'text/csv;charset=utf-8')}
        >
          {t('searchesExport')}
        </button>
      </div>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
      <table class="plain searches-table">
        <SearchesHead />
        <tbody>
          {data.searches.map((s) =>
            editing === s.id ? (
              <EditRow key={s.id} search={s} onSave={(patch) => save(s.id, patch)} onCancel={() => setEditing(null)} />
            ) : (
              <SearchRow key={s.id} search={s} seen={seen.get(s.id) ?? 0} onSave={(patch) => save(s.id, patch)} onEdit={() => setEditing(s.id)} onDelete={() => remove(s.id)} />
            ),
          )}
        </tbody>
      </table>
      <ManualSearch reviewId={data.review.id} onAdded={reload} />
    </section>
  );
}

function SearchesHead() {
  return (
    <thead>
      <tr>
        <th>{t('searchCounted')}</th>
        <th>{t('searchMethod')}</th>
        <th>{t('columnDatabases')}</th>
        <th>{t('searchString')}</th>
        <th>{t('searchLimits')}</th>
        <th>{t('searchDate')}</th>
        <th>{t('searchReported')}</th>
        <th>{t('searchSeen')}</th>
        <th>{t('searchPages')}</th>
        <th>
          <span class="sr-only">{t('columnActions')}</span>
        </th>
      </tr>
    </thead>
  );
}

type SearchRowProps = { search: LoggedSearch; seen: number; onSave: (patch: SearchPatch) => void; onEdit: () => void; onDelete: () => Promise<void> };

function SearchRow({ search: s, seen, onSave, onEdit, onDelete }: SearchRowProps) {
  return (
    <tr>
      <td>
        <input type="checkbox" checked={s.counted} aria-label={t('searchCountedFor', s.query)} onChange={(e) => onSave({ counted: (e.target as HTMLInputElement).checked })} />
      </td>
      <td>
        <select
          value={methodOf(s)}
          aria-label={t('searchMethodFor', s.query || databaseName(s.database))}
          onChange={(e) => onSave({ method: (e.target as HTMLSelectElement).value as SearchMethod })}
        >
          {SEARCH_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(METHOD_LABEL[method])}
            </option>
          ))}
        </select>
      </td>
      <td>
        {databaseName(s.database)}{' '}
        <span class="muted">
          ({t(ORIGIN_LABEL[s.origin])}
          {s.fileName ? `: ${s.fileName}` : ''})
        </span>
        {s.list && (
          <span class="muted search-list" title={t('searchListNote')}>
            {' '}
            · {t(LIST_LABEL[s.list])}
          </span>
        )}
      </td>
      <td class="query">{s.query}</td>
      <td>
        {Object.entries(s.filters)
          .map(([k, v]) => `${k}=${v}`)
          .join('; ')}
      </td>
      <td>{formatDateTime(s.at)}</td>
      <ReportedCell search={s} seen={seen} />
      <td>{formatNumber(seen)}</td>
      <td>{s.pages.join(', ')}</td>
      <td class="actions">
        <button type="button" onClick={onEdit}>
          {t('edit')}
        </button>
        {s.origin === 'manual' && (
          <button type="button" onClick={onDelete}>
            {t('bulkDelete')}
          </button>
        )}
      </td>
    </tr>
  );
}

function ReportedCell({ search: s, seen }: { search: LoggedSearch; seen: number }) {
  return (
    <td>
      {reportedCount(s) === undefined ? '—' : formatNumber(reportedCount(s)!)}
      {(reportedCount(s) ?? Infinity) < seen && (
        <span class="flag" role="img" aria-label={t('searchFlag')} title={t('searchFlag')}>
          {' '}
          ⚠ {t('searchFlagShort')}
        </span>
      )}
    </td>
  );
}

function EditRow({ search, onSave, onCancel }: { search: LoggedSearch; onSave: (patch: SearchPatch) => void; onCancel: () => void }) {
  const [query, setQuery] = useState(search.query);
  const [count, setCount] = useState(String(search.totalResults ?? ''));
  const [note, setNote] = useState(search.note ?? '');
  return (
    <tr>
      <td colSpan={10}>
        <div class="row">
          <label class="field grow">
            <span>{t('searchString')}</span>
            <textarea rows={2} value={query} onInput={(e) => setQuery((e.target as HTMLTextAreaElement).value)} />
          </label>
          <label class="field">
            <span>{t('searchReported')}</span>
            <input inputMode="numeric" value={count} onInput={(e) => setCount((e.target as HTMLInputElement).value)} />
          </label>
          <label class="field grow">
            <span>{t('noteLabel')}</span>
            <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          </label>
          <button type="button" class="primary" onClick={() => onSave({ query, totalResults: editedCount(search.totalResults, count), note: note || undefined })}>
            {t('save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}

function ManualSearch({ reviewId, onAdded }: { reviewId: string; onAdded: () => Promise<void> }) {
  const [database, setDatabase] = useState('');
  const [query, setQuery] = useState('');
  const [date, setDate] = useState(today());
  const [count, setCount] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="manual-search"
      onSubmit={async (e) => {
        e.preventDefault();
        const n = Number(count);
        if (!database.trim()) return setError(t('searchNeedsDatabase'));
        if (!/^\d+$/.test(count.trim())) return setError(t('searchNeedsCount'));
        const at = Date.parse(`${date}T12:00:00`);
        if (!Number.isFinite(at)) return setError(t('errorSearchDate'));
        try {
          await addManualSearch(reviewId, { database: database.trim(), query, totalResults: n, ranAt: at, counted: true, pages: [] });
          setDatabase('');
          setQuery('');
          setCount('');
          setError(null);
          await onAdded();
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <h2>{t('searchAddHeading')}</h2>
      <div class="row">
        <label class="field">
          <span>{t('columnDatabases')}</span>
          <input value={database} placeholder="Scopus" onInput={(e) => setDatabase((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field grow">
          <span>{t('searchString')}</span>
          <input value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('searchDate')}</span>
          <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('searchReported')}</span>
          <input inputMode="numeric" value={count} onInput={(e) => setCount((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('searchAdd')}</button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
