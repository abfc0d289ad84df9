// The dashboard's side of the import worker (platform/parse.worker.ts): one worker per file,
// alive from reading it until its records are stored or the reviewer drops the file.
import ParseWorker from './parse.worker?worker';
import type { ImportSummary } from '../lib/db';
import { parseWorkerReply, readerStopped, storeStopped, storeWorkerReply, StoreFailure, type ParseRequest, type StoreReply } from '../lib/messaging/parse-worker';
import { importMessage } from '../lib/formats/messages';
import type { Mapping } from '../lib/formats/csv-profiles';
import type { ReadFile, StoreTarget } from '../components/dashboard/ImportView';

/** Read a file in a worker of its own; the answer can store the records it holds. */
export function readInWorker(bytes: ArrayBuffer, fileName: string, mapping?: Mapping): Promise<ReadFile> {
  const worker = new ParseWorker();
  let closed = false;
  const close = () => {
    closed = true;
    worker.terminate();
  };
  const store = (target: StoreTarget, onProgress: (done: number, total: number) => void) =>
    new Promise<ImportSummary>((resolve, reject) => {
      if (closed) return reject(new StoreFailure(importMessage('fileNotHeld')));
      worker.onmessage = (event: MessageEvent<unknown>) => {
        const reply: StoreReply = storeWorkerReply(event.data);
        if (reply.kind === 'progress') return onProgress(reply.done, reply.total);
        // Stored: the file is done with, and its worker and the memory it holds go. Not stored:
        // the records stay in the worker, nothing was written, and storing can be tried again.
        if (reply.kind === 'stored') {
          close();
          resolve(reply.summary);
        } else reject(new StoreFailure(reply.detail, reply.message));
      };
      worker.onerror = (event) => {
        close();
        reject(storeStopped(event.message ?? ''));
      };
      worker.postMessage({ kind: 'store', ...target } satisfies ParseRequest);
    });
  return new Promise<ReadFile>((resolve) => {
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = parseWorkerReply(event.data);
      if (!reply.ok) close();
      resolve({ reply, store, close });
    };
    worker.onerror = (event) => {
      close();
      resolve({ reply: readerStopped(fileName, event.message ?? ''), store, close });
    };
    const request: ParseRequest = mapping ? { kind: 'mapped', bytes, fileName, mapping } : { kind: 'file', bytes, fileName };
    worker.postMessage(request, [bytes]);
  });
}
