// A real CouchDB-protocol server for tests and benchmarks: PouchDB Server (npm, a dev
// dependency) on 127.0.0.1 only, with its data in a fresh folder — so it survives a stop and
// start, as a real server's does. Never listens on any other address.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../node_modules/.bin/pouchdb-server');

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function ready(url, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PouchDB Server did not start at ${url}`);
}

/** Start a server with an admin `admin`/`admin` (the "admin party" of a fresh server closed at once). */
export async function startCouch() {
  const dir = mkdtempSync(join(tmpdir(), 'saring-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child;
  const start = async () => {
    child = spawn(BIN, ['--dir', dir, '--config', join(dir, 'config.json'), '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
    await ready(url, Date.now() + 20_000);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
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

/** A database for one review, with its reviewers as users and as its members. */
export async function teamDatabase(couch, name, members) {
  await couch.admin(`/${name}`, { method: 'PUT' });
  for (const [user, password] of members) {
    await couch.admin(`/_users/org.couchdb.user:${user}`, { method: 'PUT', body: JSON.stringify({ name: user, password, roles: [], type: 'user' }) });
  }
  await couch.admin(`/${name}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: members.map(([u]) => u), roles: [] } }) });
}
