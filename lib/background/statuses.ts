// What the background tells a page about its rows: validation of what the page sent, each
// row's decision status and relevance, the review's summary, and the toolbar badge.
import { ArticleSchema, type Article, type Review, type ValidPageExtraction } from '../model';
import { decisionsOf, findRecordKeys } from '../db';
import type { RecordDecisionView } from '../review/status';
import type { ReviewInfo, RowStatus } from '../messaging/protocol';
import { checkYear, windowYears } from '../screening/window';
import type { Platform } from './platform';
import type { RankingService } from './ranking';

/**
 * Validate articles one by one: a garbled row is dropped and counted, never stored.
 * `positions` maps each valid article back to its row on the page.
 */
export function validArticles(items: unknown[]): { articles: Article[]; positions: number[]; rejected: number } {
  const articles: Article[] = [];
  const positions: number[] = [];
  items.forEach((item, i) => {
    const parsed = ArticleSchema.safeParse(item);
    if (parsed.success) {
      articles.push(parsed.data);
      positions.push(i);
    }
  });
  return { articles, positions, rejected: items.length - articles.length };
}

/** Statuses for every row the page sent, in its order: rows that were not valid get a placeholder. */
export function alignStatuses(count: number, positions: number[], statuses: RowStatus[]): RowStatus[] {
  const out: RowStatus[] = Array.from({ length: count }, () => ({ window: 'unknown', rejected: true }));
  positions.forEach((row, i) => (out[row] = statuses[i]));
  return out;
}

/** One row's status from what this reviewer sees of its record's decisions. */
export function rowStatus(key: string | undefined, view: RecordDecisionView | undefined, window: RowStatus['window'], mode: Review['mode']): RowStatus {
  // Single mode: the buttons show the record's decision; dual: this reviewer's own.
  const own = mode === 'single' ? view?.shown : view?.mine;
  const status: RowStatus = {
    key,
    decision: own?.decision,
    reason: own?.reason,
    note: own?.note,
    answers: own?.answers,
    decidedAt: own?.decidedAt,
    window,
    todo: view ? view.todo : true,
  };
  if (mode !== 'single' && view) {
    const final = view.team === 'agreed' || view.team === 'resolved' || view.team === 'automatic' ? view.shown : undefined;
    if (final) status.final = { decision: final.decision, reason: final.reason };
    status.team = view.team;
    if (view.others.length) status.others = view.others.map((d) => ({ reviewer: d.reviewer, decision: d.decision, reason: d.reason }));
  }
  return status;
}

/** Rankings, when the background keeps them (tests may leave them out): rows get no band. */
export type Ranking = Pick<RankingService, 'rows' | 'changed' | 'fresh'>;
export const NO_RANKING: Ranking = {
  rows: (_, rows) => rows.map(() => undefined),
  changed: () => undefined,
  fresh: async () => ({ ok: false, reason: 'no-records', message: 'Ranking is not available here.' }),
};

/** The statuses of these articles (`keys`: their records, where the review has them), with relevance bands. */
export async function statusesOf(
  review: Review,
  articles: Partial<Pick<Article, 'year' | 'title' | 'abstract' | 'keywords'>>[],
  keys: (string | undefined)[],
  ranking: Ranking = NO_RANKING,
): Promise<RowStatus[]> {
  const views = await decisionsOf(
    review.id,
    keys.filter((k): k is string => !!k),
    'screening',
    { review },
  );
  const statuses = articles.map((article, i) => {
    const key = keys[i];
    return rowStatus(key, key ? views.get(key) : undefined, checkYear(article.year, review.window).result, review.mode);
  });
  // Bands beside the rows this reviewer still has to decide.
  const open = statuses.flatMap((s, i) => (s.todo ? [i] : []));
  const relevance = ranking.rows(
    review.id,
    open.map((i) => ({ key: keys[i], text: articles[i] })),
  );
  open.forEach((row, i) => relevance[i] && (statuses[row].relevance = relevance[i]));
  return statuses;
}

/** What in-page controls need of the active review. */
export function infoOf(review: Review): ReviewInfo {
  return { title: review.title, exclusionReasons: review.exclusionReasons, window: windowYears(review.window), mode: review.mode };
}

/** The toolbar badge of a tab: its undecided rows, ✓ when none is, ! on a robot check. */
export function badgeFor(platform: Platform, tabId: number, extraction: ValidPageExtraction | null, statuses: RowStatus[]) {
  if (!extraction) return platform.setBadge(tabId, '', 'count');
  if (extraction.kind === 'blocked') return platform.setBadge(tabId, '!', 'blocked');
  const undecided = statuses.filter((s) => s.todo ?? !s.decision).length;
  if (statuses.length > 0 && undecided === 0) return platform.setBadge(tabId, '✓', 'done');
  return platform.setBadge(tabId, undecided ? String(undecided) : '', 'count');
}

/** Count a tab's rows again (after a decision, or when its page asked for fresh statuses). */
export async function refreshBadge(platform: Platform, tabId: number, review: Review): Promise<void> {
  const state = await platform.loadTabState(tabId);
  const articles = state?.extraction?.articles ?? [];
  const keys = articles.length ? await findRecordKeys(review.id, articles) : [];
  await badgeFor(platform, tabId, state?.extraction ?? null, await statusesOf(review, articles, keys));
}
