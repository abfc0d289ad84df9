import { useState } from 'preact/hooks';
import type { Verdict } from '../../lib/model';
import { decideAll, deleteRecords, undoDelete, type ReviewData } from '../../lib/db';
import type { RecordRow } from '../../lib/review/query';
import { boxByKey, prismaOfReview } from '../../lib/prisma/compute';
import { buildExport, EXPORT_FORMATS, EXPORT_SETS, exportRows, exportRowsOf, type ExportFormat, type ExportSet } from '../../lib/review/exports';
import { t, tCount, type MessageKey } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import { VERDICT_LABEL } from '../labels';
import { csvSeparator } from './csv-separator';
import type { ReviewViewProps } from './view-props';

const SET_LABEL: Record<ExportSet, MessageKey> = {
  all: 'exportSetAll',
  include: 'exportSetIncluded',
  'included-in-review': 'exportSetIncludedInReview',
  exclude: 'exportSetExcluded',
  maybe: 'exportSetMaybe',
  undecided: 'exportSetUndecided',
  filter: 'exportSetFilter',
};
const FORMAT_LABEL: Record<ExportFormat, MessageKey> = { csv: 'exportCsv', ris: 'exportRis', bibtex: 'exportBibtex', evidence: 'exportEvidence' };

// Exports carry the final decisions of both stages, and in blind screening only the reviewers'
// decisions this reviewer may see (exportRowsOf); the set is chosen by those final decisions too.
function exportRecords(data: ReviewData, sorted: RecordRow[], shown: RecordRow[], exportSet: ExportSet, format: ExportFormat) {
  // Each record's box in the review's diagram: a study only an uncounted list found is not "included in review".
  const boxes = boxByKey(prismaOfReview(data));
  const rows = exportRows(exportRowsOf(data, sorted, boxes), exportRowsOf(data, shown, boxes), exportSet);
  const file = buildExport(format, rows, data.review, data.searches, `saring-${fileSlug(data.review.title)}-${exportSet}`, csvSeparator());
  downloadText(file.fileName, file.parts, file.mime);
}

type ActionsInput = {
  data: ReviewData;
  sorted: RecordRow[];
  shown: RecordRow[];
  selected: Set<string>;
  setSelected: (selected: Set<string>) => void;
  reload: () => Promise<void>;
  notifyChanged: ReviewViewProps['notifyChanged'];
};

/**
 * The selected records a bulk action changes: those shown. A record ticked before a search hid it
 * stays ticked but unchanged — the reviewer marks what is on screen, and the count line says how
 * many more are hidden (asking each time would be one more dialog per bulk action).
 */
export function selectedShown(selected: Set<string>, shown: RecordRow[]): { keys: string[]; hidden: number } {
  const keys = shown.filter((r) => selected.has(r.record.key)).map((r) => r.record.key);
  return { keys, hidden: selected.size - keys.length };
}

/** Bulk decide, delete with undo, and export for the records view, with the messages they leave. */
export function useRecordActions({ data, sorted, shown, selected, setSelected, reload, notifyChanged }: ActionsInput) {
  const [deleted, setDeleted] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exportSet, setExportSet] = useState<ExportSet>('all');
  const [bulkReason, setBulkReason] = useState('');

  const bulkDecide = async (decision: Verdict) => {
    if (decision === 'exclude' && !bulkReason) {
      setMessage(t('bulkNeedsReason'));
      return;
    }
    try {
      const { keys } = selectedShown(selected, shown);
      await decideAll(data.review.id, keys, { decision, reason: bulkReason || undefined });
      setMessage(tCount('bulkDone', keys.length, t(VERDICT_LABEL[decision])));
      setSelected(new Set([...selected].filter((key) => !keys.includes(key))));
      await reload();
      notifyChanged(keys);
    } catch (error) {
      setMessage(t('statusNotSaved', (error as Error).message));
    }
  };
  const bulkDelete = async () => {
    const { keys } = selectedShown(selected, shown);
    const removed = await deleteRecords(data.review.id, keys);
    setDeleted(removed);
    setMessage(null);
    setSelected(new Set([...selected].filter((key) => !keys.includes(key))));
    await reload();
    notifyChanged(removed);
  };
  const undo = async () => {
    if (!deleted) return;
    await undoDelete(data.review.id, deleted);
    setDeleted(null);
    await reload();
    notifyChanged(deleted);
  };
  const runExport = (format: ExportFormat) => exportRecords(data, sorted, shown, exportSet, format);

  return { deleted, message, exportSet, setExportSet, bulkReason, setBulkReason, bulkDecide, bulkDelete, undo, runExport };
}

export type RecordActions = ReturnType<typeof useRecordActions>;

/** The export set choice and one button per export format. */
function ExportControls({ actions }: { actions: RecordActions }) {
  return (
    <>
      <label>
        {t('exportSet')}{' '}
        <select value={actions.exportSet} onChange={(e) => actions.setExportSet((e.target as HTMLSelectElement).value as ExportSet)}>
          {EXPORT_SETS.map((s) => (
            <option value={s}>{t(SET_LABEL[s])}</option>
          ))}
        </select>
      </label>
      {EXPORT_FORMATS.map((f) => (
        <button type="button" onClick={() => actions.runExport(f)}>
          {t(FORMAT_LABEL[f])}
        </button>
      ))}
    </>
  );
}

/** The bulk buttons shown once records are selected: mark, exclude with a reason, delete. */
function SelectionButtons({ actions, reasons }: { actions: RecordActions; reasons: string[] }) {
  return (
    <>
      {(['include', 'maybe'] as const).map((v) => (
        <button type="button" onClick={() => actions.bulkDecide(v)}>
          {t('bulkMark', t(VERDICT_LABEL[v]))}
        </button>
      ))}
      <select aria-label={t('reasonLabel')} value={actions.bulkReason} onChange={(e) => actions.setBulkReason((e.target as HTMLSelectElement).value)}>
        <option value="">{t('reasonChoose')}</option>
        {reasons.map((r) => (
          <option value={r}>{r}</option>
        ))}
      </select>
      <button type="button" onClick={() => actions.bulkDecide('exclude')}>
        {t('bulkMark', t(VERDICT_LABEL.exclude))}
      </button>
      <button type="button" class="danger" onClick={actions.bulkDelete}>
        {t('bulkDelete')}
      </button>
    </>
  );
}

/** The bulk bar: selection count, bulk buttons, and the export controls. */
export function BulkActions({ actions, selection, reasons }: { actions: RecordActions; selection: { keys: string[]; hidden: number }; reasons: string[] }) {
  const count = selection.keys.length;
  return (
    <div class="actions bulk" role="group" aria-label={t('bulkLabel')}>
      <span>{selection.hidden ? t('bulkSelectedHidden', count, selection.hidden) : t('bulkSelected', count)}</span>
      {count > 0 && <SelectionButtons actions={actions} reasons={reasons} />}
      <span class="spacer" />
      <ExportControls actions={actions} />
    </div>
  );
}

/** The notices after a bulk action: its message, and the undo offer after a delete. */
export function ActionNotices({ actions }: { actions: RecordActions }) {
  const { message, deleted } = actions;
  return (
    <>
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      {deleted && (
        <p role="status" class="notice">
          {tCount('deletedRecords', deleted.length)}{' '}
          <button type="button" onClick={actions.undo}>
            {t('undo')}
          </button>
        </p>
      )}
    </>
  );
}
