import { getSetting, setSetting } from '../../lib/db';
import { CSV_SEPARATORS, type CsvSeparator, type CsvSeparatorName } from '../../lib/formats/csv-write';

// The reviewer's CSV separator for this dashboard page: kept in the settings table (lib/db/settings.ts),
// read as the dashboard opens (entrypoints/dashboard/main.tsx) and changed in Settings (of this page
// or another open one). Held here as well, as the interface language is in lib/i18n, so that every
// view that writes a CSV — records, evidence table, search log, agreement, PRISMA numbers — has it at
// the moment of the click, without waiting for the database (a download after an await may lose the
// click's permission).
let chosen: CsvSeparatorName = 'comma';
// Choices made since this page opened (here or in another page): a read of the database that
// started before one of them must not bring back what it replaced.
let choices = 0;

// Another dashboard page open beside this one hears a change at once (a download there must not
// keep the separator it read when it opened). Extension pages share one origin, so one channel.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('saring-csv-separator') : undefined;
const listeners = new Set<(name: CsvSeparatorName) => void>();
channel?.addEventListener('message', (event: MessageEvent) => {
  const name = event.data === 'semicolon' || event.data === 'comma' ? event.data : undefined;
  if (!name) return;
  chosen = name;
  choices++;
  for (const listener of listeners) listener(name);
});

/** Call `listener` with a choice made in another dashboard page; returns what stops listening. */
export function onCsvSeparatorChosen(listener: (name: CsvSeparatorName) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The separator every CSV download of this page uses. */
export function csvSeparator(): CsvSeparator {
  return CSV_SEPARATORS[chosen];
}

/** The saved choice (comma when none was made), made this page's. */
export async function loadCsvSeparator(): Promise<CsvSeparatorName> {
  const before = choices;
  const saved = (await getSetting('csvSeparator')) ?? 'comma';
  if (choices === before) chosen = saved;
  return chosen;
}

/** Choose and save: this page's downloads use it at once, other open pages once saved, pages opened later read it. */
export async function saveCsvSeparator(name: CsvSeparatorName): Promise<void> {
  chosen = name;
  choices++;
  await setSetting('csvSeparator', name);
  channel?.postMessage(name);
}
