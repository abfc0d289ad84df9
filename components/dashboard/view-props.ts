import type { ReviewData } from '../../lib/db';

/** What each view of a review gets from the dashboard: the data, a reload, and how to tell open tabs what changed (`keys`: only those records). */
export interface ReviewViewProps {
  data: ReviewData;
  reload: () => Promise<void>;
  notifyChanged: (keys?: string[]) => void;
}
