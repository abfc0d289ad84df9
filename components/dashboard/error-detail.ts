import { shortValue } from '../../lib/formats/messages';

/**
 * An error's own text, shown as a message's technical detail: cut at 1,000 characters, as import
 * messages cut theirs (lib/formats/messages.ts), since a storage error may list every record it
 * failed on (Dexie's "Table.bulkPut(): 10000 of 10000 operations failed. Errors: …").
 */
export function technicalDetail(error: unknown): string {
  return shortValue(String((error as Error | null)?.message ?? error), 1_000);
}
