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
