// A thesis names no journal. EndNote gives its reference type "Thesis" an academic department
// where a journal article has its journal, the university as its publisher and the degree where a
// volume goes, and writes them so in every export: RIS "TY  - THES" … "T2  - Fakultas Keperawatan" …
// "PB  - Universitas Airlangga" … "VL  - Magister" (Zotero's RIS test case from EndNote: "T2  -
// Academic Department", "PB  - University", "VL  - Degree"), XML <ref-type name="Thesis">32</ref-type>
// with the department in <secondary-title> and the degree in <volume>, tagged "%0 Thesis" with %B
// and %V. Read as the journal and volume, a skripsi or tesis would stand in the screening list as
// published in "Fakultas Keperawatan", volume "Magister". Zotero's RIS and EndNote XML translators
// give a thesis no publication title at all (T2 and <secondary-title> go to a note, PB to
// "university"); the Article has no field for the university, so a thesis's department and degree
// are dropped (JabRef and ProQuest write none). A journal named by a journal's own tag (JF, JO,
// <periodical>, %J) and a numbered volume are a published dissertation's, kept (review R5).

/** EndNote's reference type by name ("Thesis": XML ref-type's name, tagged %0) or, in XML without a name, by number (32). */
const ENDNOTE_THESIS = /^\s*(?:thesis|32)\s*$/i;

/** Whether the EndNote reference type (a name, or an XML ref-type's number) is a thesis's. */
export const isEndnoteThesis = (type: string | undefined) => type !== undefined && ENDNOTE_THESIS.test(type);

// A volume with a number: a dissertation's in the journal that lists it ("80"), not a degree ("Magister", "Ph.D.").
const NUMBERED = /\d/;

/**
 * A thesis's journal and volume: the journal a journal's own tag names (PsycINFO cites a
 * dissertation in "Dissertation Abstracts International: Section B", volume 80), never the
 * department where other records have their venue; a volume only when it has a number.
 */
export function thesisVenue(draft: { journal?: string; volume?: string }, journal: string | undefined): void {
  draft.journal = journal;
  if (draft.volume && !NUMBERED.test(draft.volume)) draft.volume = undefined;
}
