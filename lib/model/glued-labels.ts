// Labels run into the words beside them, where an exporter or a journal system dropped the
// breaks around them: OJS pages ("ABSTRACTBreast milk … mothers.Keywords: …") and Dimensions'
// exports of BMC-style abstracts ("BackgroundAnthropogenic light … light.MethodsThe protocol …").
// For pages (the generic reader) and imports alike.
import { SECTION_HEADINGS } from './headings';

/** The labels and headings of an abstract, as OJS journals write them in both languages. */
// In capitals too ("… tinggi.TUJUAN: …"), as many Indonesian journals write them.
const HEADS = `ABSTRA(?:CT|K)|Abstra(?:ct|k)|Keywords?|KEYWORDS?|Kata [Kk]unci|KATA KUNCI|${SECTION_HEADINGS}|${SECTION_HEADINGS.toUpperCase()}`;
/** A label run into the word before it ("milkABSTRAK", "mothers.Keywords:"), or into the word after it ("ABSTRACTBreast", "BackgroundBreast"). */
// Before: a word of two lowercase letters or more ("eMethods" is a word of its own). After: a
// capitalised word ("ABSTRACTS and" and "MethodsX is" are no label run into a word).
const GLUED_BEFORE = /* @__PURE__ */ new RegExp(`(?<=\\p{Ll}{2}|[.,;:)])(?=(?:${HEADS})(?!\\p{Ll}))`, 'gu');
const GLUED_AFTER = /* @__PURE__ */ new RegExp(`(?<=(?:^|[\\s.,;:)])(?:${HEADS}))(?=\\p{Lu}\\p{Ll})`, 'gu');
const GLUED_START = /* @__PURE__ */ new RegExp(`^(?:${HEADS})(?=\\p{Lu}\\p{Ll})`, 'u');

/**
 * An abstract whose paragraphs were run together, or undefined when it shows no sign of it. OJS
 * makes its DC.Description and citation_abstract with PHP's strip_tags, which drops the breaks:
 * "ABSTRACTBreast milk … among 30 mothers.Keywords: …ABSTRAKProduksi ASI …". The labels are put
 * back on lines of their own, so that terms match as words and two languages part.
 */
export function unglued(abstract: string): string | undefined {
  const text = abstract.replace(GLUED_BEFORE, '\n').replace(GLUED_AFTER, '\n');
  return text === abstract ? undefined : text;
}

/** Whether an abstract opens with a label run into its first word ("BackgroundAnthropogenic"): a cheap test for imports. */
export const opensGlued = (abstract: string) => GLUED_START.test(abstract);

// A section label run into the sentence before it ("… masih tinggi.Tujuan: Mengetahui …"), as OJS's
// RIS download writes every structured abstract: it strips the tags and then the line breaks.
const GLUED_SECTION = /* @__PURE__ */ new RegExp(`[.;)](?=(?:${HEADS})\\s*:)`, 'u');

/** Whether an abstract holding a colon has a section label run into the sentence before it: a test for imports. */
export const gluedSection = (abstract: string) => GLUED_SECTION.test(abstract);
