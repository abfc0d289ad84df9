// A failure whose technical detail is long: Dexie's bulkPut names every record it could not
// store ("Table.bulkPut(): 10000 of 10000 operations failed. Errors: ConstraintError …"). The
// worker's answer takes no value over 2,000 characters (lib/messaging/parse-worker.ts), so the
// detail is cut where the message is made; and a StoreFailure whose message did not come through
// is said as its English text, never wrapped in "could not be stored" a second time.
import { afterEach, describe, expect, it } from 'vitest';
import { importMessageText, storeFailureText } from '../../components/dashboard/import-messages';
import { importMessage } from '../../lib/formats/messages';
import { failedRead, parseWorkerReply, readerStopped, StoreFailure, storeFailed, storeStopped, storeWorkerReply } from '../../lib/messaging/parse-worker';
import { setLanguage } from '../../lib/i18n';

afterEach(() => setLanguage('en'));

const BULK_PUT = `Table.bulkPut(): 10000 of 10000 operations failed. Errors: ${'ConstraintError: Key already exists in the object store. '.repeat(90)}`;
const times = (text: string, part: string) => text.split(part).length - 1;

describe('a failure with a 5,000-character technical detail', () => {
  it('reaches the page with its message, the detail cut to 1,000 characters', () => {
    expect(BULK_PUT.length).toBeGreaterThan(5_000);
    const stored = storeWorkerReply(storeFailed(new Error(BULK_PUT)));
    const read = parseWorkerReply(failedRead(new Error(BULK_PUT), 'scopus.ris'));
    const stopped = parseWorkerReply(readerStopped('scopus.ris', BULK_PUT));
    for (const reply of [stored, read, stopped]) {
      const failed = 'ok' in reply ? (reply.ok ? undefined : reply) : reply.kind === 'failed' ? reply : undefined;
      expect(failed?.detail?.args?.at(-1)).toMatch(/^Table\.bulkPut\(\): 10000 of 10000 operations failed\. .*…$/);
      expect(failed?.detail?.args?.at(-1)).toHaveLength(1_000);
      expect(failed?.message.length).toBeLessThan(1_200);
    }
    expect(storeStopped(BULK_PUT).detail?.args?.[0]).toHaveLength(1_000);
    expect(importMessage('undecodable', { file: 'x.ris' }, BULK_PUT).args?.[1]).toHaveLength(1_000);
  });

  it("is said once, in the reviewer's language", () => {
    const stored = storeWorkerReply(storeFailed(new Error(BULK_PUT)));
    const failure = stored.kind === 'failed' ? new StoreFailure(stored.detail, stored.message) : undefined;
    setLanguage('id');
    const said = storeFailureText(failure);
    expect(said).toMatch(/^rekaman tidak dapat disimpan karena terjadi masalah yang tidak terduga \(detail teknis: Table\.bulkPut\(\)/);
    expect(times(said, 'detail teknis')).toBe(1);
    expect(said.length).toBeLessThan(1_200);
    const read = parseWorkerReply(failedRead(new Error(BULK_PUT), 'scopus.ris'));
    expect(read.ok || importMessageText(read.detail, read.message)).toMatch(/^"scopus\.ris" tidak dapat dibaca karena terjadi masalah yang tidak terduga/);
  });
});

describe('a store failure whose message did not come through', () => {
  it('is said as its English text, never wrapped again', () => {
    const english = 'the records could not be stored because of an unexpected problem (technical detail: Table.bulkPut() failed)';
    for (const language of ['en', 'id'] as const) {
      setLanguage(language);
      const said = storeFailureText(new StoreFailure(undefined, english));
      expect(said).toBe(english);
    }
  });

  it('with no text at all, is an unexpected problem as before', () => {
    expect(storeFailureText(new StoreFailure(undefined))).toMatch(/^the records could not be stored because of an unexpected problem/);
  });
});
