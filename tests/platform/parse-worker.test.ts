import { afterEach, describe, expect, it, vi } from 'vitest';
import { listEvents, listRecords, resetDbForTests } from '../../lib/db';
import { generateRis } from '../formats/generate';
import { parseWorkerReply, storeWorkerReply } from '../../lib/messaging/parse-worker';

// The worker's script, run in this realm: it answers what `self.onmessage` is given through `self.postMessage`.
async function ask(request: unknown): Promise<Record<string, unknown>[]> {
  const replies: Record<string, unknown>[] = [];
  vi.stubGlobal('postMessage', (reply: Record<string, unknown>) => replies.push(reply));
  await import('../../platform/parse.worker');
  await (self.onmessage as (event: { data: unknown }) => Promise<void>)({ data: request });
  return replies;
}
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const target = { kind: 'store', reviewId: 'r1', database: 'Garuda', fileName: 'a.ris', format: 'ris' };

afterEach(async () => {
  vi.unstubAllGlobals();
  await resetDbForTests();
});

describe('the import worker', () => {
  it('tells how many records a file and a mapped CSV hold, and where they seem to come from, without sending them', async () => {
    const [ris] = await ask({ kind: 'file', bytes: bytes(generateRis(20)), fileName: 'scopus-export.ris' });
    const [csv] = await ask({
      kind: 'mapped',
      bytes: bytes('Judul,Penulis,Tahun\nPijat oksitosin,Sari D,2021\n'),
      fileName: 'garuda.csv',
      mapping: { title: 'Judul', authors: 'Penulis', year: 'Tahun' },
    });
    expect(ris).toMatchObject({ ok: true, format: 'ris', count: 20, database: 'Scopus' });
    expect(csv).toMatchObject({ ok: true, format: 'csv', dialect: 'mapped', count: 1, database: 'Garuda' });
    for (const reply of [ris, csv]) expect(reply.records).toBeUndefined();
  });

  it('names the export a CSV came from as the reviewer knows it, not by its profile in the code', async () => {
    const scopus = 'Authors,Author full names,Title,Year,Source title,Link,EID\nSari D.,"Sari, Dewi (1)",Pijat oksitosin,2021,Jurnal Kebidanan,https://www.scopus.com/x,2-s2.0-1\n';
    const [reply] = await ask({ kind: 'file', bytes: bytes(scopus), fileName: 'export.csv' });
    expect(reply).toMatchObject({ ok: true, format: 'csv', dialect: 'Scopus', database: 'Scopus' });
  });

  it('stores the records it read in the review, reporting progress, once', async () => {
    await ask({ kind: 'file', bytes: bytes(generateRis(30)), fileName: 'a.ris' });
    const replies = await ask(target);
    expect(replies.at(-1)).toMatchObject({ kind: 'stored', summary: { read: 30, added: 30, merged: 0 } });
    expect(replies.filter((r) => r.kind === 'progress').length).toBeGreaterThan(0);
    expect(await listRecords('r1')).toHaveLength(30);
    expect((await listEvents('r1')).filter((e) => e.kind === 'search')).toHaveLength(1);
    // Stored once: asked again, it has nothing left to add, and says so.
    expect((await ask(target))[0]).toMatchObject({ kind: 'failed', message: expect.stringContaining('read the file again'), detail: { code: 'nothingToStore' } });
    expect(await listRecords('r1')).toHaveLength(30);
  });

  it('sends the file’s record keys and fingerprint, and logs the fingerprint with the file’s search', async () => {
    // The same export twice: the page finds the earlier import by them (lib/review/import-overlap.ts).
    const [reply] = await ask({ kind: 'file', bytes: bytes(generateRis(4)), fileName: 'a.ris' });
    expect(reply).toMatchObject({ ok: true, fingerprint: expect.stringMatching(/^4:/) });
    expect(reply.keys).toHaveLength(4);
    await ask(target);
    expect((await listEvents('r1')).find((e) => e.kind === 'search')?.payload).toMatchObject({ fingerprint: reply.fingerprint });
  });

  it('answers a file it cannot read with the reason, and then has nothing to store', async () => {
    await ask({ kind: 'file', bytes: bytes(generateRis(5)), fileName: 'a.ris' });
    const [reply] = await ask({ kind: 'file', bytes: bytes('hello'), fileName: 'x.txt' });
    expect(reply).toMatchObject({ ok: false });
    expect((await ask(target))[0]).toMatchObject({ kind: 'failed' });
    expect(await listRecords('r1')).toHaveLength(0);
  });

  it('refuses a malformed request by name, in the shape the page waits for, and writes nothing', async () => {
    await ask({ kind: 'file', bytes: bytes(generateRis(5)), fileName: 'a.ris' });
    const [store] = await ask({ ...target, reviewId: '' });
    // The page reads a store request's answer as a store reply: a read's failure would reach the reviewer as "an answer Saring does not understand".
    expect(storeWorkerReply(store)).toEqual({
      kind: 'failed',
      message: expect.stringMatching(/"store" request it does not understand \(reviewId: /),
      detail: { code: 'storeRequestRefused', args: [expect.stringMatching(/^reviewId: /)] },
    });
    const [read] = await ask({ kind: 'file', fileName: 'a.ris' });
    expect(parseWorkerReply(read)).toMatchObject({
      ok: false,
      code: 'unreadable',
      message: expect.stringMatching(/"read" request .*\(bytes: /),
      detail: { code: 'readRequestRefused' },
    });
    expect(await listRecords('r1')).toHaveLength(0);
    // The records read are still there to store once asked properly.
    expect((await ask(target)).at(-1)).toMatchObject({ kind: 'stored', summary: { added: 5 } });
  });

  it("sends each warning and refusal as a code and its values beside its English text, which the page's schema keeps", async () => {
    const [read] = await ask({ kind: 'file', bytes: bytes('TY  - JOUR\nAU  - Sari, D\nER  - \nTY  - JOUR\nTI  - Pijat\nER  - \n'), fileName: 'garuda.ris' });
    expect(parseWorkerReply(read)).toMatchObject({ ok: true, warnings: ['line 1: record without a title skipped'], messages: [{ code: 'noTitle', line: 1 }] });
    const [mapped] = await ask({ kind: 'mapped', bytes: bytes('Judul\nPijat\n'), fileName: 'garuda.csv', mapping: { title: 'Judul', year: 'Tahun' } });
    expect(parseWorkerReply(mapped)).toMatchObject({ ok: true, messages: expect.arrayContaining([{ code: 'mappedColumnMissing', args: ['Tahun', { field: 'year' }] }]) });
    const [empty] = await ask({ kind: 'file', bytes: new ArrayBuffer(0), fileName: 'kosong.ris' });
    expect(parseWorkerReply(empty)).toEqual({ ok: false, code: 'empty', message: '"kosong.ris" is empty', detail: { code: 'empty', args: [{ file: 'kosong.ris' }] } });
    const [html] = await ask({ kind: 'file', bytes: bytes('<!DOCTYPE html><html></html>'), fileName: 'pubmed.html' });
    expect(parseWorkerReply(html)).toMatchObject({ ok: false, detail: { code: 'webPage', args: [{ file: 'pubmed.html' }] } });
  });

  it('does not let a malformed message through to the page (a code that is no word, a value that is neither text, number nor file), and still reads the reply in English', () => {
    const ok = { ok: true, format: 'ris', encoding: 'utf-8', count: 1, database: 'Garuda', warnings: ['x'] };
    expect(parseWorkerReply({ ...ok, messages: [{ code: 'noTitle', line: 3 }] })).toMatchObject({ ok: true, messages: [{ code: 'noTitle', line: 3 }] });
    for (const messages of [[{ code: '<img src=x>' }], [{ code: 'noTitle', args: [[1, 2]] }], [{ code: 'noTitle', line: -1 }], [{ args: [] }]]) {
      const reply = parseWorkerReply({ ...ok, messages });
      expect(reply, JSON.stringify(messages)).toMatchObject({ ok: true, count: 1, warnings: ['x'] });
      expect(reply.ok && reply.messages, JSON.stringify(messages)).toBeUndefined();
    }
    const refused = parseWorkerReply({ ok: false, code: 'empty', message: 'm', detail: { code: 'empty', args: [{ file: 3 }] } });
    expect(refused).toMatchObject({ ok: false, code: 'empty', message: 'm' });
    expect(!refused.ok && refused.detail).toBeUndefined();
  });
});
