// The label an abstract may open with, which is no part of it, and the rest of an imported
// abstract's cleaning (record.ts, for every importer).
import { withoutCopyright } from '../model/copyright';
import { withoutEndKeywords } from '../model/abstract-keywords';
import { gluedSection, opensGlued, unglued } from '../model/glued-labels';
import { ARTICLE_LIMITS as MAX } from '../model/limits';
import { embaseSectionLines } from './embase-sections';
import { capitalSectionLines, ovidParagraphs } from './capital-sections';
import { cut } from './values';
import { ABSTRACT_LABEL } from '../model/abstract-label';

// IEEE's template: "Abstract—… Keywords—a, b" ("Intisari—… Kata Kunci—a, b", JNTETI). Its em-dash
// keyword lists are looked for only in an abstract that opens with its label: searching every
// abstract for the dash would cost ~14 ms a 10,000 records.
export const IEEE_OPENING = /^(?:ABSTRA(?:CT|K)|Abstra(?:ct|k)|INTISARI|Intisari)\s*\u2014/;

/**
 * The abstract without what exporters leave in it (a copyright notice, its label, a keyword list
 * that ends it), its sections on lines of their own (record.ts). A function of its own: the
 * record's constructor, run 10,000+ times an import, stays small enough for the engine to inline
 * what it calls.
 */
export function abstractText(written: string, labelled: boolean, dashed: boolean, url: string | undefined): string {
  let text = withoutCopyright(written);
  // Dimensions' "BackgroundAnthropogenic light … light.MethodsThe protocol" and OJS's "… tinggi.Tujuan: …": labels on lines of their own.
  if (opensGlued(text) || (labelled && gluedSection(text))) text = unglued(text) ?? text;
  // Embase's "… 2015. Method(s): …": labels on lines of their own (a substring test for any other abstract).
  text = embaseSectionLines(text);
  // PubMed's "… is needed. METHODS: We …" (MEDLINE text, the RIS that passes it on): the same, for labels in capitals.
  if (labelled) text = capitalSectionLines(text);
  if (url?.includes('.ovid.com/')) text = ovidParagraphs(text);
  return cut(withoutEndKeywords(text.replace(ABSTRACT_LABEL, ''), dashed), MAX.abstract);
}
