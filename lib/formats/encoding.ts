// Bytes of an uploaded file → text. Exports come as UTF-8 (with or without BOM), UTF-16
// (Excel's "Unicode text"), or Windows-1252 (older EndNote, Excel on Windows); a file
// concatenated from two exports can mix UTF-8 and Windows-1252.
import { FormatError } from './errors';
import { checkText } from './sniff';
import { atLine, englishText, importMessage, type ImportMessage } from './messages';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** Set for `mixed`: where the first bytes that are not UTF-8 are. */
  warnings: string[];
  /** The same warnings as codes and values (lib/formats/messages.ts). */
  messages: ImportMessage[];
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand: Node (before v23)
// decodes the "windows-1252" label as Latin-1, turning "–" and "’" into control characters.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Length of the valid UTF-8 sequence at i, or 0. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes; where the first invalid byte is. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const n = utf8Sequence(bytes, i);
    if (n) {
      valid++;
      i += n - 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
  }
  return { valid, invalid, firstInvalid };
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
  return line;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 2_000) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * ".xls" or ".xlsx" when the bytes are an Excel workbook: an OLE2 file (also Word's old .doc,
 * but an export is never that), or a zip whose first entries are a spreadsheet's parts. Read
 * from the bytes, before decoding: their NULs would pass for UTF-16.
 */
function excelKind(bytes: Uint8Array): string | undefined {
  if (OLE2.every((b, i) => bytes[i] === b)) return '.xls';
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return undefined;
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  return head.includes('[Content_Types].xml') || head.includes('xl/') ? '.xlsx' : undefined;
}

/**
 * Decode a file's bytes. The BOM is kept out of `text`. Throws FormatError('binary') for
 * a PDF, a zip (.xlsx/.docx) or other binary content, FormatError('empty') for no bytes; each
 * names `fileName` ('"artikel.pdf" is a PDF document'), which the page's heading names too.
 */
export function decodeBytes(bytes: Uint8Array, fileName?: string): Decoded {
  const named = { file: fileName };
  if (bytes.length === 0) throw new FormatError(importMessage('empty', named), 'empty');
  const excel = excelKind(bytes);
  if (excel) throw new FormatError(importMessage('excel', named, excel), 'binary');
  const decode = (label: string, from = 0, fatal = false) => new TextDecoder(label, { fatal }).decode(bytes.subarray(from));
  const done = (text: string, encoding: TextEncodingName, messages: ImportMessage[] = []): Decoded => {
    const problem = checkText(text, fileName);
    if (problem?.code === 'binary') throw problem;
    return { text, encoding, warnings: messages.map(englishText), messages };
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(decode('utf-16le', 2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(decode('utf-16be', 2), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return done(decode(utf16), utf16);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return done(decode('utf-8', start, true), 'utf-8');
  } catch (error) {
    if (error instanceof FormatError) throw error;
    // Not valid UTF-8: Windows-1252 if nothing in it is UTF-8, else a mix of both.
  }
  const scan = scanUtf8(bytes.subarray(start));
  if (scan.valid === 0 && start === 0) return done(decodeWindows1252(bytes), 'windows-1252');
  const line = lineOfByte(bytes, scan.firstInvalid + start);
  return done(decode('utf-8', start), 'mixed', [atLine(importMessage('mixedEncoding'), line)]);
}
