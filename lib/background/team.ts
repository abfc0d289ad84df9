import { getActiveReview, setActiveReview } from '../db';
import { couchClient, CouchError, type Fetch } from '../sync/couch';
import { createSyncEngine, type SyncEngine, type SyncStatus } from '../sync/engine';
import { EVENT_PREFIX } from '../sync/docs';
import { databaseUrl, serverAddressProblem, ServerConfigSchema, type ServerConfig } from '../sync/server';

/** What team sync needs from the browser (extension storage, fetch, notifications). */
export interface TeamPlatform {
  /** Team server settings per review, kept in extension storage (credentials included). */
  loadConfigs(): Promise<Record<string, ServerConfig>>;
  saveConfig(reviewId: string, config: ServerConfig | null): Promise<void>;
  fetch: Fetch;
  /** Data arrived from the server: views and in-page bars show it. */
  dataChanged(reviewId: string): void;
  statusChanged(reviewId: string, status: SyncStatus): void;
  keepAlive?(): Promise<unknown>;
}

/** The server settings a page may see: everything but the password. */
export type PublicConfig = Omit<ServerConfig, 'password'>;

const OFF: SyncStatus = { state: 'off', waiting: 0, invalid: [] };

interface TeamState {
  platform: TeamPlatform;
  /** Told of each arrival for the review (the ranking warms up on it). */
  onArrived?: (reviewId: string) => void;
  engines: Map<string, SyncEngine>;
  configs: Map<string, ServerConfig>;
  /** A review joined from the server becomes the active one as soon as it has arrived. */
  toActivate: Set<string>;
}

function startEngine(team: TeamState, reviewId: string, config: ServerConfig) {
  const { platform, engines } = team;
  engines.get(reviewId)?.stop();
  team.configs.set(reviewId, config);
  const engine = createSyncEngine({
    client: couchClient(config, platform.fetch),
    id: `${reviewId}|${databaseUrl(config)}`,
    reviewId,
    onStatus: (status) => platform.statusChanged(reviewId, status),
    onChange: () => void arrived(team, reviewId),
    keepAlive: platform.keepAlive,
  });
  engines.set(reviewId, engine);
  engine.start();
}

async function arrived(team: TeamState, reviewId: string) {
  if (team.toActivate.has(reviewId)) {
    try {
      await setActiveReview(reviewId);
      team.toActivate.delete(reviewId);
    } catch {
      // its protocol has not arrived yet
    }
  }
  team.platform.dataChanged(reviewId);
  team.onArrived?.(reviewId);
}

/** The review a database holds, if any event is in it. */
async function reviewOf(config: ServerConfig, fetch: Fetch): Promise<string | undefined> {
  const res = await couchClient(config, fetch).changes(0, { limit: 50 });
  for (const change of res.results) {
    if (!change.id.startsWith(EVENT_PREFIX)) continue;
    const reviewId = (change.doc?.event as { reviewId?: unknown } | undefined)?.reviewId;
    if (typeof reviewId === 'string' && reviewId) return reviewId;
  }
  return undefined;
}

/** Server settings as entered, checked: a CouchError says what is wrong with them. */
function checkedConfig(input: unknown): ServerConfig {
  const parsed = ServerConfigSchema.safeParse(input);
  if (!parsed.success) throw new CouchError('server', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const problem = serverAddressProblem(parsed.data.url);
  if (problem) throw new CouchError('insecure', problem);
  return parsed.data;
}

/**
 * Team sync in the background: one replication per connected review, started when the
 * browser starts and kept running while it is open. Connecting checks the server first and
 * says what is wrong; the database decides which review it holds (a team member joining an
 * existing review gets that review; an empty database takes the active review).
 */
export function createTeam(platform: TeamPlatform, onArrived?: (reviewId: string) => void) {
  const team: TeamState = { platform, onArrived, engines: new Map(), configs: new Map(), toActivate: new Set() };
  const { engines, configs } = team;
  return {
    /** Start every replication configured earlier (the browser started, or the worker woke). */
    async startAll(): Promise<void> {
      const saved = await platform.loadConfigs();
      for (const [reviewId, config] of Object.entries(saved)) if (!engines.has(reviewId)) startEngine(team, reviewId, config);
    },
    /**
     * Connect a review to a team database: check the address, the server and the login, then
     * replicate. Throws a CouchError (or a validation message) saying what is wrong.
     */
    async connect(input: unknown): Promise<{ reviewId: string; joined: boolean }> {
      const config = checkedConfig(input);
      await couchClient(config, platform.fetch).check();
      const held = await reviewOf(config, platform.fetch);
      const active = await getActiveReview();
      const reviewId = held ?? active.id;
      await platform.saveConfig(reviewId, config);
      const joined = !!held && held !== active.id;
      if (joined) team.toActivate.add(reviewId);
      startEngine(team, reviewId, config);
      return { reviewId, joined };
    },
    async disconnect(reviewId: string): Promise<void> {
      engines.get(reviewId)?.stop();
      engines.delete(reviewId);
      configs.delete(reviewId);
      await platform.saveConfig(reviewId, null);
      platform.statusChanged(reviewId, OFF);
    },
    status(reviewId: string): { status: SyncStatus; config?: PublicConfig } {
      const config = configs.get(reviewId);
      return { status: engines.get(reviewId)?.status() ?? OFF, ...(config ? { config: { url: config.url, database: config.database, username: config.username } } : {}) };
    },
    /** Something changed here: send it now. */
    kick(reviewId?: string): void {
      if (reviewId) engines.get(reviewId)?.kick();
      else for (const engine of engines.values()) engine.kick();
    },
  };
}
export type Team = ReturnType<typeof createTeam>;
