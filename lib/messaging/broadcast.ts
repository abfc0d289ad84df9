// Kept apart from protocol.ts so content scripts can import it without pulling in Zod.

/** Background → tabs: decisions changed; content scripts ask again for their rows' statuses. */
export const DECISIONS_CHANGED = 'saring/decisions-changed';
