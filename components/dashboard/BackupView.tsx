import { useEffect, useState } from 'preact/hooks';
import { BackupError, exportBackup, parseBackup, restoreBackup, type BackupProblem } from '../../lib/db';
import type { MessageKey } from '../../lib/i18n/translate';
import { t, tCount } from '../../lib/i18n';
import { downloadText } from '../download';
import { today } from '../../lib/screening/templates';
import { unexpectedFailure } from './error-detail';

type Status = { kind: 'ok' | 'error'; text: string } | null;
/**
 * The restore's outcome, for the view drawn anew when the dashboard opens the restored review:
 * shown by that review's view only, and dropped by the first view drawn after the restore, so
 * that no later visit to the backup view shows it again.
 */
let carried: { status: Status; reviewId: string } | null = null;

/** Merge a backup file in (restoreBackup opens its review when this profile's active one holds nothing). */
async function restoreFile(file: File): Promise<{ done: NonNullable<Status>; opened?: string }> {
  const { reviews, records, decisions, searches, opened } = await restoreBackup(parseBackup(await file.text()));
  const text = t(
    'restoreDone',
    tCount('restoreReviews', reviews.added + reviews.updated),
    tCount('restoreRecords', records.added),
    records.merged,
    tCount('restoreDecisions', decisions.added, decisions.alreadyPresent),
    tCount('restoreSearches', searches.added),
  );
  return { done: { kind: 'ok', text }, opened };
}

const PROBLEM: Record<BackupProblem, MessageKey> = { notJson: 'backupNotJson', notBackup: 'backupNotSaring', newer: 'backupNewer', damaged: 'backupDamaged' };

/**
 * Why a restore failed, in the reviewer's language: what is wrong with the file, a full disk, or
 * an unexpected problem (the file unreadable once chosen, a storage error) with its own text as
 * the technical detail.
 */
function failure(error: Error): string {
  return error instanceof BackupError ? t(PROBLEM[error.problem], ...error.args) : unexpectedFailure(error, 'restoreUnexpected');
}

/** Backup of the whole database as one JSON file, and restore (merge) from such a file. */
export function BackupView({ reviewId, onRestored }: { reviewId: string; onRestored: () => Promise<void> }) {
  const [status, setStatus] = useState<Status>(carried?.reviewId === reviewId ? carried.status : null);
  useEffect(() => void (carried = null), []);
  const backup = async () => {
    const file = await exportBackup();
    downloadText(`saring-backup-${today()}.json`, JSON.stringify(file), 'application/json');
  };
  const restore = async (file: File) => {
    setStatus(null);
    let restored: Awaited<ReturnType<typeof restoreFile>>;
    try {
      restored = await restoreFile(file);
    } catch (error) {
      carried = null;
      setStatus({ kind: 'error', text: t('restoreFailed', failure(error as Error)) });
      return;
    }
    const { done, opened } = restored;
    setStatus(done);
    carried = opened ? { status: done, reviewId: opened } : null;
    try {
      await onRestored();
    } catch {
      // The data is in: only the dashboard's redraw failed, and "nothing was changed" would be untrue.
      carried = null;
      setStatus({ kind: 'error', text: `${done.text} ${t('restoreNotShown')}` });
    }
  };
  return (
    <section class="backup">
      <h2>{t('backupHeading')}</h2>
      <p class="muted">{t('backupHint')}</p>
      <div class="actions">
        <button type="button" onClick={backup}>
          {t('backupDownload')}
        </button>
        <label class="file-button">
          {t('restoreChoose')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void restore(file);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
      </div>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'error' : 'notice'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
