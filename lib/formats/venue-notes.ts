// MEDLINE's notes on an article's links to others — "Comment in: J Hum Lact. 2019 Feb;35(1):10.
// PMID: 30…", "Comment on: …", "Erratum in: …", "Update of: …" (PubMed's CIN, CON, EIN, UOF …
// lines, its XML's CommentsCorrections) — where a tool files them as the venue: EPPI-Reviewer's
// RIS "JF  - Comment in: …" for a record it took from PubMed. Such a note names another article's
// journal, not this one's, and would keep the record from matching its copies: no venue.
const MEDLINE_NOTE =
  /^\s*(?:Comment (?:in|on)|Erratum (?:in|for)|Update (?:in|of)|(?:Partial )?Retraction (?:in|of)|(?:Retracted and |Corrected and )?Republished (?:in|from)|Reprint (?:in|of)|Expression of concern (?:in|for)|Summary for patients in|Original report in)\s*:/i;

/** Whether a venue field holds one of MEDLINE's notes; a plain search for its colon first. */
export const isMedlineNote = (venue: string) => venue.includes(':') && MEDLINE_NOTE.test(venue);

/** The venue, unless it is one of MEDLINE's notes (for RIS's tag-by-tag search). */
export const venueOf = (venue: string) => (isMedlineNote(venue) ? undefined : venue);
