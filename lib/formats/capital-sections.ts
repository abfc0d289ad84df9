// PubMed's structured abstracts in its text formats run their sections together: MEDLINE (.nbib)
// and the RIS of Zotero, EndNote, Ovid and EPPI-Reviewer that pass them on write "BACKGROUND: …
// is needed. METHODS: We …" (Ovid's RIS adds a comma: "… disease., METHOD: An open label …").
// PubMed XML gives each section a line (pubmed-xml.ts); these get the same.

// A label in capitals, one to six words ("METHODS", "MATERIALS AND METHODS", "DESIGN, SETTING, AND
// PARTICIPANTS", "AIM/OBJECTIVE"), then ":" and a space. Three letters at least: "DM: …" defining an
// abbreviation is no label.
const LABEL = String.raw`\p{Lu}[\p{Lu}\d]{2,}(?:[ ,/&-]+\p{Lu}[\p{Lu}\d]*){0,5}:\s`;
/** The abstract opens with such a label: only then is it a structured one. */
const OPENS_LABELLED = new RegExp(`^${LABEL}`, 'u');
/** After a sentence's end ("." "?" "!", Ovid's ".,"), before a label: the break that was dropped. */
const BEFORE_LABEL = new RegExp(String.raw`([.?!]),?[^\S\n]+(?=${LABEL})`, 'gu');

/** The abstract with each section of a structured abstract in capitals starting a line. */
export function capitalSectionLines(abstract: string): string {
  return OPENS_LABELLED.test(abstract) ? abstract.replace(BEFORE_LABEL, '$1\n') : abstract;
}

// Ovid's RIS joins every paragraph of an abstract with a comma after its full stop, labelled or
// not: Cochrane CENTRAL's trial registry records ("… with prevention initiatives., Social anxiety
// is a risk factor …"), which EPPI-Reviewer passes on. The paragraph gets its line back, in
// records linked to Ovid only: a botanist's "Benth., Acacia" (Scopus) is prose. The stop ends a
// word of four small letters or more (all small: "(Scheff.) Boerl., Curcuma" is a plant's authority), a number or a bracket: "e.g., The", "et al., Nature",
// "etc., A", "Inc., New" are abbreviations, no paragraph's end.
const OVID_PARAGRAPH = /(?<=(?:^|[\s(-])\p{Ll}{4,}|[)\d%])\.,[^\S\n]+(?=\p{Lu})/gu;

/** The abstract of an Ovid record with its ".," paragraph joins as line breaks. */
export const ovidParagraphs = (abstract: string) => (abstract.includes('., ') ? abstract.replace(OVID_PARAGRAPH, '.\n') : abstract);
