// Embase (Elsevier) writes a structured abstract's section labels in its own form, "Background(s):
// … Method(s): … Result(s): … Conclusion(s): …", all in one paragraph: in Ovid's tagged export, its
// RIS and CSV, and the files of tools that passed its records on (Rayyan, EndNote). Each label is
// put on a line of its own, as structured abstracts from other readers have them (PubMed XML, RIS
// lines, markup.ts sectionLines), so that a reviewer sees the sections apart.
import { SECTION_HEADINGS } from '../model/headings';

/** Embase's mark: a label of the "(s)" form. */
const EMBASE_MARK = '(s):';
/**
 * Where a structured abstract's first label has ended ("Design, Setting, and Participant(s):" is
 * 36 characters): an abstract with no ":" before it opens with no label and is not searched
 * further, so that the 10,000 plain abstracts of an import cost a look at their start only.
 */
const FIRST_LABEL_END = 48;

// A label at a sentence's start (after ".", "?" or "!"): one to five words, the first capitalised,
// ending with ":" ("Method(s):", "Main Outcome Measure(s):", "Design, Setting, and Participant(s):").
const SENTENCE_LABEL = /(?<=[.?!])[^\S\n]+(?=(\p{Lu}[\p{L}-]*(?:\(s\))?(?:,?[^\S\n]+(?:and[^\S\n]+|&[^\S\n]+)?[\p{L}-]+(?:\(s\))?){0,4}):)/gu;
/** A label without the "(s)" that Embase writes beside those that have it ("Objective: … Method(s): …"). */
const HEADING = new RegExp(`^(?:${SECTION_HEADINGS})$`);

/**
 * The abstract with each Embase section label starting a line. Only in an abstract that opens
 * with a label and has one of the "(s)" form; there, a known heading without it counts too, and only at a sentence's
 * start ("the primary outcome(s): …" and "Two groups were compared: …" stay).
 */
export function embaseSectionLines(abstract: string): string {
  if (abstract.lastIndexOf(':', FIRST_LABEL_END) < 0 || !abstract.includes(EMBASE_MARK)) return abstract;
  return abstract.replace(SENTENCE_LABEL, (space: string, label: string) => (label.includes('(s)') || HEADING.test(label) ? '\n' : space));
}
