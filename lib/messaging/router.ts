import { z } from 'zod';
import { isQuotaExceeded, ValidationError } from '../db/errors';
import { t } from '../i18n';
import { RequestSchemas, type Envelope, type ParsedRequest, type RequestType, type ResponseMap, type SenderInfo } from './protocol';

export type Handlers = {
  [K in RequestType]: (payload: ParsedRequest<K>, sender: SenderInfo) => Promise<ResponseMap[K]>;
};

/** Requests that only the extension's own pages may make. */
const EXTENSION_PAGES_ONLY = new Set<RequestType>(['tab/state', 'data/changed', 'team/connect', 'team/disconnect', 'team/status', 'rank/get']);

/**
 * A handler's failure in words a reviewer can act on, in their language (the background follows
 * the language setting): shown by the popup ("Not saved: …"), the dashboard and the page's controls.
 */
function failureText(error: unknown): string {
  if (isQuotaExceeded(error)) return t('storageFull');
  const name = (error as { name?: string } | null)?.name ?? '';
  // Errors that already speak to the reviewer: a refused value named, a team server's answer, a refused file.
  if (error instanceof ValidationError || name === 'CouchError' || name === 'BackupError' || name === 'ShareError') return (error as Error).message;
  return t('saveFailed', (error as Error)?.message ?? String(error));
}

const MessageSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

/**
 * The background's single entry point: parse the message, check who may send it, run the
 * handler, and answer with an envelope. Malformed messages are refused and logged; nothing
 * is written for them.
 */
export function createRouter(handlers: Handlers, log: (message: string) => void = console.warn) {
  return async (message: unknown, sender: SenderInfo): Promise<Envelope<unknown>> => {
    const outer = MessageSchema.safeParse(message);
    if (!outer.success || !Object.hasOwn(RequestSchemas, outer.data.type)) {
      // Only the type is logged: a payload can hold a team server's password.
      const type = (message as { type?: unknown } | null)?.type;
      const error = `Unknown message refused (type ${JSON.stringify(type ?? null)?.slice(0, 100)})`;
      log(error);
      return { ok: false, error };
    }
    const type = outer.data.type as RequestType;
    if (EXTENSION_PAGES_ONLY.has(type) && !sender.fromExtensionPage) {
      const error = `"${type}" is only accepted from Saring's own pages`;
      log(error);
      return { ok: false, error };
    }
    const payload = RequestSchemas[type].safeParse(outer.data.payload);
    if (!payload.success) {
      const error = `Malformed "${type}" message refused: ${payload.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ')}`;
      log(error);
      return { ok: false, error };
    }
    try {
      const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data, sender) };
    } catch (error) {
      log(`"${type}" failed: ${String((error as Error)?.stack ?? error)}`);
      return { ok: false, error: failureText(error) };
    }
  };
}
