// Import and sync probes: 10,000 RIS records imported, the RIS parser against citation-js, 5,000 records pushed.
// @ts-expect-error citation-js ships no types; the bench uses two documented calls
import { Cite, plugins as citationJs } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { appendEvents, importRecords, listEvents, listRecords, resetDbForTests } from '../../lib/db';
import type { EventDraft } from '../../lib/model';
import { generateArticles } from '../../tests/dedup/generate';
import { parseBibliography } from '../../lib/formats';
import { couchClient } from '../../lib/sync/couch';
import { pushEvents, pushRecords, resume } from '../../lib/sync/replicate';
import { generateRis } from '../../tests/formats/generate';
import { median, time, timed } from './timing';

export async function importRis10kMs(): Promise<{ ms: number; records: number }> {
  const text = generateRis(10_000);
  // Each run starts from an empty database (emptied outside the timing): parse, dedup, store.
  const samples: number[] = [];
  for (let run = 0; run < 4; run++) {
    await resetDbForTests();
    await listRecords('bench'); // opens the database
    const start = performance.now();
    // As the import worker does it: read, then store, in one thread (the records never cross to the page).
    const parsed = parseBibliography(text, 'bench.ris');
    await importRecords('bench', { database: 'Scopus', fileName: 'bench.ris', format: 'ris' }, parsed.records);
    samples.push(performance.now() - start);
  }
  samples.shift(); // the first run warms the code
  return { ms: median(samples), records: (await listRecords('bench')).length };
}

/**
 * Saring's RIS parser against citation-js on the same 10,000-record file: `new Cite(text)`,
 * citation-js's documented way to read input, and its lower-level parser chain alone.
 */
export function risVsCitationJs() {
  const text = generateRis(10_000);
  let saringRecords = 0;
  let citeRecords = 0;
  let chainRecords = 0;
  const saring = () => {
    saringRecords = parseBibliography(text, 'bench.ris').records.length;
  };
  const cite = () => {
    citeRecords = new Cite(text).data.length;
  };
  // Both parsers warmed up the same (twice), then timed in turns: this machine is a shared VM
  // whose whole runs go ~1.5 times slower for seconds at a time, and timing one parser after the
  // other let such a spell fall on one of them only (ratios of 20 and 35 on the same code).
  // Saring is timed before and after each citation-js run: six short runs beside three long ones.
  for (let i = 0; i < 2; i++) {
    saring();
    cite();
  }
  const saringRuns: number[] = [];
  const citeRuns: number[] = [];
  for (let round = 0; round < 3; round++) {
    saringRuns.push(timed(saring));
    citeRuns.push(timed(cite));
    saringRuns.push(timed(saring));
  }
  const saringMs = median(saringRuns);
  const citeMs = median(citeRuns);
  const chainMs = time(() => {
    chainRecords = (citationJs.input.chain(text, { generateGraph: false }) as unknown[]).length;
  }, 3);
  return { saringMs, citeMs, chainMs, saringRecords, citeRecords, chainRecords };
}

/**
 * 5,000 records, each with a decision, pushed to an empty team database: the whole first
 * exchange of a review that had been screened alone before connecting (events, then records).
 */
export async function syncPush5kMs(server: {
  url: string;
  database: string;
  username: string;
  password: string;
}): Promise<{ ms: number; eventsMs: number; recordsMs: number; events: number; records: number }> {
  await resetDbForTests();
  const articles = generateArticles(5_000, 0).map((a, i) => ({ ...a, doi: undefined, pmid: String(100_000 + i), sourceId: String(100_000 + i) }));
  await importRecords('bench-sync', { database: 'Scopus', fileName: 'bench.ris', format: 'ris' }, articles);
  const keys = (await listRecords('bench-sync')).map((r) => r.key);
  const drafts = keys.map((key, i) => ({ kind: 'decision', subject: key, payload: { stage: 'screening', decision: i % 3 ? 'include' : 'maybe' } })) as EventDraft[];
  // Decided one by one, as a reviewer screening alone does (a bulk change would be stored packed).
  for (let i = 0; i < drafts.length; i += 10) await appendEvents('bench-sync', drafts.slice(i, i + 10));
  const client = couchClient(server, fetch.bind(globalThis), { timeoutMs: 120_000 });
  const start = performance.now();
  await client.check();
  const state = await resume(client, `bench-sync|${client.where}`, 'bench-sync');
  for (let more = true; more; ) more = (await pushEvents(client, state)).more;
  const eventsMs = performance.now() - start;
  for (let more = true; more; ) more = (await pushRecords(client, state)).more;
  const ms = performance.now() - start;
  return { ms, eventsMs, recordsMs: ms - eventsMs, events: (await listEvents('bench-sync')).length, records: keys.length };
}

/** Where the time of a 10,000-record import goes (for tuning; printed, not a metric). */
export async function importProfile() {
  const text = generateRis(10_000);
  await resetDbForTests();
  const marks: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    marks[name] = Math.round(now - t);
    t = now;
  };
  const parsed = parseBibliography(text, 'bench.ris');
  lap('parse');
  await importRecords('bench', { database: 'Scopus', fileName: 'bench.ris', format: 'ris' }, parsed.records, () => lap(`chunk${Object.keys(marks).length}`));
  lap('after-chunks');
  return marks;
}
