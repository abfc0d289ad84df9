import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsView } from '../../components/dashboard/SettingsView';
import { RecordsView } from '../../components/dashboard/RecordsView';
import { SearchesView } from '../../components/dashboard/SearchesView';
import { csvSeparator, loadCsvSeparator, onCsvSeparatorChosen, saveCsvSeparator } from '../../components/dashboard/csv-separator';
import { getActiveReview, getSetting, loadReviewData, logSearch, recordSeen, setSetting } from '../../lib/db';
import { setLanguage } from '../../lib/i18n';
import { article, freshDb } from '../db/helpers';
import { button, click, mount, settle } from './render';

/** The files the views hand to the browser's downloads, as text. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:saring-test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

/** Until `done` holds (a message between two channels takes a turn of the event loop, longer on a busy machine), then the view draws. */
async function until(done: () => boolean) {
  for (let waited = 0; !done() && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  await settle();
}

async function chooseSeparator(root: HTMLElement, value: 'comma' | 'semicolon') {
  const select = root.querySelector<HTMLSelectElement>('select[aria-describedby="csv-separator-hint"]')!;
  select.value = value;
  await act(async () => void select.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

describe('the CSV separator setting', () => {
  beforeEach(async () => {
    await freshDb();
    setLanguage('en');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await saveCsvSeparator('comma');
  });

  it('is offered in Settings, in English and Indonesian, comma first', async () => {
    const root = await mount(<SettingsView load={async () => 'en'} save={async () => undefined} />);
    expect(root.textContent).toContain('Separator in CSV files');
    expect(root.textContent).toContain('Semicolon (;) — Excel with Indonesian or European regional settings');
    expect(root.querySelector<HTMLSelectElement>('select[aria-describedby="csv-separator-hint"]')!.value).toBe('comma');
    setLanguage('id');
    const indonesian = await mount(<SettingsView load={async () => 'id'} save={async () => undefined} />);
    expect(indonesian.textContent).toContain('Titik koma (;)');
  });

  it('chosen in Settings, is saved and used by the records export and the search log', async () => {
    const review = await getActiveReview();
    await logSearch(review.id, { database: 'pubmed', query: 'pijat; oksitosin', url: 'https://pubmed.ncbi.nlm.nih.gov/?term=pijat', filters: {}, page: 1 });
    await recordSeen(review.id, [article({ title: 'Pijat oksitosin, ASI; ibu nifas', abstract: 'Satu, dua; tiga.' })], { database: 'pubmed' });
    const data = await loadReviewData(review.id);
    const blobs = captureDownloads();

    const settings = await mount(<SettingsView load={async () => 'en'} save={async () => undefined} />);
    await chooseSeparator(settings, 'semicolon');
    expect(await getSetting('csvSeparator')).toBe('semicolon');

    const records = await mount(<RecordsView data={data} reload={async () => undefined} notifyChanged={() => undefined} />);
    await click(button(records, 'Export CSV'));
    const searches = await mount(<SearchesView data={data} reload={async () => undefined} />);
    await click(button(searches, 'Export search log (CSV, PRISMA-S)'));

    // Blob.text() may or may not drop the BOM: compare what follows it.
    const [screened, log] = (await Promise.all(blobs.map((b) => b.text()))).map((text) => text.replace(/^\ufeff/, ''));
    expect(screened.startsWith('key;review;decision;')).toBe(true);
    expect(screened).toContain(';"Pijat oksitosin, ASI; ibu nifas";');
    expect(log.startsWith('database;search_string;')).toBe(true);
    expect(log).toContain(';"pijat; oksitosin";');
  });

  it('saved earlier, is what a dashboard page opened later shows and writes', async () => {
    await setSetting('csvSeparator', 'semicolon');
    expect(await loadCsvSeparator()).toBe('semicolon');
    const root = await mount(<SettingsView load={async () => 'en'} save={async () => undefined} />);
    expect(root.querySelector<HTMLSelectElement>('select[aria-describedby="csv-separator-hint"]')!.value).toBe('semicolon');
  });

  it('changed in another open dashboard page, is used and shown here at once, and a change here reaches the others', async () => {
    // Another dashboard page: the same channel, from another page of the extension's origin.
    const other = new BroadcastChannel('saring-csv-separator');
    const heard: unknown[] = [];
    other.onmessage = (event) => heard.push(event.data);
    try {
      const root = await mount(<SettingsView load={async () => 'en'} save={async () => undefined} />);
      other.postMessage('semicolon');
      await until(() => csvSeparator() === ';');
      expect(csvSeparator()).toBe(';');
      expect(root.querySelector<HTMLSelectElement>('select[aria-describedby="csv-separator-hint"]')!.value).toBe('semicolon');
      // Nothing but a separator's name is taken: "tab" is passed over, the "comma" after it heard.
      const chosen: string[] = [];
      const stop = onCsvSeparatorChosen((name) => chosen.push(name));
      other.postMessage('tab');
      other.postMessage('comma');
      await until(() => csvSeparator() === ',');
      stop();
      expect(chosen).toEqual(['comma']);
      await chooseSeparator(root, 'semicolon');
      await until(() => heard.length > 0);
      expect(heard).toEqual(['semicolon']);
    } finally {
      other.close();
    }
  });

  it('read from the database as the page opens, does not bring back a choice replaced meanwhile', async () => {
    await setSetting('csvSeparator', 'comma');
    const other = new BroadcastChannel('saring-csv-separator');
    try {
      // The page's start-up read is under way when another page's choice arrives.
      // (The message is heard before the read ends here; were it heard after, the read would be the older.)
      const loading = loadCsvSeparator();
      other.postMessage('semicolon');
      await loading;
      await until(() => csvSeparator() === ';');
      expect(csvSeparator()).toBe(';');
    } finally {
      other.close();
    }
  });
});
