import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { ENGLISH_MESSAGES, englishText, formatName, type MessageArg } from '../../lib/formats';
import { MESSAGE_SAMPLES } from '../formats/message-samples';

// Each import message's code (lib/formats/messages.ts) has words in both languages, under
// `importMsg<Code>`, taking the same values: the dashboard says it in Indonesian or English.
const messages: Record<string, { message: string }> = { ...en };
const indonesian: Record<string, { message: string }> = { ...id };
const keyOf = (code: string) => `importMsg${code.charAt(0).toUpperCase()}${code.slice(1)}`;
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

/** A message's words with its values, as t() fills them (numbers left as written). */
function fill(text: string, args: MessageArg[], theFile: string): string {
  return text.replace(/\$(\d)/g, (_, n: string) => {
    const arg = args[Number(n) - 1];
    if (typeof arg !== 'object') return String(arg);
    if ('field' in arg) return arg.field;
    if ('format' in arg) return formatName(arg.format);
    if ('formats' in arg) return `${arg.formats.slice(0, -1).map(formatName).join(', ')} or ${formatName(arg.formats.at(-1) ?? '')}`;
    return arg.file ? `"${arg.file}"` : theFile;
  });
}

describe('import messages in the locale files', () => {
  it('every code has an English and an Indonesian message, with a placeholder for each of its values', () => {
    for (const [code, write] of Object.entries(ENGLISH_MESSAGES)) {
      const key = keyOf(code);
      expect(messages[key]?.message, `en ${key}`).toBeTruthy();
      expect(indonesian[key]?.message, `id ${key}`).toBeTruthy();
      const wanted = Array.from({ length: write.length }, (_, i) => `$${i + 1}`);
      expect(placeholders(messages[key].message), `en ${key}`).toEqual(wanted);
      expect(placeholders(indonesian[key].message), `id ${key}`).toEqual(wanted);
    }
  });

  it("the English words are the readers' English text", () => {
    for (const [code, [args, english]] of Object.entries(MESSAGE_SAMPLES)) {
      expect(fill(messages[keyOf(code)].message, args, messages.importTheFile.message), code).toBe(english);
      expect(englishText({ code, args })).toBe(english);
    }
  });

  it('Indonesian keeps format and tag names and says the rest in Indonesian', () => {
    expect(indonesian.importMsgNoTitle.message).toBe('rekaman tanpa judul dilewati');
    expect(indonesian.importMsgLastNoEr.message).toContain('(ER)');
    expect(indonesian.importMsgBeforeFirstTy.message).toContain('(TY)');
    for (const [code] of Object.entries(ENGLISH_MESSAGES)) {
      if (code === 'csvOther') continue; // papaparse's own English words, named as a CSV problem
      expect(indonesian[keyOf(code)].message, code).not.toBe(messages[keyOf(code)].message);
    }
  });
});
