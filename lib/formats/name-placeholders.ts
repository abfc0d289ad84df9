// Placeholders OJS journals type into an author's empty name fields, which Garuda indexes and
// shows as they are: a dash for a missing family or given name ("Minollah -", "Florenly, Florenly -",
// "Florenly - Florenly"), a stray quote before the comma ('", Hasanuddin') and a student's number
// before the name ("NIM. A1011161020, SIGIT PURWADI"). Garuda's author links read so (Saring's page
// reader cleans them, lib/sites/garuda-lines.ts cleanAuthor, as garuda2ris does), and so do the
// exports that carry OJS's names. The dash is no separator between two persons: "Florenly -
// Florenly" is one author, whose given and family names are the same word.
import { cleanText } from '../model/normalize';

// A dash standing alone as a word, and a quote mark standing alone before a comma or the name.
const LONE_MARK = /(^|[\s,])(?:[-–—]+|["“”]+)(?=[\s,]|$)/g;
// "NIM. A1011161020, ", "NIM 1610711061 ": a student's number (Nomor Induk Mahasiswa) before the name.
const STUDENT_NUMBER = /^NIM\b\.?\s*[A-Za-z]{0,3}\d[\w.]*\s*,?\s*/;
// A space a dropped mark leaves before a comma ("Florenly -, Siti" → "Florenly , Siti").
const SPACE_BEFORE_COMMA = / ,/g;

/**
 * Whether a name may hold a placeholder: a dash last or first, a quote first, "NIM" first — its
 * end characters only, as every name of a 10,000-record import passes here. A dash only inside
 * ("Florenly - Florenly") is not looked for: it would cost a search of every name, and the name's
 * last word, which duplicate matching compares, is the same without it.
 */
export function mayHoldPlaceholder(name: string): boolean {
  const first = name.charCodeAt(0);
  return isDash(name.charCodeAt(name.length - 1)) || isDash(first) || first === 34 /* " */ || first === 0x201c || (first === 78 /* N */ && name.startsWith('NIM'));
}

/** "-", and the en and em dashes a word processor makes of it ("Minollah –"). */
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;

/** The name without OJS's placeholders: "Minollah -" → "Minollah", "Florenly - Florenly -" → "Florenly Florenly", '", Hasanuddin' → ", Hasanuddin". */
export function withoutPlaceholders(name: string): string {
  return cleanText(name.replace(STUDENT_NUMBER, '').replace(LONE_MARK, '$1')).replace(SPACE_BEFORE_COMMA, ',');
}
