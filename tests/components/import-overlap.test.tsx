import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ImportView, type ReadFile } from '../../components/dashboard/ImportView';
import type { ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { importFingerprint } from '../../lib/review/import-overlap';
import { click, mount, settle } from './render';

const data = { review: { id: 'review-1' }, records: [], deleted: [], events: [], searches: [], storedPerSearch: new Map() } as unknown as ReviewData;

/** A stand-in for the worker that read a file of these record keys (platform/parse.worker.ts). */
function holding(fileKeys: string[]): ReadFile {
  const count = fileKeys.length;
  return {
    reply: { ok: true, format: 'medline', encoding: 'utf-8', count, database: 'PubMed', keys: fileKeys, fingerprint: importFingerprint(fileKeys), warnings: [] },
    store: vi.fn(async () => ({ searchId: 's1', read: count, added: count, merged: 0 })),
    close: vi.fn(),
  };
}

async function choose(root: HTMLElement, name: string): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['PMID- 1'], name)], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change')));
  await settle();
}

const importButton = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import '));

// A file the review holds already, from an earlier import or as a search entered by hand, is
// said before it is stored (lib/review/import-overlap.ts): importing it again would count its
// records twice in PRISMA's "records identified".
describe('a file the review may hold already', () => {
  beforeEach(() => setLanguage('en'));
  const DEC_3 = Date.UTC(2026, 11, 3, 12);
  const keys = ['pmid:1', 'pmid:2', 'pmid:3'];
  const earlier = {
    id: 's-old',
    reviewId: 'review-1',
    database: 'PubMed',
    query: '',
    url: '',
    filters: {},
    pages: [],
    at: DEC_3,
    origin: 'import',
    counted: true,
    fileName: 'pubmed-pijat.nbib',
    recordCount: 3,
    fingerprint: importFingerprint(keys),
  };
  const searchEvent = { kind: 'search', payload: { searchId: 's-old', origin: 'import', fingerprint: importFingerprint(keys) } };
  const records = keys.map((key) => ({ key, aliases: [], article: { pmid: key.slice('pmid:'.length) }, sources: [{ database: 'PubMed', searchId: 's-old', at: DEC_3 }] }));
  const withImport = { ...data, records, searches: [earlier], events: [searchEvent] } as unknown as ReviewData;
  const radio = (root: HTMLElement, label: string) =>
    [...root.querySelectorAll('label.choice')].find((l) => l.textContent?.includes(label))?.querySelector('input') as HTMLInputElement;

  it('says when and as what it was imported, and skips it unless the reviewer chooses to import it again', async () => {
    const worker = holding(keys);
    const root = await mount(<ImportView data={withImport} parse={async () => worker} reload={async () => undefined} />);
    await choose(root, 'pubmed-pijat (1).nbib');
    expect(root.textContent).toContain('This file was already imported on Dec 3, 2026 as “PubMed – pubmed-pijat.nbib” (3 records).');
    expect(radio(root, 'Skip this file').checked).toBe(true);
    await click(importButton(root)!);
    expect(worker.store).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Skipped: already imported.');

    const again = holding(keys);
    const root2 = await mount(<ImportView data={withImport} parse={async () => again} reload={async () => undefined} />);
    await choose(root2, 'pubmed-pijat (1).nbib');
    await act(async () => void radio(root2, 'Import it anyway').click());
    await click(importButton(root2)!);
    expect(again.store).toHaveBeenCalled();
  });

  it('names the import a longer export shares records with, in Indonesian too', async () => {
    setLanguage('id');
    const root = await mount(<ImportView data={withImport} parse={async () => holding([...keys, 'pmid:4'])} reload={async () => undefined} />);
    await choose(root, 'pubmed-pijat-2.nbib');
    expect(root.textContent).toContain('3 dari 4 rekaman berkas ini sudah berasal dari impor “PubMed – pubmed-pijat.nbib” pada 3 Des 2026.');
  });

  it('offers to log the file under a search entered by hand for its database, and stores it so', async () => {
    const manual = {
      ...earlier,
      id: 's-hand',
      origin: 'manual',
      fileName: undefined,
      recordCount: undefined,
      fingerprint: undefined,
      query: 'pijat oksitosin',
      at: Date.now() - 86_400_000,
    };
    const state = { ...data, searches: [manual] } as unknown as ReviewData;
    const worker = holding(keys);
    const root = await mount(<ImportView data={state} parse={async () => worker} reload={async () => undefined} />);
    await choose(root, 'pubmed.nbib');
    expect(radio(root, 'Log it under the search entered by hand: PubMed').checked).toBe(true);
    await click(importButton(root)!);
    expect(worker.store).toHaveBeenCalledWith(expect.objectContaining({ database: 'PubMed', attachTo: 's-hand' }), expect.any(Function));
  });
});

describe('files chosen together', () => {
  beforeEach(() => setLanguage('en'));

  it('stores the records of two copies of one export once', async () => {
    const workers = [holding(['pmid:1', 'pmid:2']), holding(['pmid:2', 'pmid:1'].sort())];
    const parse = vi.fn(async () => workers[parse.mock.calls.length - 1]);
    const root = await mount(<ImportView data={data} parse={parse} reload={async () => undefined} />);
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'pubmed.nbib'), new File(['x'], 'pubmed (1).nbib')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle();
    expect(root.textContent).toContain('This file holds the same records as “pubmed.nbib”, chosen with it.');
    await click(importButton(root)!);
    expect(workers[0].store).toHaveBeenCalled();
    expect(workers[1].store).not.toHaveBeenCalled();
  });
});
