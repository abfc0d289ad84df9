import { CouchError, type CouchClient } from './couch';
import { pull, pushEvents, pushRecords, resume, waiting, type Invalid } from './replicate';

/** What the status line says. */
export interface SyncStatus {
  state: 'connecting' | 'synced' | 'waiting' | 'offline' | 'error' | 'off';
  /** Changes made here that wait to be sent. */
  waiting: number;
  /** Why it is offline or failing, in words for the reviewer. */
  message?: string;
  /** When the last full exchange with the server ended. */
  lastSync?: number;
  /** Documents from the server that were not valid, and were skipped. */
  invalid: Invalid[];
}

export interface EngineDeps {
  client: CouchClient;
  /** The replication's id: the review and the server database. */
  id: string;
  reviewId: string;
  onStatus(status: SyncStatus): void;
  /** Something arrived from the server (views reload). */
  onChange(): void;
  /** Called on every turn of the loop: MV3 keeps a service worker alive while it calls browser APIs. */
  keepAlive?(): Promise<unknown>;
  wait?(ms: number, signal: AbortSignal): Promise<void>;
  now?(): number;
  /** How long one long poll waits for changes. */
  pollMs?: number;
}

const KICK = Symbol('kick');
const STOP = Symbol('stop');
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Continuous replication while the browser is open: send what waits, receive what is new,
 * then wait for the server's next change (long poll) or a local change (`kick`), whichever
 * comes first. Failures are reported and retried with growing pauses (1 s up to 30 s), and
 * nothing is lost meanwhile: local changes wait in the database until the server takes them.
 */
export function createSyncEngine(deps: EngineDeps) {
  const wait = deps.wait ?? sleep;
  const now = deps.now ?? Date.now;
  let running = false;
  let stopped = false;
  let turn = new AbortController();
  let kicked = false;
  let status: SyncStatus = { state: 'connecting', waiting: 0, invalid: [] };
  const report = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    deps.onStatus(status);
  };

  async function exchange(state: Awaited<ReturnType<typeof resume>>): Promise<void> {
    let received = 0;
    for (let more = true; more && !stopped; ) more = (await pushEvents(deps.client, state)).more;
    for (let more = true; more && !stopped; ) {
      const r = await pushRecords(deps.client, state);
      if (r.invalid.length) report({ invalid: [...status.invalid, ...r.invalid].slice(-50) });
      more = r.more;
    }
    for (let more = true; more && !stopped; ) {
      const r = await pull(deps.client, state);
      received += r.events + r.records;
      if (r.invalid.length) report({ invalid: [...status.invalid, ...r.invalid].slice(-50) });
      more = r.more;
    }
    if (received) deps.onChange();
    const left = await waiting(state);
    report({ state: left ? 'waiting' : 'synced', waiting: left, message: undefined, lastSync: now() });
  }

  async function loop(): Promise<void> {
    let pause = 1_000;
    while (!stopped) {
      try {
        await deps.keepAlive?.();
        await deps.client.check();
        const state = await resume(deps.client, deps.id, deps.reviewId);
        await exchange(state);
        pause = 1_000;
        while (!stopped) {
          await deps.keepAlive?.();
          if (kicked) {
            kicked = false;
            await exchange(state);
            continue;
          }
          turn = new AbortController();
          try {
            const r = await pull(deps.client, state, { longpoll: true, signal: turn.signal, timeoutMs: deps.pollMs });
            // A quiet feed: make sure the server is still there (a hung one fails this check).
            if (r.idle) await deps.client.check();
            if (r.invalid.length) report({ invalid: [...status.invalid, ...r.invalid].slice(-50) });
            if (r.events + r.records) {
              deps.onChange();
              report({ lastSync: now() });
            }
            // A change made where nobody said so (another page of Saring): send it on the next turn.
            if (await waiting(state)) kicked = true;
          } catch (error) {
            if (error !== KICK) throw error;
          }
        }
      } catch (error) {
        if (stopped || error === STOP) break;
        const offline = error instanceof CouchError && (error.problem === 'unreachable' || error.problem === 'timeout');
        const message = error instanceof Error ? error.message : String(error);
        report({ state: offline ? 'offline' : 'error', message, waiting: status.waiting });
        turn = new AbortController();
        await wait(pause, turn.signal);
        pause = Math.min(pause * 2, 30_000);
      }
    }
    running = false;
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopped = false;
      report({ state: 'connecting' });
      void loop();
    },
    /** A change was made here: send it now. */
    kick() {
      kicked = true;
      if (status.state !== 'offline' && status.state !== 'error') report({ state: 'waiting', waiting: status.waiting + 1 });
      turn.abort(KICK);
    },
    stop() {
      stopped = true;
      turn.abort(STOP);
      report({ state: 'off', message: undefined });
    },
    status: () => status,
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
