import { useState } from 'preact/hooks';
import { exportMyEvents, importShareFile, parseShareFile, ShareError, type ReviewData, type ShareProblem } from '../../lib/db';
import type { MessageKey } from '../../lib/i18n/translate';
import { t, tCountOf } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import { unexpectedFailure } from './error-detail';

const PROBLEM: Record<ShareProblem, MessageKey> = { notJson: 'shareNotJson', notShared: 'shareNotShared', newer: 'shareNewer', damaged: 'shareDamaged', mixed: 'shareMixed' };

/** Why a colleague's file was not imported, in the reviewer's language; an unexpected problem with its own text as the technical detail. */
function failure(error: Error): string {
  return error instanceof ShareError ? t(PROBLEM[error.problem], ...error.args) : unexpectedFailure(error, 'shareUnexpected');
}

/** No server? One reviewer's decisions as a file, and a colleague's file merged in (twice changes nothing). */
export function ShareView({ data, onChanged }: { data: ReviewData; onChanged: () => Promise<void> }) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const share = async () => {
    const file = await exportMyEvents(data.review.id);
    downloadText(`saring-${fileSlug(data.review.title)}-${fileSlug(file.reviewer.name || file.reviewer.id.slice(0, 8))}-decisions.json`, JSON.stringify(file), 'application/json');
  };
  const load = async (file: File) => {
    try {
      const result = await importShareFile(parseShareFile(await file.text()));
      setStatus({ kind: 'ok', text: tCountOf(result.added, 'shareImported', result.reviewer || '?', result.added, result.alreadyPresent) });
      await onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: t('shareFailed', failure(error as Error)) });
    }
  };
  return (
    <div class="share">
      <h3>{t('shareHeading')}</h3>
      <p class="muted">{t('shareHint')}</p>
      <div class="actions">
        <button type="button" onClick={share}>
          {t('shareExport')}
        </button>
        <label class="file-button">
          {t('shareImport')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void load(file);
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
    </div>
  );
}
