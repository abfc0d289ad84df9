// A journal's footnote mark after an article's title ("Effect of massage on preterm infants*",
// the star pointing to a funding or "presented at" note): Web of Science keeps it in every format
// it writes — plain text and RIS "TI … infants*", BibTeX "Title = {{… infants{*}}}" — and the
// files of tools that read those pass it on. The mark is no part of the title: kept, it stands in
// the reviewer's screen and keeps the title from matching its copy from another database.

const MARK = /\s*[*\u2020\u2021]+$/;
// A star glued to a one-letter or numbered name is that name's ("T*", "CD4*", "H2-K*"): kept.
const STARRED_NAME = /(?:^|[\s([/-])(?:\p{L}|[\p{L}\d-]*\d[\p{L}\d-]*)$/u;

const isMark = (c: number) => c === 42 /* * */ || c === 0x2020 /* † */ || c === 0x2021; /* ‡ */

/** The title without a footnote mark ("*", "†", "‡") at its end; looked at only when it ends with one. */
export function withoutFootnoteMark(title: string): string {
  if (!isMark(title.charCodeAt(title.length - 1))) return title;
  const mark = MARK.exec(title);
  if (!mark?.index) return title;
  const before = title.slice(0, mark.index);
  // A dagger marks a note only; a star right after a name may be part of it.
  return mark[0].charCodeAt(0) === 42 && STARRED_NAME.test(before) ? title : before;
}
