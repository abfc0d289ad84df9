// An import's messages (lib/formats/messages.ts: why a file was refused, what was skipped in
// one that was read) in the reviewer's language. Each code's words are the locale files'
// `importMsg<Code>`, its values `$1`, `$2`… in the order the code lists them; a code this page
// has no words for (a newer reader's) is shown as the English text the reader sent with it.
import { englishText, errorText, importMessage, type ImportMessage, type MessageArg } from '../../lib/formats/messages';
import { StoreFailure } from '../../lib/messaging/parse-worker';
import type { MappableField } from '../../lib/formats/csv-profiles';
import { hasMessage, tCountOf, t } from '../../lib/i18n';
import { MAPPABLE_FIELD_LABEL } from './field-labels';
import { formatName } from '../../lib/formats/format-names';

const keyOf = (code: string) => `importMsg${code.charAt(0).toUpperCase()}${code.slice(1)}`;

/**
 * A format as the reviewer's language names it: its own words where the name has words
 * (`importFormat<Code>`, a code's parts capitalised: "teks Web of Science", 'cochrane-text' →
 * `importFormatCochraneText`), else its proper name ("RIS", "BibTeX").
 */
export function formatLabel(format: string): string {
  const key = `importFormat${format.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return hasMessage(key) ? t(key) : formatName(format);
}

/** A value as the message shows it: a file by its quoted name, or "the file" in the reviewer's language; a field as the mapping form names it; formats by their names. */
function shown(arg: MessageArg): string | number {
  if (typeof arg !== 'object') return arg;
  if ('field' in arg) return Object.hasOwn(MAPPABLE_FIELD_LABEL, arg.field) ? t(MAPPABLE_FIELD_LABEL[arg.field as MappableField]) : arg.field;
  if ('format' in arg) return formatLabel(arg.format);
  if ('formats' in arg) {
    const names = arg.formats.map(formatLabel);
    return t('importListOr', names.slice(0, -1).join(', '), names.at(-1) ?? '');
  }
  return arg.file ? `"${arg.file}"` : t('importTheFile');
}

function body(message: ImportMessage): string | undefined {
  if (message.code === 'several') {
    const parts = message.parts?.map((part) => importMessageText(part));
    return parts?.join('; ');
  }
  const key = keyOf(message.code);
  // A count first is the noun's ("1 more warning not shown"): the message's …One form says it.
  const [first] = message.args ?? [];
  return hasMessage(key) ? tCountOf(typeof first === 'number' ? first : 0, key, ...(message.args ?? []).map(shown)) : undefined;
}

/** Where the message was found, in the reviewer's language ("baris 12: …"). */
function placed(message: ImportMessage, text: string): string {
  const { line, record, item } = message;
  if (record !== undefined) return line !== undefined ? t('importPlaceLineRecord', line, record, text) : t('importPlaceRecord', record, text);
  if (item !== undefined) return t('importPlaceItem', item, text);
  return line !== undefined ? t('importPlaceLine', line, text) : text;
}

/**
 * The message in the reviewer's language; `english` (the text the reader sent, which the message
 * was written from) when there is no message or its code has no words here.
 */
export function importMessageText(message: ImportMessage | undefined, english?: string): string {
  if (!message) return english ?? '';
  const text = body(message);
  return text === undefined ? (english ?? englishText(message)) : placed(message, text);
}

/**
 * Why storing a file's records failed, in the reviewer's language: the worker's message
 * (lib/messaging/parse-worker.ts StoreFailure); its English text as it is when the message did
 * not come through (it is that message already: never "could not be stored (technical detail:
 * could not be stored …)"); else an unexpected problem with the error's own text kept as its
 * technical detail.
 */
export function storeFailureText(error: unknown): string {
  if (error instanceof StoreFailure && (error.detail || error.message)) return importMessageText(error.detail, error.message);
  return importMessageText(importMessage('storeUnexpected', errorText(error)));
}
