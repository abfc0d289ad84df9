import { z } from 'zod';

/**
 * Who screens in this browser profile: a name the team knows them by and a stable id,
 * generated once. Every event records it, so a team can tell its reviewers apart even when
 * two share a name.
 */
export const ReviewerSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().max(200),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

/** A reviewer's name for display: their own, or a short form of their id. */
export function reviewerLabel(reviewer: { id: string; name: string }): string {
  return reviewer.name || `Reviewer ${reviewer.id.slice(0, 6)}`;
}
