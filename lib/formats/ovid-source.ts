// Ovid's citation (SO), the only place a record's journal, volume, issue, pages and year stand
// when a reviewer exports Ovid's "Citation" fields (TI, AU, SO) — as tagged text (medline.ts) or
// as CSV with the field codes as column names (csv-tagged.ts). Each Ovid database writes it its way:
//   MEDLINE, BIOSIS:  "Journal of Clinical Nursing. 32(13-14):1950-1960, 2023 Jul."
//                     "Forest Ecology & Management. 201(2-3):327-334, November 15, 2004."
//   PsycINFO:         "Behavioural and Cognitive Psychotherapy. Vol.43(5), Sep 2015, pp. 623-634."
//   Embase:           "Journal of Advanced Nursing. 75 (3) (pp 567-578), 2019. Date of Publication: …"
// Read whole, the MEDLINE form's pages gave the year ("1950" of "1950-1960, 2023").
import { parseYear } from '../model/normalize';

export interface OvidCitation {
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
  year?: number;
}

// Embase: "Midwifery. 80 (no pagination), 2020. Article Number: 102573.", "BMC Proceedings.
// Conference: 2nd BEAT-PCD Conference … Spain. 12 (Supplement 3) (no pagination), 2018." (the
// conference is no part of the journal's name).
const EMBASE = /^(.+?)\.\s+(?:Conference:.*?\.\s+)?(\d+[A-Za-z]?)\s*(?:\(([^()]*)\)\s*)?\((?:pp\s+([^()]+)|no pagination)\),\s*((?:19|20)\d\d)\b/;
const ARTICLE_NUMBER = /Article Number:\s*([^\s.,;]+)/;
// MEDLINE and BIOSIS: volume, "(issue)", ":pages", then the date after a comma, its year anywhere
// in it ("2023 Jul", "November 15, 2004"). A supplement is an issue ("145(Suppl 1):S45-S50").
const MEDLINE = /^(.+?)\.\s+(\d[^\s(:,]*)(?:\(([^()]*)\))?(?::\s*([^\s,]+))?,\s*[^;]*?\b((?:19|20)\d\d)\b/;
// PsycINFO: "Vol.43(5), Sep 2015, pp. 623-634." (no pages: "…, Sep 2015, No Pagination Specified.").
const PSYCINFO = /^(.+?)\.\s+Vol\.?\s*([^\s(,]+)\s*(?:\(([^()]*)\))?,\s*[^,]*?\b((?:19|20)\d\d)\b[^,]*(?:,\s*pp?\.?\s*([A-Za-z]?\d[\w-]*))?/;

const TRAILING_DOT = /\.$/;

/** Journal, volume, issue, pages and year of an Ovid SO of any of these forms; undefined for another. */
export function ovidCitation(source: string | undefined): OvidCitation | undefined {
  if (!source) return undefined;
  const embase = EMBASE.exec(source);
  if (embase) {
    const [, journal, volume, issue, pages, year] = embase;
    return { journal, volume, issue, pages: pages ?? ARTICLE_NUMBER.exec(source)?.[1], year: parseYear(year) };
  }
  const medline = MEDLINE.exec(source);
  if (medline) {
    const [, journal, volume, issue, pages, year] = medline;
    return { journal, volume, issue: issue?.trim() || undefined, pages: pages?.replace(TRAILING_DOT, ''), year: parseYear(year) };
  }
  const psycinfo = PSYCINFO.exec(source);
  if (!psycinfo) return undefined;
  const [, journal, volume, issue, year, pages] = psycinfo;
  return { journal, volume, issue: issue?.trim() || undefined, pages, year: parseYear(year) };
}
