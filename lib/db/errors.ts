import type { z } from 'zod';

/** Data refused before anything was written. The message names each wrong field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    what: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

/** Parse with a schema or throw a ValidationError naming what is wrong. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    what,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** The browser refused a write for want of room (Dexie wraps IndexedDB's error as `inner`). */
export function isQuotaExceeded(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/** A storage failure (quota, a closed database) in words a reviewer can act on. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (isQuotaExceeded(error)) {
    return "The browser has no room left for Saring's data (storage quota exceeded). Free some disk space, then try again.";
  }
  if (error instanceof ValidationError) return error.message;
  // Errors that already speak to the reviewer (a team server's answer, a refused file).
  if (name === 'CouchError' || name === 'BackupError' || name === 'ShareError') return (error as Error).message;
  return `Saring could not save: ${(error as Error)?.message ?? String(error)}`;
}
