import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { ImportView, type ParseFile, type ReadFile } from '../../components/dashboard/ImportView';
import type { ReviewData } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { parseBibliography, parseBibliographyBytes } from '../../lib/formats';
import { failedRead, parseWorkerReply, readerStopped, StoreFailure, storeFailed, storeStopped, storeWorkerReply } from '../../lib/messaging/parse-worker';
import { importMessage } from '../../lib/formats/messages';
import { click, mount, settle } from './render';

// The import view against a stand-in for its worker (platform/import-worker.ts): it shows what a
// file holds, asks the worker that read it to store it, and lets go of workers it no longer needs.
const data = { review: { id: 'review-1' }, records: [], deleted: [], events: [], searches: [], storedPerSearch: new Map() } as unknown as ReviewData;

function fakeWorker(count: number, database: string, failFirst = false, format = 'ris') {
  let failures = failFirst ? 1 : 0;
  const read: ReadFile = {
    reply: { ok: true, format, encoding: 'utf-8', count, database, warnings: [] },
    store: vi.fn(async (_target, onProgress) => {
      onProgress(count, count);
      if (failures-- > 0) throw new Error('the disk is full');
      return { searchId: 's1', read: count, added: count - 1, merged: 1 };
    }),
    close: vi.fn(),
  };
  return read;
}

async function choose(root: HTMLElement, names: string[]): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  const files = names.map((name) => new File(['TY  - JOUR'], name));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change')));
  await settle();
}

/** A worker whose answer is `reply`, as the page receives it (parsed by the protocol's schema). */
const answering = (reply: unknown): ReadFile => ({ reply: parseWorkerReply(reply), store: vi.fn(), close: vi.fn() });

/** The worker's answer to a file it read (platform/parse.worker.ts), from the real reader. */
function readReply(text: string, fileName: string) {
  const result = parseBibliography(text, fileName);
  return { ok: true, format: result.format, encoding: 'utf-8', count: result.records.length, database: 'Garuda', warnings: result.warnings, messages: result.messages };
}

/** The worker's answer to a file it could not read. */
function refusedReply(bytes: Uint8Array, fileName: string) {
  try {
    parseBibliographyBytes(bytes, fileName);
  } catch (error) {
    return failedRead(error);
  }
  throw new Error('the file was read');
}

const warningsShown = (root: HTMLElement) => [...root.querySelectorAll('.warnings li')].map((li) => li.textContent);
const NO_TITLE_RIS = 'TY  - JOUR\nTI  - Pijat oksitosin\nER  - \nTY  - JOUR\nAU  - Sari, D\nER  - \n';

const importButton = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import '));

describe('the import view', () => {
  beforeEach(() => setLanguage('en'));

  it("asks for a CSV's columns by the fields' names in the reviewer's language, not the code's ('startPage', 'sourceId')", async () => {
    const read: ReadFile = {
      reply: { ok: false, code: 'csv-mapping-required', message: 'choose the column that holds the title', headers: ['Judul', 'Halaman awal'] },
      store: vi.fn(),
      close: vi.fn(),
    };
    setLanguage('id');
    const root = await mount(<ImportView data={data} parse={async () => read} reload={async () => undefined} />);
    await choose(root, ['garuda.csv']);
    const labels = [...root.querySelectorAll('.mapping-grid .field > span')].map((s) => s.textContent);
    expect(labels).toHaveLength(16);
    expect(labels.slice(0, 4)).toEqual(['Judul', 'Penulis', 'Tahun', 'Jurnal']);
    expect(labels).toContain('Halaman awal');
    expect(labels).toContain('Kata kunci');
    expect(labels.filter((l) => /^[a-z]+[A-Z]\w*$|^(title|authors|year|journal|volume|issue|pages|doi|pmid|abstract|keywords|url|language)$/.test(l ?? ''))).toEqual([]);
    render(null, root);
  });

  it('names the format as reviewers know it, not by its code', async () => {
    for (const [format, name] of [
      ['endnote-xml', 'EndNote XML'],
      ['medline', 'PubMed (MEDLINE)'],
      ['enw', 'EndNote tagged text'],
    ]) {
      const root = await mount(<ImportView data={data} parse={async () => fakeWorker(3, 'PubMed', false, format)} reload={async () => undefined} />);
      await choose(root, ['export.txt']);
      expect(root.textContent).toContain(`3 records read (${name}, utf-8).`);
      render(null, root);
    }
  });

  it('shows how many records a file holds and where from, and has the worker that read it store them in the review', async () => {
    const worker = fakeWorker(12, 'Scopus');
    const reload = vi.fn(async () => undefined);
    const root = await mount(<ImportView data={data} parse={async () => worker} reload={reload} />);
    await choose(root, ['scopus.ris']);
    expect(root.textContent).toContain('12 records read (RIS, utf-8).');
    const database = root.querySelector('input[list=saring-databases]') as HTMLInputElement;
    expect(database.value).toBe('Scopus');
    // The reviewer corrects the database: the file, and the worker holding it, stay.
    await act(async () => {
      database.value = 'Embase';
      database.dispatchEvent(new Event('input'));
    });
    expect(worker.close).not.toHaveBeenCalled();
    await click(importButton(root)!);
    expect(worker.store).toHaveBeenCalledWith({ reviewId: 'review-1', database: 'Embase', fileName: 'scopus.ris', format: 'ris' }, expect.any(Function));
    expect(root.textContent).toContain('Imported: 12 records read, 11 new, 1 merged');
    expect(reload).toHaveBeenCalled();
  });

  it('counts one record and one warning in the singular', async () => {
    const worker = fakeWorker(1, 'Garuda');
    worker.reply = { ...worker.reply, warnings: ['line 4: record without a title skipped'] } as typeof worker.reply;
    const root = await mount(<ImportView data={data} parse={async () => worker} reload={async () => undefined} />);
    await choose(root, ['garuda.ris']);
    expect(root.textContent).toContain('1 record read (RIS, utf-8).');
    expect(root.querySelector('details summary')?.textContent).toBe('1 warning');
    expect(importButton(root)?.textContent).toBe('Import 1 record');
    await click(importButton(root)!);
    expect(root.textContent).toContain('Imported: 1 record read, 0 new, 1 merged');
  });

  it('says why storing failed, keeps the file, and stores it when asked again', async () => {
    const worker = fakeWorker(3, 'Garuda', true);
    const root = await mount(<ImportView data={data} parse={async () => worker} reload={async () => undefined} />);
    await choose(root, ['garuda.ris']);
    await click(importButton(root)!);
    // A raw Error (no message of the worker's) is an unexpected problem, its text kept as the detail.
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Not imported, the review is unchanged: the records could not be stored because of an unexpected problem (technical detail: the disk is full)',
    );
    await click(importButton(root)!);
    expect(worker.store).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.textContent).toContain('Imported: 3 records read');
  });

  it('lets go of the workers of files it no longer shows: a new choice, or the view closing', async () => {
    const workers: ReadFile[] = [];
    const parse: ParseFile = async () => {
      workers.push(fakeWorker(1, 'PubMed'));
      return workers.at(-1)!;
    };
    const root = await mount(<ImportView data={data} parse={parse} reload={async () => undefined} />);
    await choose(root, ['a.nbib', 'b.nbib']);
    expect(importButton(root)?.textContent).toBe('Import 2 records');
    await choose(root, ['c.nbib']);
    expect(workers.map((w) => vi.mocked(w.close).mock.calls.length)).toEqual([1, 1, 0]);
    await act(async () => render(null, root));
    expect(vi.mocked(workers[2].close)).toHaveBeenCalledTimes(1);
  });

  it("says a file's warnings in the reviewer's language: a RIS record without a title, in Indonesian", async () => {
    setLanguage('id');
    const root = await mount(<ImportView data={data} parse={async () => answering(readReply(NO_TITLE_RIS, 'garuda.ris'))} reload={async () => undefined} />);
    await choose(root, ['garuda.ris']);
    expect(root.textContent).toContain('1 rekaman terbaca');
    expect(warningsShown(root)).toEqual(['baris 4: rekaman tanpa judul dilewati']);
    render(null, root);
    setLanguage('en');
    const english = await mount(<ImportView data={data} parse={async () => answering(readReply(NO_TITLE_RIS, 'garuda.ris'))} reload={async () => undefined} />);
    await choose(english, ['garuda.ris']);
    expect(warningsShown(english)).toEqual(['line 4: record without a title skipped']);
    render(null, english);
  });

  it("says why a file was refused in the reviewer's language, naming the file: an empty file, a PDF, a workbook, in Indonesian", async () => {
    setLanguage('id');
    const xlsx = new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('[Content_Types].xml')]);
    for (const [bytes, name, said] of [
      [new Uint8Array(), 'kosong.ris', '"kosong.ris" kosong'],
      [new TextEncoder().encode('%PDF-1.7\n'), 'artikel.pdf', '"artikel.pdf" adalah dokumen PDF'],
      [xlsx, 'scopus.xlsx', '"scopus.xlsx" adalah buku kerja Excel (.xlsx): buka di Excel dan simpan sebagai CSV (File → Save As → "CSV UTF-8"), lalu impor file CSV itu'],
    ] as const) {
      const root = await mount(<ImportView data={data} parse={async () => answering(refusedReply(bytes, name))} reload={async () => undefined} />);
      await choose(root, [name]);
      expect(root.querySelector('[role=alert]')?.textContent).toBe(said);
      render(null, root);
    }
  });

  it('shows the English text of a message whose code it has no words for, never a key or nothing', async () => {
    setLanguage('id');
    const reply = { ...readReply(NO_TITLE_RIS, 'garuda.ris'), warnings: ['line 9: a newer warning'], messages: [{ code: 'newerWarning', line: 9 }] };
    const root = await mount(<ImportView data={data} parse={async () => answering(reply)} reload={async () => undefined} />);
    await choose(root, ['garuda.ris']);
    expect(warningsShown(root)).toEqual(['line 9: a newer warning']);
    render(null, root);
    const refused = answering({ ok: false, code: 'unreadable', message: 'the reader broke', detail: { code: 'newerError' } });
    const failed = await mount(<ImportView data={data} parse={async () => refused} reload={async () => undefined} />);
    await choose(failed, ['x.ris']);
    expect(failed.querySelector('[role=alert]')?.textContent).toBe('the reader broke');
    render(null, failed);
  });

  it("says an unexpected problem reading a file in the reviewer's language, naming the file and keeping the technical text", async () => {
    setLanguage('id');
    for (const [reply, said] of [
      [failedRead(new TypeError("Cannot read properties of undefined (reading 'title')"), 'scopus.ris'), "(detail teknis: Cannot read properties of undefined (reading 'title'))"],
      [readerStopped('scopus.ris', 'Uncaught RangeError: Array buffer allocation failed'), '(detail teknis: Uncaught RangeError: Array buffer allocation failed)'],
    ] as const) {
      const root = await mount(<ImportView data={data} parse={async () => answering(reply)} reload={async () => undefined} />);
      await choose(root, ['scopus.ris']);
      expect(root.querySelector('[role=alert]')?.textContent).toBe(`"scopus.ris" tidak dapat dibaca karena terjadi masalah yang tidak terduga ${said}`);
      render(null, root);
    }
    const stopped = await mount(<ImportView data={data} parse={async () => answering(readerStopped('scopus.ris', ''))} reload={async () => undefined} />);
    await choose(stopped, ['scopus.ris']);
    expect(stopped.querySelector('[role=alert]')?.textContent).toBe('"scopus.ris" tidak dapat dibaca: pembaca file berhenti secara tidak terduga');
    render(null, stopped);
  });

  it("says why storing failed in the reviewer's language: nothing waiting, a full disk, a worker gone, an unexpected problem", async () => {
    setLanguage('id');
    const failure = (reply: unknown) => {
      const failed = storeWorkerReply(reply);
      return failed.kind === 'failed' ? new StoreFailure(failed.detail, failed.message) : new Error('stored');
    };
    for (const [error, said] of [
      [
        failure({ kind: 'failed', message: 'no records are waiting to be stored: read the file again', detail: importMessage('nothingToStore') }),
        'tidak ada rekaman yang menunggu untuk disimpan: baca file itu lagi',
      ],
      [
        failure(storeFailed({ name: 'DatabaseClosedError', inner: { name: 'QuotaExceededError' } })),
        'peramban tidak lagi punya ruang untuk data Saring (kuota penyimpanan habis): kosongkan sebagian ruang disk, lalu coba lagi',
      ],
      [
        failure(storeFailed(new Error('Transaction committed too early'))),
        'rekaman tidak dapat disimpan karena terjadi masalah yang tidak terduga (detail teknis: Transaction committed too early)',
      ],
      [storeStopped(''), 'rekaman tidak dapat disimpan: pembaca file berhenti secara tidak terduga'],
      [new StoreFailure(importMessage('fileNotHeld')), 'file itu tidak lagi tersimpan sementara: pilih file itu lagi'],
      [failure({ kind: 'failed' }), 'pembaca file memberikan jawaban yang tidak dipahami Saring'],
    ] as const) {
      const worker = fakeWorker(2, 'Garuda');
      vi.mocked(worker.store).mockRejectedValueOnce(error);
      const root = await mount(<ImportView data={data} parse={async () => worker} reload={async () => undefined} />);
      await choose(root, ['garuda.ris']);
      await click([...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Impor '))!);
      expect(root.querySelector('[role=alert]')?.textContent).toBe(`Tidak diimpor, tinjauan tidak berubah: ${said}`);
      render(null, root);
    }
  });

  it("names formats, a mapping and a mix of encodings in the reviewer's language, through the worker's schema", async () => {
    setLanguage('id');
    const read = { ok: true, format: 'wos', encoding: 'utf-8', count: 2, database: 'Web of Science', warnings: [] };
    const wos = await mount(<ImportView data={data} parse={async () => answering(read)} reload={async () => undefined} />);
    await choose(wos, ['savedrecs.txt']);
    expect(wos.textContent).toContain('2 rekaman terbaca (teks Web of Science, utf-8).');
    render(null, wos);
    const mapped = { ...read, format: 'csv', dialect: 'mapped', encoding: 'mixed' };
    const csv = await mount(<ImportView data={data} parse={async () => answering(mapped)} reload={async () => undefined} />);
    await choose(csv, ['garuda.csv']);
    expect(csv.textContent).toContain('2 rekaman terbaca (CSV (kolom yang Anda pilih), campuran encoding).');
    render(null, csv);
    const unknown = await mount(
      <ImportView data={data} parse={async () => answering(refusedReply(new TextEncoder().encode('hello there\nthis is prose'), 'catatan.txt'))} reload={async () => undefined} />,
    );
    await choose(unknown, ['catatan.txt']);
    const said = unknown.querySelector('[role=alert]')?.textContent;
    expect(said).toContain(
      '"catatan.txt" bukan ekspor yang dapat dibaca Saring (RIS, PubMed (MEDLINE), BibTeX, teks Web of Science, CSV, teks berpemisah tab, teks bertag EndNote, CSL JSON, EndNote XML, PubMed XML atau Cochrane Library (teks biasa))',
    );
    render(null, unknown);
    const empty = await mount(
      <ImportView
        data={data}
        parse={async () => answering(readReply('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nEF\n', 'savedrecs.txt'))}
        reload={async () => undefined}
      />,
    );
    await choose(empty, ['savedrecs.txt']);
    expect(warningsShown(empty)[0]).toBe('tidak ada rekaman: file ini tampak seperti teks Web of Science, tetapi tidak satu pun rekamannya dapat dibaca');
    render(null, empty);
  });
});
