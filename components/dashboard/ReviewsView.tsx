import type { Review } from '../../lib/model';
import { windowYears } from '../../lib/screening/window';
import { t } from '../../lib/i18n';

/** One review's row: title, window, state, and what can be done with it. */
function ReviewRow({
  review,
  active,
  onActivate,
  onArchive,
}: {
  review: Review;
  active: boolean;
  onActivate: (id: string) => void;
  onArchive: (id: string, archived: boolean) => void;
}) {
  const w = windowYears(review.window);
  return (
    <tr>
      <td>{review.title}</td>
      <td>
        {w.from}–{w.to}
      </td>
      <td>{active ? t('reviewActive') : review.archived ? t('reviewArchived') : ''}</td>
      <td class="actions">
        {!active && !review.archived && (
          <button type="button" onClick={() => onActivate(review.id)}>
            {t('reviewActivate')}
          </button>
        )}
        {!active && (
          <button type="button" onClick={() => onArchive(review.id, !review.archived)}>
            {review.archived ? t('reviewUnarchive') : t('reviewArchive')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Every review: switch the active one, start a new one (blank or from the example), archive. */
export function ReviewsView({
  reviews,
  activeId,
  onActivate,
  onCreate,
  onArchive,
}: {
  reviews: Review[];
  activeId: string;
  onActivate: (id: string) => void;
  onCreate: (template: 'blank' | 'oxytocin') => void;
  onArchive: (id: string, archived: boolean) => void;
}) {
  return (
    <section class="reviews">
      <div class="actions">
        <button type="button" onClick={() => onCreate('blank')}>
          {t('reviewNew')}
        </button>
        <button type="button" onClick={() => onCreate('oxytocin')}>
          {t('reviewNewFromTemplate')}
        </button>
      </div>
      <table class="plain">
        <thead>
          <tr>
            <th>{t('formTitle')}</th>
            <th>{t('formWindow')}</th>
            <th>{t('reviewState')}</th>
            <th>
              <span class="sr-only">{t('columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <ReviewRow key={review.id} review={review} active={review.id === activeId} onActivate={onActivate} onArchive={onArchive} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
