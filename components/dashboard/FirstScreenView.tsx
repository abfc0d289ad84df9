import { useMemo } from 'preact/hooks';
import type { FirstScreen } from '../../lib/review/first-screen';
import { DEFAULT_SORT, toRows } from '../../lib/review/query';
import { formatNumber, t } from '../../lib/i18n';
import { RecordsTable } from './RecordsTable';

const NONE = new Set<string>();
const ignore = () => undefined;

/**
 * The records table as the review's saved first screen shows it, while the whole review is
 * read: the first rows in the table's opening order, nothing to filter, select or open yet
 * (filters over part of a review would show wrong numbers).
 */
export function FirstScreenView({ screen }: { screen: FirstScreen }) {
  const rows = useMemo(
    () =>
      toRows(
        screen.rows.map((r) => r.record),
        new Map(screen.rows.flatMap((r) => (r.decision ? [[r.record.key, r.decision] as const] : []))),
      ),
    [screen],
  );
  return (
    <section class="records-view" aria-busy="true" inert>
      <p class="muted" aria-live="polite">
        {t('recordsLoading', formatNumber(rows.length), formatNumber(screen.total))}
      </p>
      <RecordsTable rows={rows} sort={DEFAULT_SORT} onSort={ignore} selected={NONE} onSelect={ignore} onSelectAll={ignore} onOpen={ignore} />
    </section>
  );
}
