import { z } from 'zod';
import { databaseUrl, serverAddressProblem, type ServerConfig } from './server';

/** What went wrong talking to the server, as a reviewer can act on it. */
export type CouchProblem = 'insecure' | 'unreachable' | 'timeout' | 'unauthorized' | 'forbidden' | 'missing' | 'not-couchdb' | 'server';

export class CouchError extends Error {
  override name = 'CouchError';
  constructor(
    readonly problem: CouchProblem,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * A `_changes` answer, checked before it is used: without `last_seq` the next request would
 * ask for changes since "undefined" and fail on every retry, and an answer without `results`
 * (a proxy's `{}`) would throw deep in the pull. Each document is checked on its own later
 * (lib/sync/docs.ts readDoc); `seq` of a row is not used, so any is accepted.
 */
const ChangesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq: z.unknown(),
      deleted: z.boolean().optional(),
      doc: z
        .record(z.string(), z.unknown())
        .nullish()
        .transform((doc) => doc ?? undefined),
    }),
  ),
  last_seq: z.union([z.string().min(1), z.number()]),
  pending: z.number().optional(),
});
export type ChangesResult = z.infer<typeof ChangesSchema>;

/** The checked `_changes` answer, or an error that says what is wrong with it. */
function changesAnswer(body: unknown, where: string): ChangesResult {
  const parsed = ChangesSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.map(String).join('.') || '(the answer)';
  throw new CouchError('not-couchdb', `The list of changes from ${where} is not what CouchDB sends (${path}: ${issue.message}); nothing of it was stored.`);
}

/** A refusal by status code, in words a reviewer can act on. */
function statusError(status: number, reason: string, config: ServerConfig, root: string): CouchError {
  if (status === 401) return new CouchError('unauthorized', `The server refused the name or password (${reason}).`, 401);
  if (status === 403)
    return new CouchError('forbidden', `This user may not use the database ${config.database} (${reason}). Ask the team's administrator to add them to its members.`, 403);
  if (status === 404) return new CouchError('missing', `The database "${config.database}" does not exist on ${root}. Ask the team's administrator to create it.`, 404);
  return new CouchError('server', `The server answered ${status}: ${reason}.`, status);
}

type CallInit = RequestInit & { timeoutMs?: number };

/** One JSON request to the server, with a timeout, the caller's abort, and errors that say what is wrong. */
function caller(config: ServerConfig, fetchFn: Fetch, headers: Record<string, string>, defaultTimeoutMs: number) {
  const root = config.url.replace(/\/+$/, '');
  const failure = (error: unknown, outer: AbortSignal | null | undefined, controller: AbortController, fallback: () => CouchError) => {
    if (outer?.aborted) return outer.reason ?? error;
    if (controller.signal.reason instanceof CouchError) return controller.signal.reason;
    return fallback();
  };
  return async function call<T>(url: string, init: CallInit = {}): Promise<T> {
    const problem = serverAddressProblem(config.url);
    if (problem) throw new CouchError('insecure', problem);
    const controller = new AbortController();
    const outer = init.signal;
    const onAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => controller.abort(new CouchError('timeout', `The server at ${root} did not answer in time.`)), init.timeoutMs ?? defaultTimeoutMs);
    let response: Response;
    let body: unknown;
    try {
      response = await fetchFn(url, { ...init, headers, signal: controller.signal, credentials: 'omit', cache: 'no-store' }).catch((error) => {
        throw failure(error, outer, controller, () => new CouchError('unreachable', `The server at ${root} cannot be reached (offline, a wrong address, or the server is down).`));
      });
      // A long poll's headers can come at once and its body only with the next change: the
      // abort and the timeout cover reading the body too.
      body = await response.json().catch((error) => {
        throw failure(error, outer, controller, () => new CouchError('not-couchdb', `${root} does not answer like a CouchDB server (its answer is not JSON).`, response.status));
      });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
    if (response.ok) return body as T;
    throw statusError(response.status, (body as { reason?: string } | null)?.reason ?? response.statusText, config, root);
  };
}

type Call = ReturnType<typeof caller>;

/** Is this a CouchDB-compatible server, and is the database there? */
async function checkServer(call: Call, root: string, base: string): Promise<{ updateSeq: string | number }> {
  const welcome = await call<Record<string, unknown>>(`${root}/`).catch((error: unknown) => {
    // A server answering 401 on its root still said it is a server: check the database next.
    if (error instanceof CouchError && error.problem === 'unauthorized') return { couchdb: 'Welcome' };
    throw error;
  });
  if (!('couchdb' in welcome) && !('express-pouchdb' in welcome)) {
    throw new CouchError('not-couchdb', `${root} answers, but not like a CouchDB server.`);
  }
  const info = await call<{ db_name?: string; update_seq?: string | number }>(`${base}`);
  if (typeof info.db_name !== 'string') throw new CouchError('not-couchdb', `${base} is not a CouchDB database.`);
  return { updateSeq: info.update_seq ?? 0 };
}

/**
 * A small client of the documented CouchDB HTTP API (the replication protocol's endpoints:
 * `_changes`, `_revs_diff`, `_bulk_docs`, `_all_docs`, `_local` checkpoints). It talks to
 * CouchDB, Cloudant or PouchDB Server alike; `fetch` is given, so tests run it in Node.
 */
export function couchClient(config: ServerConfig, fetchFn: Fetch, options: { timeoutMs?: number } = {}) {
  const base = databaseUrl(config);
  const root = config.url.replace(/\/+$/, '');
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (config.username) headers.Authorization = `Basic ${btoa(unescape(encodeURIComponent(`${config.username}:${config.password}`)))}`;
  const call = caller(config, fetchFn, headers, options.timeoutMs ?? 30_000);
  const post = <T>(path: string, body: unknown, signal?: AbortSignal) => call<T>(`${base}/${path}`, { method: 'POST', body: JSON.stringify(body), signal });
  const local = (id: string) => `${base}/_local/${encodeURIComponent(id)}`;

  return {
    where: base,
    check: () => checkServer(call, root, base),
    changes(since: string | number, opts: { limit?: number; longpoll?: boolean; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<ChangesResult> {
      const params = new URLSearchParams({ since: String(since), include_docs: 'true', style: 'main_only' });
      if (opts.limit) params.set('limit', String(opts.limit));
      if (opts.longpoll) {
        params.set('feed', 'longpoll');
        params.set('timeout', String(opts.timeoutMs ?? 25_000));
      }
      // The server should end a long poll after `timeout`; not all do, so the client stops
      // waiting a little after that (and the caller takes that as "no changes").
      const answer = call<unknown>(`${base}/_changes?${params}`, { signal: opts.signal, timeoutMs: opts.longpoll ? (opts.timeoutMs ?? 25_000) + 2_000 : undefined });
      return answer.then((body) => changesAnswer(body, base));
    },
    revsDiff: (revs: Record<string, string[]>) => post<Record<string, { missing?: string[] }>>('_revs_diff', revs),
    bulkDocs: (docs: object[], newEdits = true) => post<{ id: string; rev?: string; error?: string; reason?: string }[]>('_bulk_docs', { docs, new_edits: newEdits }),
    async allDocs(keys: string[]): Promise<Record<string, unknown>[]> {
      const res = await post<{ rows: { doc?: Record<string, unknown> | null }[] }>('_all_docs?include_docs=true', { keys });
      return res.rows.flatMap((r) => (r.doc ? [r.doc] : []));
    },
    async getLocal<T>(id: string): Promise<(T & { _rev: string }) | undefined> {
      try {
        return await call<T & { _rev: string }>(local(id));
      } catch (error) {
        if (error instanceof CouchError && error.problem === 'missing') return undefined;
        throw error;
      }
    },
    putLocal: (id: string, doc: object) => call<{ rev: string }>(local(id), { method: 'PUT', body: JSON.stringify(doc) }),
  };
}
export type CouchClient = ReturnType<typeof couchClient>;
