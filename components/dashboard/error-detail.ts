import { isQuotaExceeded } from '../../lib/db/errors';
import { errorText, shortValue } from '../../lib/formats/messages';
import { t, type MessageKey } from '../../lib/i18n';

/**
 * An error's own text, shown as a message's technical detail: cut at 1,000 characters, as import
 * messages cut theirs (lib/formats/messages.ts), since a storage error may list every record it
 * failed on (Dexie's "Table.bulkPut(): 10000 of 10000 operations failed. Errors: …").
 */
export function technicalDetail(error: unknown): string {
  return shortValue(errorText(error), 1_000);
}

/**
 * A failure nobody foresaw, in the reviewer's language: a full disk as such, else `unexpected`'s
 * words around the error's own text (the text alone without `unexpected`).
 */
export function unexpectedFailure(error: unknown, unexpected?: MessageKey): string {
  if (isQuotaExceeded(error)) return t('storageFull');
  return unexpected ? t(unexpected, technicalDetail(error)) : technicalDetail(error);
}
