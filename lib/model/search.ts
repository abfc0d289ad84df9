import { z } from 'zod';

/** How a search entered the log. */
export const SEARCH_ORIGINS = ['web', 'import', 'manual'] as const;

/**
 * One search as PRISMA-S reports it: database, the full string as typed, limits, date and
 * the number of records the database reported. Repeated pages of one search are one event.
 */
export const SearchEventSchema = z.object({
  id: z.number().int().positive().optional(),
  reviewId: z.string().min(1).max(100),
  database: z.string().trim().min(1, 'name the database').max(200),
  query: z.string().max(10_000),
  url: z.string().max(4_000).default(''),
  /** Limits as shown by the site: `{ yearFrom: "2018", yearTo: "2023", sort: "date" }`. */
  filters: z.record(z.string().max(100), z.string().max(1_000)).default({}),
  totalResults: z.number().int().min(0).optional(),
  /** Result pages the reviewer looked at (1-based). */
  pages: z.array(z.number().int().min(1)).max(10_000).default([]),
  at: z.number().int().positive(),
  lastAt: z.number().int().positive().optional(),
  origin: z.enum(SEARCH_ORIGINS).default('web'),
  /** Whether the search counts for the review's PRISMA numbers. */
  counted: z.boolean().default(true),
  fileName: z.string().max(500).optional(),
  /** Records the search brought into the review (pages seen, or records imported). */
  recordCount: z.number().int().min(0).optional(),
  note: z.string().max(2_000).optional(),
});
export type SearchEvent = z.infer<typeof SearchEventSchema>;
export type SearchEventInput = z.input<typeof SearchEventSchema>;

/**
 * The number of records a search returned, for the log and for PRISMA alike: a count the
 * reviewer entered wins; an import otherwise counts the records its file held.
 */
export function reportedCount(search: Pick<SearchEvent, 'totalResults' | 'recordCount' | 'origin'>): number | undefined {
  return search.totalResults ?? (search.origin === 'import' ? search.recordCount : undefined);
}
