import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../node_modules/.bin/pouchdb-server');

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

async function ready(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PouchDB Server did not start at ${url}`);
}

export interface TestCouch {
  url: string;
  /** Stop the server (its data stays on disk). */
  stop(): Promise<void>;
  /** Start it again on the same port, with the same data. */
  start(): Promise<void>;
  /** Stop it for good and remove its files. */
  dispose(): Promise<void>;
  /** Admin requests: create databases and users. */
  admin(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * A real CouchDB-protocol server for the tests: PouchDB Server from npm, on 127.0.0.1 only,
 * with its data in a fresh folder (so it survives a stop and start, as a real server's does).
 * An admin `admin`/`admin` exists; the party mode of a fresh server is closed at once.
 */
export async function startCouch(): Promise<TestCouch> {
  const dir = mkdtempSync(join(tmpdir(), 'saring-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(BIN, ['--dir', dir, '--config', join(dir, 'config.json'), '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
    await ready(url, Date.now() + 20_000);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  const auth = { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
  await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('admin') });
  return {
    url,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    admin: (path, init = {}) => fetch(`${url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...auth, ...(init.headers ?? {}) } }),
  };
}

/** A database for one review, with two reviewers as its members. */
export async function teamDatabase(couch: TestCouch, name: string, members: [string, string][]): Promise<void> {
  await couch.admin(`/${name}`, { method: 'PUT' });
  for (const [user, password] of members) {
    await couch.admin(`/_users/org.couchdb.user:${user}`, { method: 'PUT', body: JSON.stringify({ name: user, password, roles: [], type: 'user' }) });
  }
  await couch.admin(`/${name}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: members.map(([u]) => u), roles: [] } }) });
}
