/// <reference lib="webworker" />
// Parses an imported file off the page's thread, so a 50 MB export never freezes the
// dashboard. Thin wrapper: the parsing itself is lib/formats (pure); the messages are typed and
// parsed by their schemas in lib/messaging/protocol.ts.
import { CsvMappingRequiredError, FormatError, parseBibliographyBytes, parseCsvWithMapping, decodeBytes } from '../lib/formats';
import { ParseRequestSchema, type ParseReply } from '../lib/messaging/protocol';
import { ArticleSchema, isChecked, type Article } from '../lib/model';
import { validate } from '../lib/db/errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Only valid articles leave the worker (the dashboard takes them as they are: parseWorkerReply).
 * The readers' articles are marked valid already; anything else is parsed here, off the page.
 */
const valid = (records: Article[], fileName: string) => records.map((r, i) => (isChecked(r) ? r : validate(ArticleSchema, r, `Record ${i + 1} of ${fileName}`)));

scope.onmessage = (event: MessageEvent<unknown>) => {
  let reply: ParseReply;
  try {
    const request = ParseRequestSchema.parse(event.data);
    const bytes = new Uint8Array(request.bytes);
    if (request.kind === 'file') {
      const result = parseBibliographyBytes(bytes, request.fileName);
      reply = { ok: true, format: result.format, dialect: result.dialect, encoding: result.encoding, records: valid(result.records, request.fileName), warnings: result.warnings };
    } else {
      const decoded = decodeBytes(bytes);
      const result = parseCsvWithMapping(decoded.text, request.mapping);
      reply = {
        ok: true,
        format: 'csv',
        dialect: result.dialect,
        encoding: decoded.encoding,
        records: valid(result.records, request.fileName),
        warnings: [...decoded.warnings, ...result.warnings],
      };
    }
  } catch (error) {
    if (error instanceof CsvMappingRequiredError) {
      reply = { ok: false, message: error.message, code: error.code, line: error.line, headers: error.headers, suggestion: error.suggestion };
    } else if (error instanceof FormatError) {
      reply = { ok: false, message: error.message, code: error.code, line: error.line };
    } else {
      reply = { ok: false, message: String((error as Error)?.message ?? error), code: 'unreadable' };
    }
  }
  scope.postMessage(reply);
};
