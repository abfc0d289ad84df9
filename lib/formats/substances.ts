// MEDLINE's substances (RN), which Ovid's records keep among the keywords that EndNote and Zotero
// export, after the MeSH headings, in RIS, tagged EndNote and EndNote XML alike: "0 (Antibodies,
// Antinuclear)", "GNN1DV99GX (Penicillamine)", "7440-66-6 (Zinc)", "EC 3-6-1 (Adenosine
// Triphosphatases)". The substance is the keyword; its registry number (UNII: ten letters and
// digits, with a digit; CAS; EC; or 0 for none) is no word a reviewer searches. A keyword in
// capitals with a gloss ("HIPERTENSI (Hypertension)", an Indonesian journal's) is no substance.
const REGISTRY_NUMBER = /^(?:0|(?=[A-Z]*\d)[0-9A-Z]{10}|\d{2,7}-\d\d-\d|EC [\d.-]+) \((.+)\)$/;

/** Whether the last keyword is such a substance: only then are the others looked at (one character test for most records). */
function substancesLast(keywords: string[]): boolean {
  const last = keywords[keywords.length - 1];
  return last !== undefined && last.charCodeAt(last.length - 1) === 41 /* ) */ && REGISTRY_NUMBER.test(last);
}

/** The keywords, MEDLINE's substances named without their registry numbers. */
export function namedSubstances(keywords: string[]): string[] {
  return substancesLast(keywords) ? keywords.map((k) => k.replace(REGISTRY_NUMBER, '$1')) : keywords;
}
