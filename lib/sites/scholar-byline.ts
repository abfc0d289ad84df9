// Google Scholar's byline ("A Author, B Author… - Venue…, 2015 - host") and a profile's venue
// line ("Journal 12 (1), 3111–3126"), and the "…" Scholar cuts long texts with. Read by the
// Google Scholar content script (./google-scholar.ts).
import type { Article } from '../model';
import { cleanText } from '../model/normalize';

const ELLIPSIS = /\s*(…|\.\.\.)\s*$/;
// Scholar also cuts from the front: "…, DN Mariyani, S Rahmawati", "… Journal of Environmental …".
const LEADING_ELLIPSIS = /^\s*(…|\.\.\.)[\s,]*/;

type Cut = NonNullable<Article['cut']>['title'];

/**
 * Text without the "…" Scholar cut it with, and where: Scholar shows a long byline or title as
 * the window around the words searched for, so either end may be cut ("…, DN Mariyani, S
 * Rahmawati" when the query names the third author).
 */
export function uncut(text: string, head = LEADING_ELLIPSIS, tail = ELLIPSIS): [string, Cut] {
  const start = head.test(text);
  const end = tail.test(text);
  const kept = text.replace(tail, '').replace(head, '');
  return [kept, start ? (end ? 'both' : 'start') : end ? 'end' : undefined];
}
// "B Santoso - repository.x.ac.id": a byline with no venue or year ends with the host alone.
const HOST = /^[\w-]+(\.[\w-]+)+$/;
// "Jurnal Kesehatan, 2019", "2019": a venue's part of the byline ends with its year.
const YEAR_END = /(?:^|,\s*)(1[5-9]\d\d|20\d\d)\s*$/;

/** "A Author, B Author…" → names, whether Scholar cut the list short, and at which end. */
export function splitAuthors(text: string) {
  const [kept, cut] = uncut(text);
  const authors = kept
    .split(',')
    .map((a) => cleanText(a.replace(ELLIPSIS, '')))
    .filter((a) => a && a !== '…');
  // A list cut at its end only is authorsTruncated, as from any other source.
  return { authors, authorsTruncated: !!cut, cut: cut && cut !== 'end' ? { authors: cut } : undefined };
}

/**
 * The byline "A Author, B Author… - Venue…, 2015 - host" (the separator is " - " with a
 * non-breaking space). Venue and year may be missing; a venue cut with "…" is kept as shown.
 * A linked row always ends with its host, which Scholar may write as the publisher's name
 * ("A Smith - Springer"): of two parts, the second is a venue only when it ends with a year or
 * the row links nowhere ([CITATION] rows show no host).
 */
export function readByline(text: string, linked: boolean) {
  const parts = text.split(/\s+-\s+/);
  // Names never end with a year: "Jurnal X, 2019 - host" has no authors, only the source and year.
  if (YEAR_END.test(parts[0])) parts.unshift('');
  const names = splitAuthors(parts[0] ?? '');
  const second = parts[1]?.trim() ?? '';
  const hostOnly = HOST.test(second) || (linked && !YEAR_END.test(second));
  const middle = parts.length >= 3 ? parts.slice(1, -1).join(' - ') : hostOnly ? '' : second;
  const yearMatch = YEAR_END.exec(middle);
  const venue = cleanText(yearMatch ? middle.slice(0, yearMatch.index) : middle);
  const [journal, journalTruncated] = uncut(venue);
  return {
    ...names,
    journal: journal || undefined,
    journalTruncated: !!journalTruncated,
    year: yearMatch ? parseInt(yearMatch[1], 10) : undefined,
  };
}

/** A meeting's name, in English or Indonesian. */
const MEETING = /\b(?:proceedings|prosiding|conference|konferensi|seminar|symposium|simposium|workshop|congress|kongres)\b/i;

/** A meeting's name carries its year, the row's or the one before ("Prosiding Seminar Nasional 2019"). */
const meetingYear = (name: string, number: string, year = 0) => MEETING.test(name) && (+number === year || +number === year - 1);
// What a venue cut short may end with: a volume, an issue, pages, cut anywhere ("… (WJAETS) 5 (1 …").
const CUT_NUMBERS = /\s+(\d+)[A-Za-z]?(?:\s*\([^()]*\)?)?(?:,\s*[\w–-]*)?$/;

/**
 * Journal name and "12 (1), 3111–3126" in a profile's venue line. A line cut short ("World Journal
 * of Advanced Engineering Technology and Sciences ((WJAETS) 5 (1 …") keeps the name alone: its
 * numbers may be cut, so none is taken as a volume — but a meeting keeps its year.
 */
export function readProfileVenue(text: string, year: number | undefined) {
  if (ELLIPSIS.test(text)) {
    const name = text.replace(ELLIPSIS, '');
    const m = CUT_NUMBERS.exec(name);
    const before = m ? name.slice(0, m.index) : name;
    const journal = m && meetingYear(before, m[1], year) ? `${before} ${m[1]}` : before;
    return { journal: journal || undefined, journalTruncated: true };
  }
  const m = /^(.*[^\s,])\s+(\d+[A-Za-z]?)(?:\s*\(([^()]+)\))?(?:,\s*([\w–-]+))?$/.exec(text);
  if (!m) return { journal: text || undefined };
  // A year after a name is a volume in a journal (Hindawi's "BioMed Research International 2019,
  // 1234567") and in a proceedings series ("AIP Conference Proceedings 1868 (1), 030001"). A
  // meeting's name carries its year, the row's or the one before ("Prosiding Seminar Nasional
  // 2019, 45-52"), and a bare "Proceedings 2019" is a name with a year.
  if (/^(1[5-9]|20)\d\d$/.test(m[2]) && (!(m[3] || m[4]) || meetingYear(m[1], m[2], year))) return { journal: `${m[1]} ${m[2]}`, issue: m[3], pages: m[4] };
  return { journal: m[1], volume: m[2], issue: m[3], pages: m[4] };
}
