import { useRef } from 'preact/hooks';
import { CRITERIA, type Criterion } from '../../lib/model';
import type { RecordRow, Sort, SortKey } from '../../lib/review/query';
import { t, type MessageKey, formatDateTime } from '../../lib/i18n';
import { ANSWER_LABEL, ANSWER_MARK, CRITERION_LABEL, CRITERION_LETTER, statusText } from '../labels';
import { useVirtualRows } from './useVirtual';
import { BandMark } from '../Relevance';

const ROW_HEIGHT = 34;

const COLUMNS: { key: SortKey; label: MessageKey; className: string }[] = [
  { key: 'decision', label: 'columnDecision', className: 'c-decision' },
  { key: 'reason', label: 'columnReason', className: 'c-reason' },
  ...CRITERIA.map((c: Criterion) => ({ key: c as SortKey, label: CRITERION_LABEL[c], className: 'c-answer' })),
  { key: 'title', label: 'columnTitle', className: 'c-title' },
  { key: 'authors', label: 'columnAuthors', className: 'c-authors' },
  { key: 'year', label: 'columnYear', className: 'c-year' },
  { key: 'journal', label: 'columnJournal', className: 'c-journal' },
  { key: 'databases', label: 'columnDatabases', className: 'c-databases' },
  { key: 'doi', label: 'columnDoi', className: 'c-doi' },
  { key: 'pmid', label: 'columnPmid', className: 'c-pmid' },
  { key: 'decidedBy', label: 'columnDecidedBy', className: 'c-by' },
  { key: 'decidedAt', label: 'columnDecidedAt', className: 'c-at' },
  { key: 'relevance', label: 'columnRelevance', className: 'c-relevance' },
];

/** The header row: select all, and a sort button per column. */
function HeaderRow({ sort, onSort, allSelected, onSelectAll }: { sort: Sort; onSort: (key: SortKey) => void; allSelected: boolean; onSelectAll: (all: boolean) => void }) {
  return (
    <div class="tr th" role="row" aria-rowindex={1}>
      <span class="td c-select" role="columnheader">
        <input type="checkbox" aria-label={t('selectAllShown')} checked={allSelected} onChange={(e) => onSelectAll((e.target as HTMLInputElement).checked)} />
      </span>
      {COLUMNS.map((col) => (
        <span class={`td ${col.className}`} role="columnheader" key={col.key} aria-sort={sort.key === col.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
          <button type="button" class="sort" onClick={() => onSort(col.key)} title={t(col.label)}>
            {col.className === 'c-answer' ? CRITERION_LETTER[col.key as Criterion] : t(col.label)}
            {sort.key === col.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
          </button>
        </span>
      ))}
    </div>
  );
}

/** The decision's cells: verdict, reason and the five checklist answers. */
function DecisionCells({ decision }: { decision: RecordRow['decision'] }) {
  return (
    <>
      <span class={`td c-decision status-${decision?.decision ?? 'none'}`} role="cell">
        {statusText(decision?.decision)}
      </span>
      <span class="td c-reason" role="cell" title={decision?.reason}>
        {decision?.reason ?? ''}
      </span>
      {CRITERIA.map((c) => {
        const answer = decision?.answers[c];
        return (
          <span class="td c-answer" role="cell" key={c} title={answer ? `${t(CRITERION_LABEL[c])}: ${t(ANSWER_LABEL[answer])}` : undefined}>
            {answer ? ANSWER_MARK[answer] : ''}
          </span>
        );
      })}
    </>
  );
}

/** The article's cells: title (opens the record), authors, year, journal, databases, DOI and PMID links. */
function ArticleCells({ row, onOpen }: { row: RecordRow; onOpen: (row: RecordRow) => void }) {
  const a = row.record.article;
  return (
    <>
      <span class="td c-title" role="cell">
        <button type="button" class="link title-link" title={a.title} onClick={() => onOpen(row)}>
          {a.title}
        </button>
      </span>
      <span class="td c-authors" role="cell" title={a.authors.join('; ')}>
        {a.authors.join('; ')}
      </span>
      <span class="td c-year" role="cell">
        {a.year ?? ''}
      </span>
      <span class="td c-journal" role="cell" title={a.journal}>
        {a.journal ?? ''}
      </span>
      <span class="td c-databases" role="cell">
        {row.databases.join(', ')}
      </span>
      <span class="td c-doi" role="cell">
        {a.doi && (
          <a href={`https://doi.org/${a.doi}`} target="_blank" rel="noreferrer noopener" title={a.doi}>
            {a.doi}
          </a>
        )}
      </span>
      <span class="td c-pmid" role="cell">
        {a.pmid && (
          <a href={`https://pubmed.ncbi.nlm.nih.gov/${a.pmid}/`} target="_blank" rel="noreferrer noopener">
            {a.pmid}
          </a>
        )}
      </span>
    </>
  );
}

interface RowProps {
  row: RecordRow;
  index: number;
  start: number;
  selected: boolean;
  onSelect: (index: number, extend: boolean) => void;
  onOpen: (row: RecordRow) => void;
}

/** One record's row, placed where the virtualiser puts it. */
function RecordRowView({ row, index, start, selected, onSelect, onOpen }: RowProps) {
  const { record, decision } = row;
  return (
    <div class={`tr${selected ? ' selected' : ''}`} role="row" aria-rowindex={index + 2} style={{ transform: `translateY(${start}px)`, height: `${ROW_HEIGHT}px` }}>
      <span class="td c-select" role="cell">
        <input type="checkbox" aria-label={t('selectRecord', record.article.title)} checked={selected} onClick={(e) => onSelect(index, (e as MouseEvent).shiftKey)} />
      </span>
      <DecisionCells decision={decision} />
      <ArticleCells row={row} onOpen={onOpen} />
      <span class="td c-by" role="cell">
        {decision?.reviewer ?? ''}
      </span>
      <span class="td c-at" role="cell">
        {decision ? formatDateTime(decision.decidedAt) : ''}
      </span>
      <span class="td c-relevance" role="cell">
        <BandMark relevance={row.relevance} />
      </span>
    </div>
  );
}

/**
 * All records of the review as a virtualised table: sortable headers, a checkbox per row
 * (shift-click selects a range), the title opens the record. Links open DOI and PubMed.
 */
export function RecordsTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  onSelectAll,
  onOpen,
}: {
  rows: RecordRow[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: Set<string>;
  onSelect: (index: number, extend: boolean) => void;
  onSelectAll: (all: boolean) => void;
  onOpen: (row: RecordRow) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows(rows.length, () => scroller.current, ROW_HEIGHT);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.record.key));

  return (
    <div class="records-table" role="table" aria-rowcount={rows.length + 1} aria-label={t('recordsTableLabel')}>
      <HeaderRow sort={sort} onSort={onSort} allSelected={allSelected} onSelectAll={onSelectAll} />
      <div class="tbody" ref={scroller}>
        <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <RecordRowView key={row.record.key} row={row} index={item.index} start={item.start} selected={selected.has(row.record.key)} onSelect={onSelect} onOpen={onOpen} />
            );
          })}
        </div>
      </div>
    </div>
  );
}
