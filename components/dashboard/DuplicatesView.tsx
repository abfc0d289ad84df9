import { useMemo, useState } from 'preact/hooks';
import { findDuplicates, type LikelyPair } from '../../lib/dedup';
import { keepApart, mergeCertainDuplicates, mergeRecords, pairOf, undoMerge, type ReviewData } from '../../lib/db';
import { findMergeConflicts } from '../../lib/review/conflicts';
import { SAME_STUDY_AT } from '../../lib/review/groups';
import { t, tCount, formatDate, formatDateTime } from '../../lib/i18n';
import { VERDICT_LABEL, VERDICT_MARK } from '../labels';
import { ArticleSummary } from '../ArticleSummary';
import type { ReviewViewProps } from './view-props';

type Row = ReviewData['records'][number];
type Found = { certain: number; likely: LikelyPair[] };

function ConflictList({ conflicts, byKey }: { conflicts: ReturnType<typeof findMergeConflicts>; byKey: Map<string, Row> }) {
  return (
    <>
      <h2>{t('dupConflicts', conflicts.length)}</h2>
      <ul class="conflicts">
        {conflicts.map((c) => (
          <li key={c.key}>
            <strong>{byKey.get(c.key)?.article.title ?? c.key}</strong>:{' '}
            {c.verdicts
              .map((v) => `${VERDICT_MARK[v.decision]} ${t(VERDICT_LABEL[v.decision])}${v.reason ? ` (${v.reason})` : ''} — ${v.reviewer || '?'}, ${formatDate(v.decidedAt)}`)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}

type PairProps = { reviewId: string; a: Row; b: Row; reason: string; onMerged: () => Promise<void>; onKeptApart: () => void };

function PairItem({ reviewId, a, b, reason, onMerged, onKeptApart }: PairProps) {
  return (
    <li class="pair">
      <span class="reason">
        {t('dupReason')}: {reason}
      </span>
      <div class="pair-sides">
        <ArticleSummary article={a.article} headingLevel={3} />
        <ArticleSummary article={b.article} headingLevel={3} />
      </div>
      <div class="actions">
        <button
          type="button"
          onClick={async () => {
            await mergeRecords(reviewId, a.key, [b.key]);
            await onMerged();
          }}
        >
          {t('dupMerge')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await keepApart(reviewId, a.key, b.key);
            onKeptApart();
          }}
        >
          {t('dupKeepApart')}
        </button>
      </div>
    </li>
  );
}

type LikelyProps = { data: ReviewData; found: Found; setFound: (found: Found) => void; after: (text: string) => Promise<void> };

function LikelyPairs({ data, found, setFound, after }: LikelyProps) {
  const records = data.records;
  return (
    <>
      <h2>{t('dupLikely')}</h2>
      <ul class="pairs">
        {found.likely.slice(0, 200).map((pair) => {
          const a = records[pair.a];
          const b = records[pair.b];
          return (
            <PairItem
              key={`${a.key}|${b.key}`}
              reviewId={data.review.id}
              a={a}
              b={b}
              reason={pair.reason}
              onMerged={() => after(tCount('dupMerged', 1))}
              onKeptApart={() => setFound({ ...found, likely: found.likely.filter((p) => p !== pair) })}
            />
          );
        })}
      </ul>
    </>
  );
}

function MergeHistory({ data, byKey, after }: { data: ReviewData; byKey: Map<string, Row>; after: (text: string) => Promise<void> }) {
  return (
    <>
      <h2>{t('dupHistory')}</h2>
      {data.merges.length === 0 ? (
        <p class="muted">{t('dupNoMerges')}</p>
      ) : (
        <ul class="merges">
          {data.merges.map((m) => (
            <li key={m.id}>
              {/* Saring's merge of a study two teammates met is dated by nothing (SAME_STUDY_AT). */}
              {m.at > SAME_STUDY_AT ? `${formatDateTime(m.at)}: ` : ''}
              {tCount('dupMergeLine', m.keys.length, byKey.get(m.target)?.article.title ?? m.target)} {m.by ? `· ${m.by}` : ''}
              {m.undoneAt ? (
                <span class="muted"> — {t('dupUndone')}</span>
              ) : (
                <button
                  type="button"
                  onClick={async () => {
                    await undoMerge(data.review.id, m.id);
                    await after(t('dupUndone'));
                  }}
                >
                  {t('undo')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Duplicates: merge the certain ones, look at the likely pairs (merge or keep apart), see
 * conflicting decisions on merged records, and undo any merge.
 */
export function DuplicatesView({ data, reload, notifyChanged }: ReviewViewProps) {
  const [found, setFound] = useState<Found | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const records = data.records;
  const conflicts = useMemo(() => findMergeConflicts(data.events, data.groups), [data]);
  const byKey = useMemo(() => new Map(records.map((r) => [r.key, r])), [records]);

  const scan = () => {
    const result = findDuplicates(records.map((r) => r.article));
    const likely = result.likely.filter((p) => !data.separations.has(pairOf(records[p.a].key, records[p.b].key)));
    setFound({ certain: result.groups.reduce((n, g) => n + g.length - 1, 0), likely });
  };
  const after = async (text: string) => {
    setMessage(text);
    await reload();
    notifyChanged();
    setFound(null);
  };

  return (
    <section class="duplicates">
      <p class="muted">{t('dupIntro')}</p>
      <div class="actions">
        <button type="button" onClick={scan}>
          {t('dupFind')}
        </button>
        <button type="button" onClick={async () => after(tCount('dupMerged', await mergeCertainDuplicates(data.review.id)))}>
          {t('dupMergeCertain')}
        </button>
      </div>
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      {found && <p role="status">{t('dupFound', tCount('dupFoundCertain', found.certain), tCount('dupFoundLikely', found.likely.length))}</p>}
      {conflicts.length > 0 && <ConflictList conflicts={conflicts} byKey={byKey} />}
      {found && found.likely.length > 0 && <LikelyPairs data={data} found={found} setFound={setFound} after={after} />}
      <MergeHistory data={data} byKey={byKey} after={after} />
    </section>
  );
}
