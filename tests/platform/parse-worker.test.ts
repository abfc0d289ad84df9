import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleSchema, isChecked } from '../../lib/model';
import { generateRis } from '../formats/generate';

// The worker's script, run in this realm: it answers what `self.onmessage` is given through `self.postMessage`.
async function ask(request: unknown): Promise<Record<string, unknown>> {
  const replies: Record<string, unknown>[] = [];
  vi.stubGlobal('postMessage', (reply: Record<string, unknown>) => replies.push(reply));
  await import('../../platform/parse.worker');
  (self.onmessage as (event: { data: unknown }) => void)({ data: request });
  return replies[0];
}

afterEach(() => vi.unstubAllGlobals());

describe('the parse worker', () => {
  it('sends only articles that are ArticleSchema’s shape, from a file and from a mapped CSV', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    const ris = await ask({ kind: 'file', bytes: bytes(generateRis(20)), fileName: 'a.ris' });
    const csv = await ask({
      kind: 'mapped',
      bytes: bytes('Judul,Penulis,Tahun\nPijat oksitosin,Sari D,2021\n'),
      fileName: 'b.csv',
      mapping: { title: 'Judul', authors: 'Penulis', year: 'Tahun' },
    });
    for (const reply of [ris, csv]) {
      expect(reply.ok).toBe(true);
      const records = reply.records as object[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(isChecked(record)).toBe(true);
        expect(ArticleSchema.parse(record)).toEqual(record);
      }
    }
    expect((csv.records as { title: string }[])[0].title).toBe('Pijat oksitosin');
  });

  it('answers a file it cannot read with the reason, not records', async () => {
    const reply = await ask({ kind: 'file', bytes: new TextEncoder().encode('hello').buffer, fileName: 'x.txt' });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.records).toBeUndefined();
  });
});
