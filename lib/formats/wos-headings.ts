// Web of Science's plain text writes a structured abstract's headings on lines of their own, each
// paragraph one continuation line (PLOS and BMC journals: "AB Background" / "   Leprosy is a
// condition …" / "   Methods/findings" / "   We systematically searched …"). Joined with spaces
// they would read as the abstract's words ("Background Leprosy is …"); kept on their lines they
// part its sections, as the glued labels of Dimensions' abstracts do (lib/model/glued-labels.ts).
// A line WoS wrapped ends in the words of a sentence, never in a heading of these words alone.
import { SECTION_HEADINGS } from '../model/headings';

// Cochrane's reviews (CDSR), in the Cochrane Library's RIS (AB's continuation lines), name their
// sections so: "Search methods", "Selection criteria", "Data collection and analysis", "Main
// results", "Authors' conclusions". OJS journals print a bilingual abstract's halves under "Abstract"
// and "Abstrak", each alone on its line, which Zotero and Mendeley keep. Emerald's journals give
// every article a structured abstract with headings of their own, a slash inside some
// ("Purpose" / "Design/methodology/approach" / "Findings" / "Originality/value"): EMERALD_HEADS. Its
// guide of 2005–2008 named the first and last "Purpose of this paper" and "What is original/value of
// paper", which its abstracts of those years carry ("What is original/value of the paper:" too).
export const EMERALD_PURPOSE = 'Purpose of (?:this|the) paper';
export const EMERALD_HEADS =
  'Design/methodology/approach|Originality/value|What is original/value of (?:the )?paper|Research limitations/implications|Practical implications|Social implications';
const HEAD = `${SECTION_HEADINGS}|${EMERALD_PURPOSE}|${EMERALD_HEADS}|Abstract|Abstrak|Search methods|Selection criteria|Data collection and analysis|Main results|Authors'? conclusions|Methodology|Materials|Design|Settings?|Participants|Patients|Interventions?|Measurements|Main outcome measures?|Outcomes?|(?:Principal |Main )?[Ff]indings|Interpretation|Discussion|Significance|Implications|Context|Rationale|Limitations|Trial registration|Funding|Author summary|Study design|Case presentation`;
// Pure: a bundle that reads no abstract (the page reader's, through values.ts) leaves it out.
const HEADING = /* @__PURE__ */ new RegExp(`^(?:${HEAD})(?:\\s*(?:/|,|&|\\band\\b)\\s*(?:${HEAD}))*:?$`, 'i');

/** Whether an abstract's line is a section heading alone ("Methods", "Conclusions/Significance"). */
export const headingLine = (line: string) => line.length <= 48 && HEADING.test(line);

// Emerald's own pages and the RIS their site exports may write a heading before its text on one
// line, after a dash: "Purpose – This paper examines …", "Design/methodology/approach – A survey of …".
// Only these headings: "Tuberculosis – a disease of …" is a sentence.
const DASHED_HEADING = /* @__PURE__ */ new RegExp(`^(?:${EMERALD_PURPOSE}|Purpose|Findings|${EMERALD_HEADS})\\s*[–—-]\\s`);

/** Whether an abstract's line opens with an Emerald heading and a dash ("Purpose – This paper …"). */
export const dashedHeading = (line: string) => DASHED_HEADING.test(line);

/**
 * The abstract as one text, its lines (as the file wraps them) joined with spaces, but a heading
 * alone on its line, and the line after it, starting a paragraph: a break the abstract's cleaning
 * keeps (markup.ts sectionLines), "Background\nLeprosy is …\nMethods\nA qualitative …".
 */
export function abstractParagraphs(abstract: string | undefined): string | undefined {
  if (!abstract?.includes('\n')) return abstract;
  const lines = abstract.split('\n');
  let text = lines[0];
  let afterHeading = headingLine(text);
  for (let i = 1; i < lines.length; i++) {
    const heading = !afterHeading && headingLine(lines[i]);
    text += (afterHeading || heading ? '\n\n' : ' ') + lines[i];
    afterHeading = heading;
  }
  return text;
}
