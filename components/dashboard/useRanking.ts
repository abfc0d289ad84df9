import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReviewData } from '../../lib/db';
import type { Relevance, ReviewRanking } from '../../lib/ranking/review';

/**
 * The review's ranking for the data shown: asked again whenever the data was reloaded (a
 * decision, an import, a teammate's changes). Until the new one arrives the last one stays.
 */
export function useRanking(rank: (reviewId: string) => Promise<ReviewRanking>, data: ReviewData | null) {
  const [ranking, setRanking] = useState<ReviewRanking>();
  useEffect(() => {
    if (!data) return;
    let live = true;
    rank(data.review.id)
      .then((latest) => live && setRanking(latest))
      .catch((error) => live && setRanking({ ok: false, reason: 'failed', message: (error as Error).message }));
    return () => void (live = false);
  }, [data]);
  const relevance = useMemo(() => new Map<string, Relevance>(ranking?.ok ? ranking.keys.map((key, i) => [key, ranking.relevance[i]]) : []), [ranking]);
  return { ranking, relevance };
}
