import type { ReviewData } from '../../lib/db';
import type { ReviewRanking } from '../../lib/ranking/review';
import { stoppingAid } from '../../lib/ranking/stopping';
import { QUEUE_ORDERS, type QueueOrder } from '../../lib/review/queue-order';
import { t, tCountOf, formatNumber, formatPercent, type MessageKey } from '../../lib/i18n';
import { BandMark } from '../Relevance';

const ORDER_LABEL: Record<QueueOrder, MessageKey> = { relevance: 'queueOrderRelevance', imported: 'queueOrderImported' };
const BASIS_NOTE = { classifier: 'rankBasisClassifier', includes: 'rankBasisIncludes', protocol: 'rankBasisProtocol' } as const;

/** The stopping aid: the figures a reviewer weighs before deciding to stop screening. */
function StoppingAid({ data }: { data: ReviewData }) {
  const order = [...data.decisions.values()].sort((a, b) => a.decidedAt - b.decidedAt).map((d) => d.decision);
  const aid = stoppingAid(order, data.records.length);
  return (
    <p class="stopping-aid" role="group" aria-label={t('stoppingAidLabel')}>
      <span>{t('stoppingExcludedInARow', formatNumber(aid.excludedInARow))}</span>
      <span>{t('stoppingScreened', formatPercent(aid.shareScreened))}</span>
      <span>{t('stoppingUndecided', formatNumber(aid.undecided))}</span>
    </p>
  );
}

/** Order choice, what the ranking rests on (or why there is none), position and stopping aid. */
/** Why the review cannot be ranked, in the reviewer's language. */
export function unrankedText(why: Exclude<ReviewRanking, { ok: true }>): string {
  if (why.reason === 'no-records') return t('rankNoRecords');
  if (why.reason === 'needs-an-include') return t('rankNeedsInclude');
  return t('rankFailed', why.message);
}

export function QueueHeader(props: {
  data: ReviewData;
  ranking?: ReviewRanking;
  order: QueueOrder;
  why?: Exclude<ReviewRanking, { ok: true }>;
  onOrder: (order: QueueOrder) => void;
  position: number;
  total: number;
  /** Records still undecided (by this reviewer): the same count ranked or not, 0 once all are decided. */
  left: number;
}) {
  const { ranking, order, why } = props;
  return (
    <div class="queue-head">
      <div class="actions">
        <label>
          {t('queueOrder')}{' '}
          <select value={order} onChange={(e) => props.onOrder((e.target as HTMLSelectElement).value as QueueOrder)}>
            {QUEUE_ORDERS.map((o) => (
              <option value={o}>{t(ORDER_LABEL[o])}</option>
            ))}
          </select>
        </label>
        {props.position <= props.total && <span role="status">{t('queuePosition', props.position, props.total, props.left)}</span>}
      </div>
      {why && (
        <p class="notice" role="note">
          {t('queueImportedBecause', unrankedText(why))}
        </p>
      )}
      {order === 'relevance' && ranking?.ok && (
        <p class="muted">{tCountOf(ranking.basis === 'classifier' ? ranking.excludes : ranking.includes, BASIS_NOTE[ranking.basis], ranking.includes, ranking.excludes)}</p>
      )}
      <StoppingAid data={props.data} />
      <p class="muted">{t('rankNeverExcludes')}</p>
    </div>
  );
}

/** The next few records, in the queue's order: the ranking at work, visible. */
export function UpNext({ keys, byKey, ranking, order }: { keys: string[]; byKey: Map<string, ReviewData['records'][number]>; ranking?: ReviewRanking; order: QueueOrder }) {
  if (!keys.length) return null;
  const relevance = new Map(ranking?.ok ? ranking.keys.map((k, i) => [k, ranking.relevance[i]]) : []);
  return (
    <section class="up-next" aria-label={t('queueUpNext')}>
      <h2>{t('queueUpNext')}</h2>
      <ol data-order={order}>
        {keys.map((key) => (
          <li key={key}>
            <BandMark relevance={relevance.get(key)} /> {byKey.get(key)?.article.title}
          </li>
        ))}
      </ol>
    </section>
  );
}
