import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ImportView, type ReadFile } from '../../components/dashboard/ImportView';
import type { ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { importFingerprint } from '../../lib/review/import-overlap';
import { click, mount, settle } from './render';

// The choices of the import view read with the review's search log and with the other files
// chosen at once (components/dashboard/ImportOverlap.tsx planImports, recheck): reviewer R12's
// PRISMA counts (R12-6, R12-7) and the choices a partial overlap leaves.
const NOW = Date.now();
const base = { review: { id: 'review-1' }, records: [], deleted: [], events: [], searches: [], storedPerSearch: new Map() };
const search = (id: string, database: string, extra: object) => ({
  id,
  reviewId: 'review-1',
  database,
  query: '',
  url: '',
  filters: {},
  pages: [],
  at: NOW - 86_400_000,
  counted: true,
  ...extra,
});

function holding(keys: string[], database: string): ReadFile {
  const count = keys.length;
  return {
    reply: { ok: true, format: 'ris', encoding: 'utf-8', count, database, keys, fingerprint: importFingerprint(keys), warnings: [] },
    store: vi.fn(async () => ({ searchId: 'x', read: count, added: count, merged: 0 })),
    close: vi.fn(),
  };
}

async function choose(root: HTMLElement, names: string[]): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: names.map((n) => new File(['TY  - JOUR'], n)), configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change')));
  await settle();
}

const files = (root: HTMLElement) => [...root.querySelectorAll('article.import-file')] as HTMLElement[];
const checkedLabel = (file: HTMLElement) => [...file.querySelectorAll('label.choice')].find((l) => l.querySelector('input')?.checked)?.textContent?.trim();
const labels = (file: HTMLElement) => [...file.querySelectorAll('label.choice')].map((l) => l.textContent?.trim());
const importButton = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import '))!;

describe('files chosen together with searches entered by hand (R12-7)', () => {
  beforeEach(() => setLanguage('en'));

  it('logs each file under its own search, and offers neither the search the other takes', async () => {
    const searches = [search('s-massage', 'PubMed', { origin: 'manual', query: 'oxytocin massage' }), search('s-milk', 'PubMed', { origin: 'manual', query: 'breast milk' })];
    const workers = [holding(['doi:10.1/a', 'doi:10.1/b'], 'PubMed'), holding(['doi:10.1/c', 'doi:10.1/d'], 'PubMed')];
    const parse = vi.fn(async () => workers[parse.mock.calls.length - 1]);
    const root = await mount(<ImportView data={{ ...base, searches } as unknown as ReviewData} parse={parse} reload={async () => undefined} />);
    await choose(root, ['massage.ris', 'milk.ris']);
    const [first, second] = files(root);
    expect(labels(first).filter((l) => l?.includes('entered by hand'))).toHaveLength(1);
    expect(labels(second).filter((l) => l?.includes('entered by hand'))).toHaveLength(1);
    expect(checkedLabel(first)).not.toBe(checkedLabel(second));
    await click(importButton(root));
    const attached = workers.map((w) => (w.store as ReturnType<typeof vi.fn>).mock.calls[0][0].attachTo);
    expect(new Set(attached)).toEqual(new Set(['s-massage', 's-milk']));
  });
});

describe('the database the reviewer names', () => {
  beforeEach(() => setLanguage('en'));
  const keys = ['doi:10.1/a', 'doi:10.1/b', 'doi:10.1/c', 'doi:10.1/d'];
  const scopus = search('s-scopus', 'Scopus', { origin: 'import', fileName: 'scopus.ris', recordCount: 4, fingerprint: importFingerprint(keys), at: NOW - 3_600_000 });
  const records = keys.map((key) => ({ key, aliases: [], article: { doi: key.slice(4) }, sources: [{ database: 'Scopus', searchId: 's-scopus', at: NOW }] }));
  const data = { ...base, records, searches: [scopus] } as unknown as ReviewData;

  it('checks the file again: the same records from Web of Science are no second import of Scopus’s (R12-6)', async () => {
    const worker = holding(keys, 'Scopus');
    const root = await mount(<ImportView data={data} parse={async () => worker} reload={async () => undefined} />);
    await choose(root, ['savedrecs.ris']);
    expect(root.textContent).toContain('This file was already imported on');
    expect(checkedLabel(files(root)[0])).toBe('Skip this file');
    const input = root.querySelector('input[list=saring-databases]') as HTMLInputElement;
    await act(async () => {
      input.value = 'Web of Science';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    });
    await settle();
    expect(root.textContent).not.toContain('already imported');
    expect(root.textContent).toContain('4 of 4 records of this file already came from the import “Scopus – scopus.ris”');
    expect(checkedLabel(files(root)[0])).toBe('Import it anyway, as a new search');
    await click(importButton(root));
    expect(worker.store).toHaveBeenCalledWith(expect.objectContaining({ database: 'Web of Science' }), expect.any(Function));
  });

  it('offers to skip a file that shares some records with an earlier import, and imports it unless chosen', async () => {
    const root = await mount(<ImportView data={data} parse={async () => holding([...keys.slice(0, 2), 'doi:10.1/e', 'doi:10.1/f'], 'Scopus')} reload={async () => undefined} />);
    await choose(root, ['scopus-2.ris']);
    expect(labels(files(root)[0])).toEqual(['Skip this file', 'Import it anyway, as a new search']);
    expect(checkedLabel(files(root)[0])).toBe('Import it anyway, as a new search');
  });

  it('skips a file from the same database that repeats all of an import by PMID or DOI: most likely its second export (R12-10)', async () => {
    const pmids = ['pmid:1', 'pmid:2', 'pmid:3', 'pmid:4'];
    const pubmed = search('s-pubmed', 'PubMed', { origin: 'import', fileName: 'pubmed.nbib', recordCount: 4, fingerprint: importFingerprint(pmids), at: NOW - 3_600_000 });
    const stored = pmids.map((key) => ({ key, aliases: [], article: { pmid: key.slice(5) }, sources: [{ database: 'PubMed', searchId: 's-pubmed', at: NOW }] }));
    // PubMed gave the fourth record a DOI since: its key is the DOI now, its PMID the same.
    const again = holding(['doi:10.1/late', 'pmid:1', 'pmid:2', 'pmid:3'], 'PubMed');
    if (again.reply.ok) again.reply.ids = [['doi:10.1/late', 'pmid:4']];
    const root = await mount(
      <ImportView data={{ ...base, records: stored, searches: [pubmed] } as unknown as ReviewData} parse={async () => again} reload={async () => undefined} />,
    );
    await choose(root, ['pubmed (1).nbib']);
    expect(root.textContent).toContain('4 of 4 records of this file already came from the import “PubMed – pubmed.nbib”');
    expect(root.textContent).toContain('It is most likely “PubMed – pubmed.nbib” exported again');
    expect(checkedLabel(files(root)[0])).toBe('Skip this file');
  });
});
