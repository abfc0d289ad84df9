import { cleanText } from '../model/normalize';

// Garuda's two kinds of free-text line: an author name and a journal line.

/**
 * Garuda inherits placeholder junk from OJS metadata ("Minollah -", '", Hasanuddin',
 * "NIM. A1011161020, SIGIT PURWADI"): drop the placeholders, keep the real name parts in the
 * order and "Last, First" form the source used.
 */
export function cleanAuthor(raw: string): string {
  const name = cleanText(raw)
    .replace(/\bNIM\b\.?\s*[A-Za-z]{0,3}\d[\w.]*\s*,?\s*/gi, '')
    .replace(/["“”]/g, '');
  return name
    .split(',')
    .map((part) =>
      part
        .split(' ')
        .filter((t) => t && !/^[-–—_.]+$/.test(t))
        .join(' '),
    )
    .filter(Boolean)
    .join(', ');
}

/**
 * "Jurnal Mutiara Kesehatan Masyarakat Vol 3 No 2 (2018): Jurnal …" → journal, volume, issue,
 * year. Also "Volume 15 Nomor 2, Oktober 2014" and "Vol. 6 No. 4". Nothing is guessed: parts
 * Garuda does not show stay undefined.
 */
export function parseJournalLine(line: string) {
  const text = cleanText(line);
  const vol = /\b(?:vol(?:ume)?)\b\.?\s*([0-9A-Za-z]+(?:[./-][0-9A-Za-z]+)*)/i.exec(text);
  const issRe = /\b(?:no(?:mor)?|issue|iss|edisi)\b\.?\s*([0-9A-Za-z]+(?:[./-][0-9A-Za-z]+)*)/i;
  const iss = issRe.exec(vol ? text.slice(vol.index + vol[0].length) : text);
  const issIndex = iss ? (vol ? vol.index + vol[0].length : 0) + iss.index : -1;
  const starts = [vol?.index, iss ? issIndex : undefined].filter((n): n is number => n !== undefined);
  // The issue's year ends the line or leads the issue's title ("(2020): Prosiding … 2019"); a
  // proceedings' name may hold the year it was held ("Seminar Nasional (2019) Vol 1 (2020)").
  const parens = [...text.matchAll(/\(\s*((?:19|20)\d{2})\s*\)/g)];
  const paren = parens.find((m) => /^\s*(:|$)/.test(text.slice(m.index + m[0].length))) ?? parens.pop();
  const start = starts.length ? Math.min(...starts) : (paren?.index ?? -1);
  if (start < 0) return { journal: text || undefined };
  const tail = text.slice(start);
  const years = tail.match(/\b(?:19|20)\d{2}\b/g);
  return {
    journal: text.slice(0, start).replace(/[\s,:;–-]+$/, '') || undefined,
    volume: vol?.[1],
    issue: iss?.[1],
    year: paren ? parseInt(paren[1], 10) : years ? parseInt(years[years.length - 1], 10) : undefined,
  };
}

/** A line shaped like a journal line: "Vol 3", "No 2" or "(2018)". */
export const JOURNAL_SHAPE = /\b(vol(ume)?|no(mor)?)\b\.?\s*\d|\(\s*(19|20)\d{2}\s*\)/i;
