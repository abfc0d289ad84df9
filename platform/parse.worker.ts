/// <reference lib="webworker" />
// Reads an imported file and stores its records, off the page's thread, so a 50 MB export never
// freezes the dashboard. Thin wrapper: reading is lib/formats, storing is lib/db's importRecords
// (the one write path, which IndexedDB lets a worker of the extension's pages use too); the
// messages are typed and parsed in lib/messaging/parse-worker.ts. The records stay here between
// "read" and "store": the page only needs their number and origin.
import { parseBibliographyBytes, parseCsvWithMapping, decodeBytes, dialectLabel } from '../lib/formats';
import {
  failedRead,
  ParseRequestSchema,
  refusedRequest,
  storeFailed,
  storeFailedWith,
  type ParseReply,
  type ParseRequest,
  type StoreReply,
  type StoreRequest,
} from '../lib/messaging/parse-worker';
import { importMessage } from '../lib/formats/messages';
import { ArticleSchema, isChecked, markChecked, type Article } from '../lib/model';
import { guessDatabase, importRecords } from '../lib/db';
import { validate } from '../lib/db/errors';
import { fileIdentifiers, fileKeys, importFingerprint } from '../lib/review/import-overlap';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The records of the file read last, until they are stored. */
let read: Article[] = [];
/** Their fingerprint, logged with their search when they are stored. */
let fingerprint = '';

/**
 * Only valid articles are kept: the readers' own are marked valid already; any other is parsed
 * here, and marked, so that importRecords does not parse it a second time when storing.
 */
const valid = (records: Article[], fileName: string) => records.map((r, i) => (isChecked(r) ? r : markChecked(validate(ArticleSchema, r, `Record ${i + 1} of ${fileName}`))));

function readFile(request: Exclude<ParseRequest, StoreRequest>): ParseReply {
  const bytes = new Uint8Array(request.bytes);
  const result =
    request.kind === 'file'
      ? parseBibliographyBytes(bytes, request.fileName)
      : (() => {
          const decoded = decodeBytes(bytes, request.fileName);
          const csv = parseCsvWithMapping(decoded.text, request.mapping);
          return { ...csv, format: 'csv', encoding: decoded.encoding, warnings: [...decoded.warnings, ...csv.warnings], messages: [...decoded.messages, ...csv.messages] };
        })();
  read = valid(result.records, request.fileName);
  const database = guessDatabase(result.format, result.dialect, request.fileName, read);
  const keys = fileKeys(read);
  fingerprint = importFingerprint(keys);
  return {
    ok: true,
    format: result.format,
    // The export in words ("Scopus", not the profile's "scopus-2024"): the page only shows it.
    dialect: result.dialect && dialectLabel(result.dialect),
    encoding: result.encoding,
    count: read.length,
    database,
    keys,
    ids: fileIdentifiers(read),
    fingerprint,
    warnings: result.warnings,
    messages: result.messages,
  };
}

async function store(request: StoreRequest): Promise<StoreReply> {
  if (!read.length) return storeFailedWith(importMessage('nothingToStore'));
  const post = (reply: StoreReply) => scope.postMessage(reply);
  const file = { database: request.database, fileName: request.fileName, format: request.format, fingerprint, attachTo: request.attachTo };
  const summary = await importRecords(request.reviewId, file, read, (done, total) => post({ kind: 'progress', done, total }));
  read = []; // stored: a second "store" must not add them again
  return { kind: 'stored', summary };
}

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const request = ParseRequestSchema.safeParse(event.data);
  if (!request.success) {
    scope.postMessage(refusedRequest(event.data, request.error.issues));
    return;
  }
  if (request.data.kind === 'store') {
    scope.postMessage(await store(request.data).catch(storeFailed));
    return;
  }
  let reply: ParseReply;
  try {
    reply = readFile(request.data);
  } catch (error) {
    read = [];
    reply = failedRead(error, request.data.fileName);
  }
  scope.postMessage(reply);
};
