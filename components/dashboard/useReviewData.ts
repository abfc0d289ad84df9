import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadReviewData, readFirstScreen, type ReviewData } from '../../lib/db';
import type { FirstScreen } from '../../lib/review/first-screen';

/** After the browser has drawn what was just rendered (a frame, then a task; a hidden tab draws no frames). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

/**
 * The active review's data, reloaded on demand after every change. On opening, the saved
 * first screen (if the review has not changed since) is shown at once and the whole review
 * is read after it is drawn: reading and folding 50,000 records takes seconds.
 */
export function useReviewData(reviewId: string | undefined) {
  const [data, setData] = useState<ReviewData | null>(null);
  const [first, setFirst] = useState<FirstScreen | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!reviewId) return;
    try {
      setData(await loadReviewData(reviewId, { remember: true }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [reviewId]);
  useEffect(() => {
    setData(null);
    setFirst(null);
    if (!reviewId) return;
    let live = true;
    void (async () => {
      const screen = await readFirstScreen(reviewId).catch(() => undefined);
      if (!live) return;
      if (screen) {
        setFirst(screen);
        await afterPaint();
      }
      if (live) await reload();
    })();
    return () => {
      live = false;
    };
  }, [reviewId, reload]);
  return { data, first, error, reload };
}
