// Kept apart from protocol.ts so content scripts can import it without pulling in Zod.

/** Background → tabs: decisions changed; content scripts ask again for their rows' statuses. */
export const DECISIONS_CHANGED = 'saring/decisions-changed';

/** Background → extension pages: a review's data changed (arrived from the team server). */
export const DATA_CHANGED = 'saring/data-changed';

/** Background → extension pages: where team sync of a review stands. */
export const TEAM_STATUS = 'saring/team-status';
