import { useState } from 'preact/hooks';
import { updateRecord } from '../../lib/db';
import type { ReviewRecord } from '../../lib/model';
import { t } from '../../lib/i18n';
import { unexpectedFailure } from './error-detail';

/** A record this one may be another report of: its key and how the reviewer knows it. */
export interface StudyChoice {
  key: string;
  label: string;
}

/** "Title (First author, 2021)": enough to tell two reports of one trial apart in a list. */
export function studyChoice(record: ReviewRecord): StudyChoice {
  const { title, authors, year } = record.article;
  const by = [authors[0], year].filter((x) => x !== undefined).join(', ');
  return { key: record.key, label: by ? `${title} (${by})` : title };
}

/**
 * PRISMA 2020 counts studies and their reports apart: the reviewer who finds that this record is
 * a conference abstract, protocol or second paper of a study already among the included links it
 * here, and the diagram counts one study of two reports. Saved with a button, not on each change
 * of the list: Chrome fires `change` at every arrow key in a closed list.
 */
export function ReportOf({ reviewId, record, choices, onChanged }: { reviewId: string; record: ReviewRecord; choices: StudyChoice[]; onChanged: () => Promise<void> }) {
  const [study, setStudy] = useState(record.reportOf ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const save = async () => {
    try {
      await updateRecord(reviewId, record.key, { reportOf: study || null });
      setStatus(t('statusSaved'));
      await onChanged();
    } catch (error) {
      setStatus(t('statusNotSaved', unexpectedFailure(error)));
    }
  };
  const others = choices.filter((c) => c.key !== record.key);
  // A link to a record no longer among the choices (excluded since) is shown, so it can be undone.
  const gone = record.reportOf && !others.some((c) => c.key === record.reportOf) ? [{ key: record.reportOf, label: record.reportOf }] : [];
  return (
    <section class="report-of" aria-label={t('reportOfHeading')}>
      <h3>{t('reportOfHeading')}</h3>
      <p class="hint">{t('reportOfHint')}</p>
      <div class="row">
        <select aria-label={t('reportOfHeading')} value={study} onChange={(e) => setStudy((e.target as HTMLSelectElement).value)}>
          <option value="">{t('reportOfNone')}</option>
          {[...gone, ...others].map((c) => (
            <option value={c.key}>{c.label}</option>
          ))}
        </select>
        <button type="button" disabled={study === (record.reportOf ?? '')} onClick={save}>
          {t('save')}
        </button>
      </div>
      <p role="status" class="save-status">
        {status}
      </p>
    </section>
  );
}
