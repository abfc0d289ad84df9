// Review of today's import messages (lib/messaging/parse-worker.ts ImportMessageSchema): each
// value of a message may be at most 2,000 characters, and a reply whose `detail` or `messages`
// break that is not read at all — the page shows "the file reader gave an answer Saring does not
// understand" instead of the file's records or its column chooser. A CSV without its header row
// (a reviewer deleted it, or saved only the rows from Excel) has a record's abstract as a "column
// name", and the message that lists the columns quotes it whole.
import { expect, it } from 'vitest';
import { parseBibliographyBytes } from '../../lib/formats';
import { failedRead, parseWorkerReply } from '../../lib/messaging/parse-worker';

// An abstract as Indonesian journals write it, a comma every few words (the sniffer's cells, split at commas, stay short).
const abstract = `Latar belakang: produksi ASI pada ibu nifas sering kurang, ${'pijat oksitosin dilakukan pada punggung ibu, dua kali sehari, selama tujuh hari, '.repeat(30)}dan produksi ASI meningkat.`;
const headless = `Pijat oksitosin dan produksi ASI,"${abstract}",Sari D; Rahayu W,2021,Jurnal Kebidanan\nSenam nifas,"Senam nifas dini.",Dewi A,2020,Jurnal Ners\n`;

it('a CSV whose first row holds a long abstract still gets its column chooser', () => {
  expect(abstract.length).toBeGreaterThan(2_000);
  let thrown: unknown;
  try {
    parseBibliographyBytes(new TextEncoder().encode(headless), 'tanpa-judul.csv');
  } catch (error) {
    thrown = error;
  }
  const reply = parseWorkerReply(failedRead(thrown));
  expect(reply.ok).toBe(false);
  if (reply.ok) return;
  expect(reply.code).toBe('csv-mapping-required');
  expect(reply.headers?.length).toBe(5);
  expect(reply.message).toContain('Pijat oksitosin dan produksi ASI');
  // The message names each column by at most 60 characters, so it is said in the reviewer's language too.
  expect(reply.detail?.args?.[0]).toContain('Latar belakang: produksi ASI pada ibu nifas sering kurang,…');
  expect(String(reply.detail?.args?.[0]).length).toBeLessThan(400);
});

it('a read file whose warning holds a long value is still read, its warnings in English', () => {
  const warning = { code: 'columnUnread', args: ['x'.repeat(2_500)] };
  const reply = parseWorkerReply({ ok: true, format: 'csv', encoding: 'utf-8', count: 3, database: 'Scopus', warnings: ['column "xxx…" was not read'], messages: [warning] });
  expect(reply.ok).toBe(true);
  if (reply.ok) expect(reply.count).toBe(3);
});
