import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadReviewData, type ReviewData } from '../../lib/db';

/** The active review's data, reloaded on demand after every change. */
export function useReviewData(reviewId: string | undefined) {
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!reviewId) return;
    try {
      setData(await loadReviewData(reviewId));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [reviewId]);
  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);
  return { data, error, reload };
}
