import type { ReviewRecord } from '../../lib/model';

type Source = ReviewRecord['sources'][number];

/** A stored record of review `r` titled by its key, found where `sources` say (PRISMA and export tests). */
export const foundRecord = (key: string, sources: (Omit<Source, 'at'> & { at?: number })[]): ReviewRecord => ({
  reviewId: 'r',
  key,
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
  article: { title: key, authors: [], url: '', source: 'pubmed' },
  sources: sources.map((source) => ({ at: 1, ...source })),
});
