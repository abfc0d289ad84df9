// The abstract as the page shows it, for pages whose metadata carries none (PMC, many journal
// sites) or only a cut-short one: the element the page marks as its abstract, else the section
// under a heading "Abstract" / "Abstrak". Never highlights, a graphical abstract, or the
// abstract of a cited or recommended article.
import { nodeLines, textOf } from './dom';
import { SECTION_HEADINGS } from '../model/headings';

/** Elements that mark themselves as the abstract, in the markup of the common publishers. */
// `@__PURE__`: content scripts that never look for an abstract box leave these lines out.
export const MARKED = /* @__PURE__ */ [
  '[role="doc-abstract"]', // DPUB-ARIA: Springer Nature, Hindawi, many JATS renderings
  'section.abstract',
  'div.abstract', // PMC, JATS-derived HTML, PLOS, OJS 3 (section.item.abstract)
  '#abstract',
  '#Abstract',
  '#articleAbstract', // generic ids; OJS 2
  '.article-section__abstract',
  '.abstract-group', // Wiley
  'section[data-title="Abstract"]',
  '#Abs1-content', // Springer, BMC
  '.abstractSection',
  '.abstractInFull',
  '.hlFld-Abstract', // Taylor & Francis, SAGE (Atypon)
  '#html-abstract',
  '.html-abstract',
  '.art-abstract', // MDPI
  '.JournalAbstract',
  '.article-abstract',
  '.abstract-content',
  '.articleAbstract', // Frontiers, others
  '.research-detail-middle-section__abstract', // ResearchGate
].join(', ');

/**
 * Where what a page shows belongs to another article: references, related, most-read and
 * popular lists, sidebars (OJS's pkp_structure_sidebar) — never this article's abstract or DOI.
 * Made when the script runs (String): the minifier copies a bare literal into each of its uses
 * (six in the reader), which the content scripts' size budget pays for.
 */
export const ELSEWHERE = /* @__PURE__ */ String(
  '[id*="reference" i], [class*="reference" i], [class*="related" i], [class*="recommend" i], [class*="cited" i], [class*="most-read" i], [class*="mostread" i], [class*="popular" i], [id*="sidebar" i], [class~="sidebar"], [class*="structure_sidebar"], nav, footer, aside',
);
const NOT_THE_ABSTRACT = /highlights|graphical|video abstract|lay summary|plain language/i;
/** Headings that name the abstract, in the languages Saring's reviewers read. */
const ABSTRACT_LABEL = /^(?:abstract|abstrak|summary|ringkasan|résumé|resumen|resumo|zusammenfassung|sažetak|özet)\s*[:.]?$/i;
/** "Abstrak:" leading a paragraph's text: the same words, not anchored at the end. */
const LEADING_LABEL = /* @__PURE__ */ new RegExp(ABSTRACT_LABEL.source.slice(0, -1), 'i');
const HEADINGS = 'h1, h2, h3, h4, h5, h6, .section-title, .label, .title';
/**
 * Inside an abstract box but not the abstract: keyword lists (PMC, JATS), buttons, scripts, and
 * the title, authors and affiliations some publishers put in the same box (Frontiers' div.JournalAbstract
 * lists the affiliations as ul.notes: "<li><sup>1</sup>Department of Midwifery, …</li>").
 */
const SKIP = 'script, style, button, .kwd-group, .kwd-title, .kwd-text, [class*="keyword" i], h1, [class*="author" i], [class*="affil" i], ul.notes';
/** A section's label in bold: one of the usual headings, or a few words ending in ":". */
const SECTION_LABEL = /* @__PURE__ */ new RegExp(`^(?:(?:${SECTION_HEADINGS})\\s*[:.]?|[^.:]{1,40}:)$`, 'i');

/**
 * "<b>Methods:</b> We …", "<strong>RESULTS</strong>": a label in bold that opens a section of
 * the abstract (nothing before it on its line but a sentence's end) starts a line of its own,
 * as a heading element does (Europe PMC's h4): the sections do not run together.
 */
// Only the generic reader looks for them (bodyAbstract): a site's script leaves them out.
function sectionLabel(el: Element): boolean {
  const before = el.previousSibling?.textContent ?? '';
  const label = textOf(el);
  // A bold word that opens a sentence ("<strong>Background</strong> noise in neonatal units …") is no label:
  // one is followed by its colon, a dash or a sentence of its own ("<b>RESULTS</b>Prenatal …").
  const after = /[:.]$/.test(label) || /^\s*(?:[:.\-–—]|\p{Lu})/u.test(el.nextSibling?.textContent ?? '');
  return el.matches('b, strong') && SECTION_LABEL.test(label) && after && /(?:^|[.!?:;)])\s*$/.test(before);
}
type Label = ((el: Element) => boolean) | undefined;

/** An abstract is a paragraph or more; shorter text is a link or a label. */
const MIN_LENGTH = 50;

function heading(box: Element): Element | null {
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (child.matches(HEADINGS)) return child;
    if (textOf(child)) return null; // text came first: the box has no heading of its own
  }
  return null;
}

/** "Abstract", "Abstrak:", or a paragraph led by one in bold ("<p><b>Abstrak:</b> Stunting …"). */
function isLabel(node: Node): boolean {
  const lead = (node as Element).firstElementChild;
  return node.nodeType === 1 && (ABSTRACT_LABEL.test(textOf(node as Element)) || (!!lead?.matches('strong, b') && ABSTRACT_LABEL.test(textOf(lead))));
}

/**
 * The text of a box without its "Abstract" label; section headings inside stay. A second label
 * starts the other language's copy (bilingual OJS themes put both in one box): left out. Text
 * before the first label is the abstract (the first language) unless it is only the title and
 * authors the box also holds (skipped), in which case the abstract starts at the label.
 */
function boxText(box: Element, label: Label): string {
  const nodes = Array.from(box.childNodes);
  const labels = nodes.flatMap((n, i) => (isLabel(n) ? [i] : []));
  const text = (from: number, to?: number) => nodeLines(nodes.slice(from, to), SKIP, label).join('\n');
  if (!labels.length) return text(0);
  const before = text(0, labels[0]);
  if (before.length >= MIN_LENGTH) return before;
  // From a label on, the label's words taken off ("Abstract" alone, or "Abstrak:" before the text).
  // A label with nothing after it but another label ("Abstract" over "<p><b>ABSTRACT</b></p>",
  // OJS themes) gives way to the next.
  const after = (k: number) =>
    text(labels[k], labels[k + 1])
      .replace(LEADING_LABEL, '')
      .trimStart();
  for (let k = 0; k < labels.length; k++) {
    const abstract = after(k);
    if (abstract) return abstract;
  }
  return '';
}

function isAbstractBox(box: Element): boolean {
  if (box.closest(ELSEWHERE)) return false;
  const marks = `${box.id} ${box.getAttribute('class') ?? ''}`;
  if (/graphical|highlight/i.test(marks)) return false;
  const own = heading(box);
  return !own || !NOT_THE_ABSTRACT.test(textOf(own));
}

/**
 * The abstract among boxes that claim to be one: the one headed "Abstract" (or the first headed
 * "Summary", "Abstrak", …), else the first innermost one that is not highlights or a graphical abstract.
 */
export function pickAbstract(boxes: readonly Element[], label?: Label): string | undefined {
  const usable = boxes.filter(isAbstractBox);
  const named = usable.filter((box) => ABSTRACT_LABEL.test(textOf(heading(box))));
  // An abstract in each language (Enfermería Clínica: "Resumen", then "Abstract"): the English one.
  const english = named.find((box) => /^abstract/i.test(textOf(heading(box))));
  // Unnamed, a wrapper holding several abstracts (English and Indonesian) gives way to its first.
  const innermost = usable.filter((box) => !usable.some((other) => other !== box && box.contains(other)));
  for (const box of named.length ? [english ?? named[0]] : innermost) {
    const text = boxText(box, label);
    if (text.length >= MIN_LENGTH) return text;
  }
  return undefined;
}

/** The text that follows a heading "Abstract": its section, or its siblings up to the next heading. */
function underHeading(label: Element): string {
  const box = label.parentElement;
  if (box && heading(box) === label && !box.matches('body, main, article, [role="main"]')) return boxText(box, sectionLabel);
  const parts: Node[] = [];
  for (let next = label.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1 && (next as Element).matches(HEADINGS)) break;
    parts.push(next);
  }
  return nodeLines(parts, SKIP, sectionLabel).join('\n');
}

/** "<p><strong>Abstrak:</strong> Stunting …</p>": a paragraph that starts with the label. */
function labelledParagraph(doc: Document): string | undefined {
  for (const label of Array.from(doc.querySelectorAll('p > strong:first-child, p > b:first-child'))) {
    if (!ABSTRACT_LABEL.test(textOf(label)) || label.closest(ELSEWHERE)) continue;
    const text = nodeLines(
      Array.from(label.parentElement!.childNodes).filter((n) => n !== label),
      SKIP,
      sectionLabel,
    ).join('\n');
    if (text.length >= MIN_LENGTH) return text;
  }
  return undefined;
}

/** The page's abstract from its body, or undefined. */
export function bodyAbstract(doc: Document): string | undefined {
  const marked = pickAbstract(Array.from(doc.querySelectorAll(MARKED)), sectionLabel);
  if (marked) return marked;
  for (const label of Array.from(doc.querySelectorAll(HEADINGS))) {
    if (!ABSTRACT_LABEL.test(textOf(label)) || label.closest(ELSEWHERE)) continue;
    const text = underHeading(label);
    if (text.length >= MIN_LENGTH) return text;
  }
  return labelledParagraph(doc);
}
