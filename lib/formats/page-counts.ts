// A whole book's or thesis's number of pages, written where a record's pages go. Reference
// managers have one field for both and name it by the type: Zotero exports a book's or thesis's
// "# of Pages" as RIS SP ("TY  - BOOK" … "SP  - 320", no EP), EndNote its "Number of Pages" as RIS
// SP, tagged %P ("%0 Book" … "%P 320") and XML <pages>; ProQuest's dissertations ("TY  - THES",
// "SP  - 152") and EBSCO's books do the same. A bare number there is no page of the work: read as
// its pages it would make a copy found elsewhere look like another record. A range ("1-320") and
// any other type's single page (an article's "SP  - 120") stay pages.
import { digitsOnly } from '../model/pages';

/** RIS types of a whole work (a chapter, CHAP, has its own pages in its book). */
const WHOLE_WORK_RIS = new Set(['BOOK', 'EBOOK', 'EDBOOK', 'THES']);
/** EndNote's names of them, in its tagged export (%0) and XML (ref-type's name). */
const WHOLE_WORK_ENDNOTE = /^\s*(?:book|edited book|electronic book|thesis)\s*$/i;

/** The pages of a record of this RIS type: none when a whole work's are its page count. */
export function risWorkPages(type: string | undefined, pages: string | undefined): string | undefined {
  return pages && type && digitsOnly(pages) && WHOLE_WORK_RIS.has(type.trim().toUpperCase()) ? undefined : pages;
}

/** The pages of a record of this EndNote reference type ("Book", "Thesis", …): none when a whole work's are its page count. */
export function endnoteWorkPages(type: string | undefined, pages: string | undefined): string | undefined {
  return pages && type && digitsOnly(pages) && WHOLE_WORK_ENDNOTE.test(type) ? undefined : pages;
}
