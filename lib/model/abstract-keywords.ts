// Keyword lists written into an abstract, as OJS journals, Garuda and SciELO print them:
// "… mothers. Keywords: a; b ABSTRAK … Kata kunci: c; d". One rule for pages (Garuda, any
// journal page) and imports (a record that has no keywords of its own).
import { DOT_LIST } from './normalize';
import { SECTION_HEADINGS } from './headings';

// Where a label may start: the text's start, after a sentence's end or a line break (a few spaces
// after it at most), or run into the word before it. Only where a label's letter is.
const STARTS = '(?=[kpd])(?<=^|[.!?;)\\]"”\\n]\\s{0,4}|\\p{L})';
const LABEL = 'key[\\s-]*words?|kata\\s+kunci|palavras?[-\\s]chave|palabras?\\s+claves?|descri(?:tores|ptores|ptors)';
// What follows a label: a colon, or the em dash of IEEE's template, which Indonesian journals on it
// print so ("Kata Kunci—stunting, balita", JNTETI; "Keywords—short answer grading, BERT").
const MARK = '\\s*[:：\u2014]';
// A list ends at the other language's abstract (JNTETI's Indonesian one is its "Intisari"), at the next label ("Background:", "Keywords:") or at the end.
// A label starts a sentence or a line, or is run into the word before it ("mothers.Keywords:",
// "ASIKata kunci:"): "… searched with the keywords: a, b" is a sentence of the abstract.
const LIST = /* @__PURE__ */ new RegExp(`${STARTS}(?:${LABEL})${MARK}\\s*([\\s\\S]*?)(?=\\b(?:ABSTRA(?:K|CT)|INTISARI)\\b|\\s(?:${SECTION_HEADINGS}|${LABEL})${MARK}|$)`, 'giu');
// A full stop before a sentence ends a list too ("…; ASI. Breastfeeding is …"); not "Ca. mammae" or "vit. D".
const SENTENCE_AFTER = /\.\s+(?=[A-Z][a-z]+\s)/;
const LIST_MAX = 300;
/** A list's label at the start of a text ("Kata kunci: a, b"), as a page's keyword tag may hold it. */
export const LEADING_LABEL = /* @__PURE__ */ new RegExp(`^(?:${LABEL})${MARK}\\s*`, 'i');
const LABELLED = /* @__PURE__ */ new RegExp(`${STARTS}(?:${LABEL})${MARK}`, 'iu');
/** How far from the end a list that ends an abstract may start: the longest list and its label. */
const TAIL = LIST_MAX + 40;

/** The keywords of the lists an abstract holds, each once (first spelling kept). */
export function abstractKeywords(abstract: string): string[] {
  const keywords: string[] = [];
  for (const m of abstract.matchAll(LIST)) {
    const list = m[1].split(SENTENCE_AFTER)[0];
    if (list.length > LIST_MAX) continue;
    for (const k of splitKeywordList(list)) if (!keywords.some((w) => w.toLowerCase() === k.toLowerCase())) keywords.push(k);
  }
  return keywords;
}

/**
 * The abstract without a keyword list that ends it ("… (p = 0.001). Kata kunci: a, b, c"). `dashes`:
 * whether a label may end in an em dash ("Keywords—a, b"); imports say so only for an abstract that
 * opens with IEEE's "Abstract—", as looking for the dash costs a search of the text.
 */
export function withoutEndKeywords(abstract: string, dashes = true): string {
  // Such a list is short, so its label is near the end: only that part is searched.
  const from = Math.max(0, abstract.length - TAIL);
  if (abstract.indexOf(':', from) < 0 && abstract.indexOf('：', from) < 0 && !(dashes && abstract.indexOf('\u2014', from) >= 0)) return abstract;
  const tail = abstract.slice(from).trimEnd();
  let end: RegExpExecArray | undefined;
  for (const m of tail.matchAll(LIST)) end = m;
  if (!end || end.index + end[0].length < tail.length || end[1].length > LIST_MAX || SENTENCE_AFTER.test(end[1])) return abstract;
  // An abstract in two languages, each with its list (OJS), keeps both lists, each under its text.
  const text = abstract.slice(0, from + end.index).trimEnd();
  return LABELLED.test(text) ? abstract : text;
}

/**
 * "a; b; c", "a, b, c" or "a · b · c": each keyword, without the list's punctuation (pages and
 * imports, which clean each keyword's whitespace as every field's).
 */
export function splitKeywordList(list: string): string[] {
  const sep = list.includes(';') ? ';' : (DOT_LIST.exec(list)?.[0] ?? ',');
  return list
    .split(sep)
    .map((k) =>
      k
        .trim()
        .replace(/[.;,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
}
