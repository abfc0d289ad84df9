import { z } from 'zod';

/**
 * Where a team's CouchDB is and how to log in. The password lives in extension storage only
 * (never in the database, backups, exports or logs).
 */
export const ServerConfigSchema = z.object({
  url: z.string().trim().min(1, 'enter the server address').max(2_000),
  database: z
    .string()
    .trim()
    .min(1, 'enter the database name')
    .max(238)
    .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a CouchDB database name starts with a lower-case letter and holds only a–z, 0–9 and _ $ ( ) + - /'),
  username: z.string().trim().max(200).default(''),
  password: z.string().max(1_000).default(''),
});
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a server address is refused, in words for the reviewer; undefined when it is fine. */
export function serverAddressProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url.slice(0, 100)}" is not a web address (it should look like https://couch.example.org).`;
  }
  if (parsed.username || parsed.password) return 'Put the name and password in their own fields, not in the address.';
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return undefined;
  return 'Saring connects to a team server only over HTTPS (plain HTTP only to this computer: localhost or 127.0.0.1).';
}

/** The server's origin (scheme, host, port): what the browser is asked permission for. */
export function serverOrigin(url: string): string {
  return new URL(url).origin;
}

/** The match pattern of the one origin Saring asks permission for (ports are not part of patterns). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The database's address, without credentials: safe to show and to log. */
export function databaseUrl(config: Pick<ServerConfig, 'url' | 'database'>): string {
  return `${config.url.replace(/\/+$/, '')}/${encodeURIComponent(config.database)}`;
}
