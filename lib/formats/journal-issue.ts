// A journal whose name carries its issue but no volume, as Garuda, SINTA and OJS exports write an
// issue that has no volume of its own: "Jurnal Kebidanan No. 2 (Desember)", "Jurnal Ners Nomor 3
// (Juli 2020)", "Jurnal X, No. 1", "Jurnal Keperawatan Edisi 2 (2019)". The journal is the name, the
// issue the number, and its year the record's when it has none — as issue-labels.ts reads a name
// with "Vol 5 No 2" after it, whose rules read the label here too. A name that merely ends with a
// number ("Jurnal 45", "Kesehatan Ibu dan Anak 2"), or whose label holds no number it can read
// ("No. 2 (Special Issue)"), stays whole.
import { isDigit, unlabelVolume } from './issue-labels';

type Numbers = { journal?: string; issue?: string; year?: string | number };

// A name (ending with a letter or its abbreviation's bracket, "Jurnal Keperawatan (JKP)"), then an
// issue's label with its number and what may follow it (months, a year): the last such label.
const NAME_AND_ISSUE = /^(.*[\p{L})])[\s,;:]+((?:no|nomor|number|nr|issue|iss|edisi)\b\.?\s*\d.*)$/iu;

/**
 * The issue (and year) written after a journal's name, taken out of the name: when the record has
 * no issue, or the same one. Looked at only for a name that ends with a digit or ")": most end with a letter.
 */
export function issueAfterJournal(draft: Numbers): void {
  const journal = draft.journal;
  const last = journal ? journal.charCodeAt(journal.length - 1) : 0;
  if (last !== 41 /* ) */ && !isDigit(last)) return;
  const parts = NAME_AND_ISSUE.exec(journal as string);
  if (!parts) return;
  // The label read as an issue field's is ("No. 2 (Desember)" → 2): its number, or nothing.
  const read: Numbers = { issue: parts[2] };
  unlabelVolume(read);
  if (!read.issue || read.issue === parts[2] || !isDigit(read.issue.charCodeAt(0))) return;
  if (draft.issue && draft.issue !== read.issue) return;
  draft.journal = parts[1];
  draft.issue = read.issue;
  if (read.year && !draft.year) draft.year = read.year;
}
