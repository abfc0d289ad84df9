import { z } from 'zod';
import { PAGE_LIMITS } from './limits';
import { ArticleSchema, type Article } from './article';

export const PAGE_KINDS = ['article', 'results', 'blocked'] as const;

/** What a site adapter reads off one page. */
export interface PageExtraction {
  site: string;
  kind: (typeof PAGE_KINDS)[number];
  articles: Article[];
  /** The query as the reviewer typed it (result lists). */
  query?: string;
  /** Limits visible in the URL or page: years, sort, article types. */
  filters?: Record<string, string>;
  /** 1-based result page. */
  page?: number;
  /** The total result count the site reports. */
  totalResults?: number;
  /** Why a page is `blocked` (robot check), for the reviewer. */
  message?: string;
}

/** The same shape as a schema, for payloads that arrive from content scripts. */
export const PageExtractionSchema = z.object({
  site: z.string().min(1).max(50),
  kind: z.enum(PAGE_KINDS),
  articles: z.array(ArticleSchema).max(PAGE_LIMITS.rows),
  query: z.string().max(PAGE_LIMITS.query).optional(),
  filters: z.record(z.string().max(PAGE_LIMITS.filterName), z.string().max(PAGE_LIMITS.filterValue)).optional(),
  page: z.number().int().min(1).max(PAGE_LIMITS.page).optional(),
  totalResults: z.number().int().min(0).optional(),
  message: z.string().max(1_000).optional(),
});
export type ValidPageExtraction = z.infer<typeof PageExtractionSchema>;
