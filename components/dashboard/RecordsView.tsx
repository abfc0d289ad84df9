import { useMemo, useRef, useState } from 'preact/hooks';
import { ANSWERS, CRITERIA, type Criterion, type Verdict } from '../../lib/model';
import { decideAll, deleteRecords, undoDelete, type ReviewData } from '../../lib/db';
import { recordDecisions, visibleHistory } from '../../lib/review/derive';
import { filterRows, NO_FILTER, sortRows, toRows, type RecordFilter, type RecordRow, type Sort, type SortKey } from '../../lib/review/query';
import { buildExport, EXPORT_FORMATS, EXPORT_SETS, exportRows, type ExportFormat, type ExportSet } from '../../lib/review/exports';
import { t, type MessageKey } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import { VERDICT_LABEL } from '../labels';
import { ANSWER_LABEL, CRITERION_LABEL } from '../labels';
import { RecordsTable } from './RecordsTable';
import { RecordDetail } from './RecordDetail';

const SET_LABEL: Record<ExportSet, MessageKey> = {
  all: 'exportSetAll',
  include: 'exportSetIncluded',
  exclude: 'exportSetExcluded',
  maybe: 'exportSetMaybe',
  undecided: 'exportSetUndecided',
  filter: 'exportSetFilter',
};
const FORMAT_LABEL: Record<ExportFormat, MessageKey> = { csv: 'exportCsv', ris: 'exportRis', bibtex: 'exportBibtex', evidence: 'exportEvidence' };

/**
 * All records of the active review: filter, search, sort, select many and change their
 * decision at once, open one to edit it, delete with undo, and export any set.
 */
export function RecordsView({ data, reload, notifyChanged }: { data: ReviewData; reload: () => Promise<void>; notifyChanged: () => void }) {
  const [filter, setFilter] = useState<RecordFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'decidedAt', descending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exportSet, setExportSet] = useState<ExportSet>('all');
  const [bulkReason, setBulkReason] = useState('');
  const anchor = useRef<number | null>(null);

  const all = useMemo(() => toRows(data.records, data.decisions), [data]);
  // Sort once per data or sort change; filtering keeps that order, so typing only filters.
  const sorted = useMemo(() => sortRows(all, sort), [all, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const reasons = data.review.exclusionReasons;
  const databases = useMemo(() => [...new Set(all.flatMap((r) => r.databases))].sort(), [all]);

  const changeSort = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'decidedAt' || key === 'year' }));
  const select = (index: number, extend: boolean) => {
    const next = new Set(selected);
    const key = shown[index].record.key;
    if (extend && anchor.current !== null) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      for (let i = from; i <= to; i++) next.add(shown[i].record.key);
    } else if (next.has(key)) next.delete(key);
    else next.add(key);
    anchor.current = index;
    setSelected(next);
  };

  const bulkDecide = async (decision: Verdict) => {
    if (decision === 'exclude' && !bulkReason) {
      setMessage(t('bulkNeedsReason'));
      return;
    }
    try {
      await decideAll(data.review.id, [...selected], { decision, reason: bulkReason || undefined });
      setMessage(t('bulkDone', selected.size, t(VERDICT_LABEL[decision])));
      setSelected(new Set());
      await reload();
      notifyChanged();
    } catch (error) {
      setMessage(t('statusNotSaved', (error as Error).message));
    }
  };
  const bulkDelete = async () => {
    const removed = await deleteRecords(data.review.id, [...selected]);
    setDeleted(removed);
    setMessage(null);
    setSelected(new Set());
    await reload();
    notifyChanged();
  };
  const undo = async () => {
    if (!deleted) return;
    await undoDelete(data.review.id, deleted);
    setDeleted(null);
    await reload();
    notifyChanged();
  };
  // Exports carry the final decisions (in dual screening: agreed or resolved), whatever this
  // reviewer sees in the table; the set is chosen by those final decisions too.
  const runExport = (format: ExportFormat) => {
    const final = data.screening.final;
    const finalRows = (list: RecordRow[]) => list.map((r) => ({ ...r, decision: final.get(r.record.key), reviewers: data.screening.byReviewer.get(r.record.key) }));
    const rows = exportRows(finalRows(sorted), finalRows(shown), exportSet);
    const file = buildExport(format, rows, data.review, data.searches, `saring-${fileSlug(data.review.title)}-${exportSet}`);
    downloadText(file.fileName, file.text, file.mime);
  };

  const openRow = open ? all.find((r) => r.record.key === open) : undefined;
  const set = (patch: Partial<RecordFilter>) => setFilter({ ...filter, ...patch });
  const yearValue = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text) : undefined);

  return (
    <section class="records-view">
      <div class="filters" role="search">
        <label class="field grow">
          <span>{t('filterSearch')}</span>
          <input type="search" value={filter.text} placeholder={t('filterSearchPlaceholder')} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="field">
          <span>{t('columnDecision')}</span>
          <select value={filter.decision} onChange={(e) => set({ decision: (e.target as HTMLSelectElement).value as RecordFilter['decision'] })}>
            <option value="all">{t('filterAll')}</option>
            {(['include', 'exclude', 'maybe'] as const).map((v) => (
              <option value={v}>{t(VERDICT_LABEL[v])}</option>
            ))}
            <option value="undecided">{t('decisionNone')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('columnReason')}</span>
          <select value={filter.reason} onChange={(e) => set({ reason: (e.target as HTMLSelectElement).value })}>
            <option value="">{t('filterAll')}</option>
            {reasons.map((r) => (
              <option value={r}>{r}</option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('columnDatabases')}</span>
          <select value={filter.database} onChange={(e) => set({ database: (e.target as HTMLSelectElement).value })}>
            <option value="">{t('filterAll')}</option>
            {databases.map((d) => (
              <option value={d}>{d}</option>
            ))}
          </select>
        </label>
        <label class="field narrow">
          <span>{t('filterYearFrom')}</span>
          <input inputMode="numeric" onInput={(e) => set({ yearFrom: yearValue((e.target as HTMLInputElement).value) })} />
        </label>
        <label class="field narrow">
          <span>{t('filterYearTo')}</span>
          <input inputMode="numeric" onInput={(e) => set({ yearTo: yearValue((e.target as HTMLInputElement).value) })} />
        </label>
        <label class="field">
          <span>{t('filterCriterion')}</span>
          <select
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              if (!value) return set({ criterion: undefined });
              const [criterion, answer] = value.split('|');
              set({ criterion: { criterion: criterion as Criterion, answer: answer as never } });
            }}
          >
            <option value="">{t('filterAll')}</option>
            {CRITERIA.flatMap((c) =>
              [...ANSWERS, 'unanswered' as const].map((a) => (
                <option value={`${c}|${a}`}>
                  {t(CRITERION_LABEL[c])}: {a === 'unanswered' ? t('filterUnanswered') : t(ANSWER_LABEL[a])}
                </option>
              )),
            )}
          </select>
        </label>
      </div>
      <p class="muted" aria-live="polite">
        {t('recordsShown', shown.length, all.length)}
      </p>

      <div class="actions bulk" role="group" aria-label={t('bulkLabel')}>
        <span>{t('bulkSelected', selected.size)}</span>
        {selected.size > 0 && (
          <>
            {(['include', 'maybe'] as const).map((v) => (
              <button type="button" onClick={() => bulkDecide(v)}>
                {t('bulkMark', t(VERDICT_LABEL[v]))}
              </button>
            ))}
            <select aria-label={t('reasonLabel')} value={bulkReason} onChange={(e) => setBulkReason((e.target as HTMLSelectElement).value)}>
              <option value="">{t('reasonChoose')}</option>
              {reasons.map((r) => (
                <option value={r}>{r}</option>
              ))}
            </select>
            <button type="button" onClick={() => bulkDecide('exclude')}>
              {t('bulkMark', t(VERDICT_LABEL.exclude))}
            </button>
            <button type="button" class="danger" onClick={bulkDelete}>
              {t('bulkDelete')}
            </button>
          </>
        )}
        <span class="spacer" />
        <label>
          {t('exportSet')}{' '}
          <select value={exportSet} onChange={(e) => setExportSet((e.target as HTMLSelectElement).value as ExportSet)}>
            {EXPORT_SETS.map((s) => (
              <option value={s}>{t(SET_LABEL[s])}</option>
            ))}
          </select>
        </label>
        {EXPORT_FORMATS.map((f) => (
          <button type="button" onClick={() => runExport(f)}>
            {t(FORMAT_LABEL[f])}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      {deleted && (
        <p role="status" class="notice">
          {t('deletedRecords', deleted.length)}{' '}
          <button type="button" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      )}

      {all.length === 0 ? (
        <p>{t('dashboardEmpty')}</p>
      ) : (
        <RecordsTable
          rows={shown}
          sort={sort}
          onSort={changeSort}
          selected={selected}
          onSelect={select}
          onSelectAll={(on) => setSelected(on ? new Set(shown.map((r) => r.record.key)) : new Set())}
          onOpen={(row) => setOpen(row.record.key)}
        />
      )}
      {openRow && (
        <RecordDetail
          key={openRow.record.key}
          row={openRow}
          review={data.review}
          fullText={data.fullText.get(openRow.record.key)}
          history={visibleHistory(data, openRow.record.key)}
          view={recordDecisions(data, openRow.record.key)}
          onClose={() => setOpen(null)}
          onChanged={async () => {
            await reload();
            notifyChanged();
          }}
        />
      )}
    </section>
  );
}
