// The background's request handlers: one function per message, given what they share.
import { ArticleSchema, type Article, type Review, type ValidPageExtraction } from '../model';
import { db, decide, EVENT_TABLES, findRecordKeys, getActiveReview, getRecord, groupMembersOf, logSearch, recordSeen, recordTables } from '../db';
import { keysWorthNaming } from '../messaging/broadcast';
import type { Handlers } from '../messaging/router';
import type { ParsedRequest, TabState } from '../messaging/protocol';
import type { Platform } from './platform';
import { pageMessages } from '../i18n/page-messages';
import type { Team } from './team';
import { alignStatuses, badgeFor, infoOf, NO_RANKING, refreshBadge, statusesOf, validArticles, type Ranking } from './statuses';
import { tabReadings } from './tab-readings';

export { rowStatus, validArticles } from './statuses';

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

interface Context {
  platform: Platform;
  team: TeamHandlers;
  ranking: Ranking;
  readings: ReturnType<typeof tabReadings>;
}

type Handler<K extends keyof Handlers> = (c: Context, ...args: Parameters<Handlers[K]>) => ReturnType<Handlers[K]>;
type Extraction = NonNullable<ParsedRequest<'page/extracted'>['extraction']>;

/**
 * Tell the tabs which records changed, with every record merged with them (a group shows one
 * decision), or that any may have (`keys` absent, or more than a page shows).
 */
async function notifyRecords(platform: Platform, reviewId: string, keys?: string[]): Promise<void> {
  await platform.notifyTabs(keys && keysWorthNaming(await groupMembersOf(reviewId, keys)));
}

/** Log the search a result page shows (its query, filters, page): the search log and PRISMA read it. */
async function logPageSearch(platform: Platform, review: Review, envelope: Extraction, url: string): Promise<string | undefined> {
  if (envelope.kind !== 'results' || envelope.query === undefined) return undefined;
  const search = { database: envelope.site, query: envelope.query, url, filters: envelope.filters ?? {}, totalResults: envelope.totalResults, page: envelope.page ?? 1 };
  return logSearch(review.id, search, platform.now());
}

/** Log a result page without readable rows: the search is logged, no record is. */
async function logEmptySearch(platform: Platform, team: TeamHandlers, envelope: Extraction, url: string): Promise<void> {
  const review = await getActiveReview();
  await logPageSearch(platform, review, envelope, url);
  team.kick(review.id);
}

/**
 * Log a result page's search and store its records in ONE transaction: a search logged without
 * its records (the record write failed: a full disk, a closed database) would be counted in the
 * log and PRISMA for records the review does not hold, and not logged again when read again.
 */
async function storePage(platform: Platform, review: Review, envelope: Extraction, url: string, articles: Article[]): Promise<string[]> {
  const d = db();
  return d.transaction('rw', [...recordTables(d), ...EVENT_TABLES.map((t) => d.table(t))], async () => {
    const searchId = await logPageSearch(platform, review, envelope, url);
    return recordSeen(review.id, articles, { database: envelope.site, url, searchId }, platform.now());
  });
}

/** A content script read its page: store what it shows, log its search, and answer each row's status. */
const pageExtracted: Handler<'page/extracted'> = async ({ platform, team, ranking, readings }, { url, extraction: envelope }, sender) => {
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
  // A robot check is not an empty search: nothing is recorded for it. A search that found nothing
  // is (Garuda, PubMed "No results were found", Scholar "did not match any articles": 0 results):
  // PRISMA-S reports every search run, and the log shows it with its 0.
  if (envelope.kind === 'blocked' || articles.length === 0) {
    if (envelope.kind === 'results' && envelope.query !== undefined) await logEmptySearch(platform, team, envelope, url);
    await readings.save(tabId, state);
    await badgeFor(platform, tabId, envelope.kind === 'blocked' ? extraction : null, []);
    return { statuses: [] };
  }
  const review = await getActiveReview();
  const keys = await storePage(platform, review, envelope, url, articles);
  team.kick(review.id);
  ranking.changed(review.id);
  const statuses = await statusesOf(review, articles, keys, ranking);
  await readings.save(tabId, state, { statuses, review });
  await badgeFor(platform, tabId, extraction, statuses);
  return { statuses: alignStatuses(envelope.articles.length, positions, statuses), review: infoOf(review) };
};

/** What is on a tab, for the popup: remembered from the reading while nothing changed. */
const tabState: Handler<'tab/state'> = async ({ platform, ranking, readings }, { tabId, after }) => {
  const state = after === undefined ? ((await platform.loadTabState(tabId)) ?? null) : await readings.after(tabId, after);
  const remembered = readings.remembered(tabId, state);
  if (remembered) return remembered;
  const review = await getActiveReview();
  const articles = state?.extraction?.articles ?? [];
  const keys = await findRecordKeys(review.id, articles);
  const answer = { state, statuses: await statusesOf(review, articles, keys, ranking), review };
  readings.remember(tabId, answer);
  return answer;
};

/**
 * The record a decision is about: by key when the background already knows it (it must be a
 * record of the active review), else the article sent, recorded when new to the review.
 */
async function decisionTarget(review: Review, input: ParsedRequest<'decide'>): Promise<{ key: string; article: Pick<Article, 'year' | 'title' | 'abstract' | 'keywords'> }> {
  if (input.key !== undefined) {
    const record = await getRecord(review.id, input.key);
    if (!record) throw new Error('That record is not in the active review (was it deleted?)');
    return { key: record.key, article: record.article };
  }
  const parsed = ArticleSchema.safeParse(input.article);
  if (!parsed.success) throw new Error(`The article is not readable: ${parsed.error.issues[0]?.message}`);
  const article = parsed.data;
  // Deciding is not seeing the article again: only an article new to the review is recorded.
  const [known] = await findRecordKeys(review.id, [article]);
  const key = known ?? (await recordSeen(review.id, [article], { database: article.source, url: article.url || undefined }))[0];
  return { key, article };
}

/** A decision on one record: stored, the tabs told which record changed, the deciding tab's badge counted again. */
const decideOne: Handler<'decide'> = async ({ platform, team, ranking }, input, sender) => {
  const review = await getActiveReview();
  if (input.reason && input.decision === 'exclude' && !review.exclusionReasons.includes(input.reason)) {
    throw new Error(`"${input.reason}" is not an exclusion reason of this review`);
  }
  const { key, article } = await decisionTarget(review, input);
  const change = { stage: input.stage ?? 'screening', answers: input.answers ?? {}, decision: input.decision, reason: input.reason, note: input.note } as const;
  await decide(review.id, key, change, platform.now());
  await notifyRecords(platform, review.id, [key]);
  team.kick(review.id);
  ranking.changed(review.id);
  if (sender.tabId !== undefined) await refreshBadge(platform, sender.tabId, review);
  const [status] = await statusesOf(review, [article], [key], ranking);
  return { status };
};

/** Current statuses of records a page showed, by key; a key the review no longer holds answers as undecided. */
const statusGet: Handler<'status/get'> = async ({ platform, ranking }, { keys }, sender) => {
  const review = await getActiveReview();
  const records = await Promise.all(keys.map((key) => getRecord(review.id, key)));
  const statuses = await statusesOf(
    review,
    records.map((r) => r?.article ?? {}),
    records.map((r) => r?.key),
    ranking,
  );
  if (sender.tabId !== undefined) await refreshBadge(platform, sender.tabId, review);
  return { statuses: statuses.map((s, i) => ({ ...s, key: keys[i] })), review: infoOf(review) };
};

/** The background's request handlers. Storage goes through lib/db; the browser through `platform`. */
/**
 * The background's answers to every message. `controlsStyle` is the in-page controls' stylesheet,
 * which content scripts get with their messages instead of carrying it (entrypoints/background.ts).
 */
export function createHandlers(platform: Platform, team: TeamHandlers = NO_TEAM, ranking: Ranking = NO_RANKING, controlsStyle = ''): Handlers {
  const c: Context = { platform, team, ranking, readings: tabReadings(platform) };
  return {
    'page/extracted': (input, sender) => pageExtracted(c, input, sender),
    'tab/state': (input, sender) => tabState(c, input, sender),
    decide: (input, sender) => decideOne(c, input, sender),
    'status/get': (input, sender) => statusGet(c, input, sender),
    'page/controls': async ({ language }) => ({ messages: pageMessages(language), css: controlsStyle }),
    async 'data/changed'({ reviewId, keys }) {
      const id = reviewId ?? (await getActiveReview()).id;
      await notifyRecords(platform, id, keys);
      team.kick(reviewId);
      ranking.changed(id);
      return { ok: true as const };
    },
    'team/connect': (config) => team.connect(config),
    async 'team/disconnect'({ reviewId }) {
      await team.disconnect(reviewId);
      return { ok: true as const };
    },
    'team/status': async ({ reviewId }) => team.status(reviewId),
    'rank/get': ({ reviewId }) => ranking.fresh(reviewId),
  };
}
