import { ArticleSchema, type Article, type Review, type ValidPageExtraction } from '../model';
import { decide, decisionsOf, findRecordKeys, getActiveReview, logSearch, recordSeen } from '../db';
import type { RecordDecisionView } from '../review/status';
import type { Handlers } from '../messaging/router';
import type { ResponseMap, ReviewInfo, RowStatus, TabState } from '../messaging/protocol';
import { checkYear, windowYears } from '../screening/window';
import type { Platform } from './platform';
import type { Team } from './team';
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
function alignStatuses(count: number, positions: number[], statuses: RowStatus[]): RowStatus[] {
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

/**
 * Where tab readings are saved, and how the popup waits for the next one ("Read this page")
 * without asking again and again: it is answered when the reading arrives, or after 5 s.
 */
function tabReadings(platform: Platform, waitMs = 5_000) {
  const waiting = new Map<number, Set<() => void>>();
  // The popup's answer for a tab, as computed when the tab was read, while nothing changed since.
  const answers = new Map<number, { at: number; changes: number; answer: ResponseMap['tab/state'] }>();
  return {
    async save(tabId: number, state: TabState, answer?: Omit<ResponseMap['tab/state'], 'state'>) {
      await platform.saveTabState(tabId, state);
      answers.delete(tabId);
      if (answer) this.remember(tabId, { ...answer, state });
      for (const wake of waiting.get(tabId) ?? []) wake();
    },
    remember(tabId: number, answer: ResponseMap['tab/state']) {
      if (answer.state && platform.changes) answers.set(tabId, { at: answer.state.at, changes: platform.changes(), answer });
    },
    remembered(tabId: number, state: TabState | null): ResponseMap['tab/state'] | undefined {
      const known = answers.get(tabId);
      return known && state && known.at === state.at && known.changes === platform.changes?.() ? known.answer : undefined;
    },
    async after(tabId: number, since: number): Promise<TabState | null> {
      const fresh = async () => {
        const state = await platform.loadTabState(tabId);
        return state && state.at >= since ? state : undefined;
      };
      const now = await fresh();
      if (now) return now;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.get(tabId)?.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        waiting.set(tabId, (waiting.get(tabId) ?? new Set()).add(wake));
      });
      return (await fresh()) ?? null;
    },
  };
}

/** Rankings, when the background keeps them (tests may leave them out): rows get no band. */
type Ranking = Pick<RankingService, 'rows' | 'changed' | 'fresh'>;
const NO_RANKING: Ranking = {
  rows: (_, rows) => rows.map(() => undefined),
  changed: () => undefined,
  fresh: async () => ({ ok: false, reason: 'no-records', message: 'Ranking is not available here.' }),
};

async function statusesOf(review: Review, articles: Article[], keys: (string | undefined)[], ranking: Ranking): Promise<RowStatus[]> {
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

function infoOf(review: Review): ReviewInfo {
  return { title: review.title, exclusionReasons: review.exclusionReasons, window: windowYears(review.window), mode: review.mode };
}

function badgeFor(platform: Platform, tabId: number, extraction: ValidPageExtraction | null, statuses: RowStatus[]) {
  if (!extraction) return platform.setBadge(tabId, '', 'count');
  if (extraction.kind === 'blocked') return platform.setBadge(tabId, '!', 'blocked');
  const undecided = statuses.filter((s) => s.todo ?? !s.decision).length;
  if (statuses.length > 0 && undecided === 0) return platform.setBadge(tabId, '✓', 'done');
  return platform.setBadge(tabId, undecided ? String(undecided) : '', 'count');
}

/** The background's request handlers. Storage goes through lib/db; the browser through `platform`. */
/** The handlers of team sync, when the background runs it (tests may leave it out). */
type TeamHandlers = Pick<Team, 'connect' | 'disconnect' | 'status' | 'kick'>;
const NO_TEAM: TeamHandlers = {
  connect: async () => {
    throw new Error('Team sync is not available here.');
  },
  disconnect: async () => undefined,
  status: () => ({ status: { state: 'off', waiting: 0, invalid: [] } }),
  kick: () => undefined,
};

export function createHandlers(platform: Platform, team: TeamHandlers = NO_TEAM, ranking: Ranking = NO_RANKING): Handlers {
  const readings = tabReadings(platform);
  return {
    async 'page/extracted'({ url, extraction: envelope }, sender) {
      if (sender.tabId === undefined) throw new Error('page/extracted must come from a tab');
      const tabId = sender.tabId;
      if (!envelope) {
        await readings.save(tabId, { url, extraction: null, rejected: 0, at: platform.now() });
        await badgeFor(platform, tabId, null, []);
        return { statuses: [] };
      }
      const { articles, positions, rejected } = validArticles(envelope.articles);
      if (rejected) console.warn(`Saring: ${rejected} unreadable article(s) on ${url} were left out`);
      const extraction: ValidPageExtraction = { ...envelope, articles };
      const state: TabState = { url, extraction, rejected, at: platform.now() };
      // A robot check is not an empty search: nothing is recorded for it.
      if (envelope.kind === 'blocked' || articles.length === 0) {
        await readings.save(tabId, state);
        await badgeFor(platform, tabId, envelope.kind === 'blocked' ? extraction : null, []);
        return { statuses: [] };
      }
      const review = await getActiveReview();
      let searchId: string | undefined;
      if (envelope.kind === 'results' && envelope.query !== undefined) {
        searchId = await logSearch(
          review.id,
          { database: envelope.site, query: envelope.query, url, filters: envelope.filters ?? {}, totalResults: envelope.totalResults, page: envelope.page ?? 1 },
          platform.now(),
        );
      }
      const keys = await recordSeen(review.id, articles, { database: envelope.site, url, searchId }, platform.now());
      team.kick(review.id);
      ranking.changed(review.id);
      const statuses = await statusesOf(review, articles, keys, ranking);
      await readings.save(tabId, state, { statuses, review });
      await badgeFor(platform, tabId, extraction, statuses);
      return { statuses: alignStatuses(envelope.articles.length, positions, statuses), review: infoOf(review) };
    },

    async 'tab/state'({ tabId, after }) {
      const state = after === undefined ? ((await platform.loadTabState(tabId)) ?? null) : await readings.after(tabId, after);
      const remembered = readings.remembered(tabId, state);
      if (remembered) return remembered;
      const review = await getActiveReview();
      const articles = state?.extraction?.articles ?? [];
      const keys = await findRecordKeys(review.id, articles);
      const answer = { state, statuses: await statusesOf(review, articles, keys, ranking), review };
      readings.remember(tabId, answer);
      return answer;
    },

    async decide(input, sender) {
      const parsed = ArticleSchema.safeParse(input.article);
      if (!parsed.success) throw new Error(`The article is not readable: ${parsed.error.issues[0]?.message}`);
      const article = parsed.data;
      const review = await getActiveReview();
      if (input.reason && input.decision === 'exclude' && !review.exclusionReasons.includes(input.reason)) {
        throw new Error(`"${input.reason}" is not an exclusion reason of this review`);
      }
      // Deciding is not seeing the article again: only an article new to the review is recorded.
      const [known] = await findRecordKeys(review.id, [article]);
      const key = known ?? (await recordSeen(review.id, [article], { database: article.source, url: article.url || undefined }))[0];
      await decide(
        review.id,
        key,
        { stage: input.stage ?? 'screening', answers: input.answers ?? {}, decision: input.decision, reason: input.reason, note: input.note },
        platform.now(),
      );
      await platform.notifyTabs();
      team.kick(review.id);
      ranking.changed(review.id);
      if (sender.tabId !== undefined) {
        const state = await platform.loadTabState(sender.tabId);
        if (state?.extraction) {
          const keys = await findRecordKeys(review.id, state.extraction.articles);
          await badgeFor(platform, sender.tabId, state.extraction, await statusesOf(review, state.extraction.articles, keys, ranking));
        }
      }
      const [status] = await statusesOf(review, [article], [key], ranking);
      return { status };
    },

    async 'status/get'({ articles: items }, sender) {
      const review = await getActiveReview();
      const { articles, positions } = validArticles(items);
      const keys = await findRecordKeys(review.id, articles);
      const statuses = await statusesOf(review, articles, keys, ranking);
      if (sender.tabId !== undefined) {
        const state = await platform.loadTabState(sender.tabId);
        await badgeFor(platform, sender.tabId, state?.extraction ?? null, statuses);
      }
      return { statuses: alignStatuses(items.length, positions, statuses), review: infoOf(review) };
    },

    async 'data/changed'({ reviewId }) {
      await platform.notifyTabs();
      team.kick(reviewId);
      ranking.changed(reviewId ?? (await getActiveReview()).id);
      return { ok: true as const };
    },

    async 'team/connect'(config) {
      return team.connect(config);
    },

    async 'team/disconnect'({ reviewId }) {
      await team.disconnect(reviewId);
      return { ok: true as const };
    },

    async 'team/status'({ reviewId }) {
      return team.status(reviewId);
    },

    async 'rank/get'({ reviewId }) {
      return ranking.fresh(reviewId);
    },
  };
}
