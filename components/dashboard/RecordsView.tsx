import { useMemo, useRef, useState } from 'preact/hooks';
import type { ReviewData } from '../../lib/db';
import { recordDecisions, visibleHistory } from '../../lib/review/derive';
import { DEFAULT_SORT, filterRows, NO_FILTER, sortRows, toRows, type RecordFilter, type RecordRow, type Sort, type SortKey } from '../../lib/review/query';
import { t, tCountOf } from '../../lib/i18n';
import { RecordsTable } from './RecordsTable';
import { RecordDetail } from './RecordDetail';
import { studyChoice, type StudyChoice } from './ReportOf';
import { RecordFilters } from './RecordFilters';
import { ActionNotices, BulkActions, selectedShown, useRecordActions } from './RecordActions';
import type { Relevance } from '../../lib/ranking/review';
import type { ReviewViewProps } from './view-props';

/**
 * The selected records, with shift-click ranges from the last clicked row. The anchor is that
 * row's key, not its place: after a sort or a new filter the range starts from the same record
 * (a place would start it from whatever row moved there), and a record the filter hid starts none.
 */
function useRecordSelection(shown: RecordRow[]) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const select = (index: number, extend: boolean) => {
    const next = new Set(selected);
    const key = shown[index].record.key;
    const from = extend ? shown.findIndex((r) => r.record.key === anchor.current) : -1;
    if (from >= 0) {
      for (let i = Math.min(from, index); i <= Math.max(from, index); i++) next.add(shown[i].record.key);
    } else if (next.has(key)) next.delete(key);
    else next.add(key);
    anchor.current = key;
    setSelected(next);
  };
  return { selected, setSelected, select };
}

/** The records in table order: all, sorted, and those the filter shows. */
function useRecordRows(data: ReviewData, relevance: ReadonlyMap<string, Relevance> | undefined, filter: RecordFilter, sort: Sort) {
  const all = useMemo(() => toRows(data.records, data.decisions, relevance), [data, relevance]);
  // Sort once per data or sort change; filtering keeps that order, so typing only filters.
  const sorted = useMemo(() => sortRows(all, sort), [all, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const databases = useMemo(() => [...new Set(all.flatMap((r) => r.databases))].sort(), [all]);
  return { all, sorted, shown, databases };
}

/** The records included on title and abstract, by title: the studies a record may be another report of. */
function includedOnScreening(data: ReviewData): StudyChoice[] {
  return data.records
    .filter((r) => data.screening.final.get(r.key)?.decision === 'include')
    .map(studyChoice)
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The detail panel of the open record. */
function OpenRecord({ data, row, onClose, onChanged }: { data: ReviewData; row: RecordRow; onClose: () => void; onChanged: () => Promise<void> }) {
  return (
    <RecordDetail
      key={row.record.key}
      row={row}
      review={data.review}
      fullText={data.fullText.get(row.record.key)}
      history={visibleHistory(data, row.record.key)}
      view={recordDecisions(data, row.record.key)}
      studies={includedOnScreening(data)}
      onClose={onClose}
      onChanged={onChanged}
    />
  );
}

type RecordsViewProps = ReviewViewProps & { relevance?: ReadonlyMap<string, Relevance> };

/**
 * All records of the active review: filter, search, sort, select many and change their
 * decision at once, open one to edit it, delete with undo, and export any set.
 */
export function RecordsView({ data, relevance, reload, notifyChanged }: RecordsViewProps) {
  const [filter, setFilter] = useState<RecordFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [open, setOpen] = useState<string | null>(null);
  const { all, sorted, shown, databases } = useRecordRows(data, relevance, filter, sort);
  const { selected, setSelected, select } = useRecordSelection(shown);
  const actions = useRecordActions({ data, sorted, shown, selected, setSelected, reload, notifyChanged });
  const reasons = data.review.exclusionReasons;

  const changeSort = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'decidedAt' || key === 'year' || key === 'relevance' }));
  const openRow = open ? all.find((r) => r.record.key === open) : undefined;

  return (
    <section class="records-view">
      <RecordFilters filter={filter} onChange={setFilter} reasons={reasons} databases={databases} />
      <p class="muted" aria-live="polite">
        {tCountOf(all.length, 'recordsShown', shown.length, all.length)}
      </p>

      <BulkActions actions={actions} selection={selectedShown(selected, shown)} reasons={reasons} />
      <ActionNotices actions={actions} />

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
        <OpenRecord
          data={data}
          row={openRow}
          onClose={() => setOpen(null)}
          onChanged={async () => {
            await reload();
            notifyChanged([openRow.record.key]);
          }}
        />
      )}
    </section>
  );
}
