import { useEffect, useRef, useState } from 'preact/hooks';
import { EvidenceSchema, evidenceChanges, type Decision, type Evidence, type Review } from '../../lib/model';
import { decide, updateRecord } from '../../lib/db';
import type { RecordRow } from '../../lib/review/query';
import { t, tCount, type MessageKey, formatDateTime } from '../../lib/i18n';
import { ScreeningPanel } from '../ScreeningPanel';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { checkYear } from '../../lib/screening/window';
import { FullTextControls } from './FullTextControls';
import { ReportOf, type StudyChoice } from './ReportOf';
import type { RecordDecisionView } from '../../lib/review/status';
import { TeamLine } from './TeamLine';
import { unexpectedFailure } from './error-detail';
import type { ArticleType } from '../../lib/model/article-type';

const EVIDENCE_FIELDS: [keyof Evidence, MessageKey][] = [
  ['studyDesign', 'evidenceStudyDesign'],
  ['sampleSize', 'evidenceSampleSize'],
  ['setting', 'evidenceSetting'],
  ['intervention', 'evidenceIntervention'],
  ['comparison', 'evidenceComparison'],
  ['outcomeMeasure', 'evidenceOutcome'],
  ['mainResult', 'evidenceResult'],
  ['notes', 'evidenceNotes'],
];

/** Each kind of publication in the reviewer's language (lib/model/article-type.ts). */
const TYPE_LABEL: Record<ArticleType, MessageKey> = {
  article: 'publicationTypeArticle',
  review: 'publicationTypeReview',
  letter: 'publicationTypeLetter',
  preprint: 'publicationTypePreprint',
  'conference-paper': 'publicationTypeConferencePaper',
  chapter: 'publicationTypeChapter',
  book: 'publicationTypeBook',
  thesis: 'publicationTypeThesis',
  report: 'publicationTypeReport',
  dataset: 'publicationTypeDataset',
  other: 'publicationTypeOther',
};

/**
 * The record's kind when it is not a plain journal article: a review, a letter or a thesis is what
 * a study-design criterion ("pre- and quasi-experimental studies") excludes at a glance. Nothing
 * for a journal article or a record whose sources named no kind.
 */
function PublicationType({ type }: { type?: ArticleType }) {
  if (!type || type === 'article') return null;
  return (
    <p class="publication-type">
      {t('publicationType')}: <strong>{t(TYPE_LABEL[type])}</strong>
    </p>
  );
}

interface RecordDetailProps {
  row: RecordRow;
  review: Review;
  fullText?: Decision;
  /** Every decision on the record, oldest first. */
  history: Decision[];
  /** What this reviewer sees of the record's decisions (their own, the others', the team state). */
  view: RecordDecisionView;
  /** The records included on title and abstract: those this one may be another report of. */
  studies: StudyChoice[];
  onClose: () => void;
  onChanged: () => Promise<void>;
}

/** One record opened from the table: its screening, its history and, once included, its evidence. */
export function RecordDetail({ row, review, fullText, history, view, studies, onClose, onChanged }: RecordDetailProps) {
  const { record, decision } = row;
  // The panel edits this reviewer's own decision (single mode: the record's).
  const own = review.mode === 'single' ? decision : view.mine;
  const evidence = useEvidence(row, review, onChanged);
  useCloseOnEscape(onClose);
  const close = useFocusWhileOpen();

  return (
    <section class="drawer" role="dialog" aria-label={record.article.title}>
      <button type="button" class="close" onClick={onClose} aria-label={t('close')} ref={close}>
        ×
      </button>
      <PublicationType type={record.article.type} />
      <ScreeningPanel
        article={record.article}
        review={review}
        status={{
          key: record.key,
          decision: own?.decision,
          reason: own?.reason,
          note: own?.note,
          answers: own?.answers,
          window: checkYear(record.article.year, review.window).result,
        }}
        onSave={async (value) => {
          await decide(review.id, record.key, value);
          await onChanged();
        }}
      />
      {view.team && <TeamLine view={view} />}
      {decision?.decision === 'include' && (
        <FullTextControls
          current={fullText}
          reasons={review.exclusionReasons}
          onSave={async (choice) => {
            await decide(review.id, record.key, { stage: 'full-text', ...choice });
            await onChanged();
          }}
        />
      )}
      {decision?.decision === 'include' && <ReportOf reviewId={review.id} record={record} choices={studies} onChanged={onChanged} />}
      <DecisionHistory history={history} />
      {decision?.decision === 'include' && <EvidenceForm {...evidence} />}
    </section>
  );
}

/**
 * The drawer comes after the whole (virtualised) table: without moving the focus into it, a keyboard
 * or screen-reader user who opened a record is left on its title, a table away from what opened.
 * Closed (× or Escape), the focus goes back to what opened it.
 */
function useFocusWhileOpen() {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return close;
}

function useCloseOnEscape(onClose: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The evidence being edited, kept while the drawer is open, and how it is saved. */
function useEvidence({ record }: RecordRow, review: Review, onChanged: () => Promise<void>) {
  const [evidence, setEvidence] = useState<Evidence>(() => EvidenceSchema.parse(record.evidence ?? {}));
  // What the form showed when opened (or last saved): only the fields changed since are saved,
  // so a teammate's save of other fields meanwhile is kept.
  const [base, setBase] = useState<Evidence>(evidence);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    try {
      await updateRecord(review.id, record.key, { evidence: evidenceChanges(base, evidence) });
      setBase(evidence);
      setSaved(t('statusSaved'));
      await onChanged();
    } catch (error) {
      setSaved(t('statusNotSaved', unexpectedFailure(error)));
    }
  };
  return { evidence, setEvidence, saved, save };
}

function DecisionHistory({ history }: { history: Decision[] }) {
  return (
    <details>
      <summary>{tCount('historyHeading', history.length)}</summary>
      <ol class="history">
        {history.map((h) => (
          <li key={h.id}>
            {formatDateTime(h.decidedAt)} — {h.stage === 'full-text' ? `${t('fullTextHeading')}: ` : ''}
            {VERDICT_MARK[h.decision]} {t(VERDICT_LABEL[h.decision])}
            {h.reason ? ` (${h.reason})` : ''} {h.reviewer ? `· ${h.reviewer}` : ''} {h.note ? `· “${h.note}”` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function EvidenceForm({ evidence, setEvidence, saved, save }: ReturnType<typeof useEvidence>) {
  return (
    <form
      class="evidence"
      onSubmit={async (e) => {
        e.preventDefault();
        await save();
      }}
    >
      <h3>{t('evidenceHeading')}</h3>
      {EVIDENCE_FIELDS.map(([field, label]) => (
        <label class="field" key={field}>
          <span>{t(label)}</span>
          <textarea
            rows={field === 'mainResult' || field === 'notes' ? 3 : 1}
            value={evidence[field]}
            onInput={(e) => setEvidence({ ...evidence, [field]: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
      ))}
      <button type="submit" class="primary">
        {t('evidenceSave')}
      </button>{' '}
      <span role="status">{saved}</span>
    </form>
  );
}
