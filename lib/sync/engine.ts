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

/** One replication's state, shared by the steps below. */
interface Engine {
  deps: EngineDeps;
  now: () => number;
  running: boolean;
  stopped: boolean;
  turn: AbortController;
  kicked: boolean;
  status: SyncStatus;
}
type Replica = Awaited<ReturnType<typeof resume>>;

function report(e: Engine, patch: Partial<SyncStatus>) {
  e.status = { ...e.status, ...patch };
  e.deps.onStatus(e.status);
}

const noteInvalid = (e: Engine, invalid: Invalid[]) => invalid.length && report(e, { invalid: [...e.status.invalid, ...invalid].slice(-50) });

/** Send everything that waits, then receive everything new. */
async function exchange(e: Engine, replica: Replica): Promise<void> {
  const { client } = e.deps;
  let received = 0;
  const stopped = () => e.stopped;
  for (let more = true; more && !e.stopped; ) more = (await pushEvents(client, replica, { stopped })).more;
  for (let more = true; more && !e.stopped; ) {
    const r = await pushRecords(client, replica, { stopped });
    noteInvalid(e, r.invalid);
    more = r.more;
  }
  for (let more = true; more && !e.stopped; ) {
    const r = await pull(client, replica);
    received += r.events + r.records;
    noteInvalid(e, r.invalid);
    more = r.more;
  }
  if (received) e.deps.onChange();
  const left = await waiting(replica);
  report(e, { state: left ? 'waiting' : 'synced', waiting: left, message: undefined, lastSync: e.now() });
}

/** Wait for the server's next change (long poll) or a local one (`kick`), and take it in. */
async function listen(e: Engine, replica: Replica): Promise<void> {
  const { deps } = e;
  while (!e.stopped) {
    await deps.keepAlive?.();
    if (e.kicked) {
      e.kicked = false;
      await exchange(e, replica);
      continue;
    }
    e.turn = new AbortController();
    try {
      const r = await pull(deps.client, replica, { longpoll: true, signal: e.turn.signal, timeoutMs: deps.pollMs });
      // A quiet feed: make sure the server is still there (a hung one fails this check).
      if (r.idle) await deps.client.check();
      noteInvalid(e, r.invalid);
      if (r.events + r.records) {
        deps.onChange();
        report(e, { lastSync: e.now() });
      }
      // A change made where nobody said so (another page of Saring): send it on the next turn.
      if (await waiting(replica)) e.kicked = true;
    } catch (error) {
      if (error !== KICK) throw error;
    }
  }
}

/** Connect, exchange, listen; on failure report it and try again after a growing pause. */
async function loop(e: Engine): Promise<void> {
  const wait = e.deps.wait ?? sleep;
  let pause = 1_000;
  while (!e.stopped) {
    try {
      await e.deps.keepAlive?.();
      await e.deps.client.check();
      const replica = await resume(e.deps.client, e.deps.id, e.deps.reviewId);
      await exchange(e, replica);
      pause = 1_000;
      await listen(e, replica);
    } catch (error) {
      if (e.stopped || error === STOP) break;
      const offline = error instanceof CouchError && (error.problem === 'unreachable' || error.problem === 'timeout');
      const message = error instanceof Error ? error.message : String(error);
      report(e, { state: offline ? 'offline' : 'error', message, waiting: e.status.waiting });
      e.turn = new AbortController();
      await wait(pause, e.turn.signal);
      pause = Math.min(pause * 2, 30_000);
    }
  }
  e.running = false;
}

/**
 * Continuous replication while the browser is open: send what waits, receive what is new,
 * then wait for the server's next change (long poll) or a local change (`kick`), whichever
 * comes first. Failures are reported and retried with growing pauses (1 s up to 30 s), and
 * nothing is lost meanwhile: local changes wait in the database until the server takes them.
 */
export function createSyncEngine(deps: EngineDeps) {
  const e: Engine = {
    deps,
    now: deps.now ?? Date.now,
    running: false,
    stopped: false,
    turn: new AbortController(),
    kicked: false,
    status: { state: 'connecting', waiting: 0, invalid: [] },
  };
  return {
    start() {
      if (e.running) return;
      e.running = true;
      e.stopped = false;
      report(e, { state: 'connecting' });
      void loop(e);
    },
    /** A change was made here: send it now. */
    kick() {
      e.kicked = true;
      if (e.status.state !== 'offline' && e.status.state !== 'error') report(e, { state: 'waiting', waiting: e.status.waiting + 1 });
      e.turn.abort(KICK);
    },
    stop() {
      e.stopped = true;
      e.turn.abort(STOP);
      report(e, { state: 'off', message: undefined });
    },
    status: () => e.status,
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
