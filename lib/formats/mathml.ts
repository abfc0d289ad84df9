// PubMed XML writes formulas in titles and abstracts as MathML (<mml:math>), indented over many
// lines: "inhaled <mml:math><mml:mrow><mml:mmultiscripts><mml:mrow><mml:mi>He</mml:mi></mml:mrow>
// <mml:mprescripts/><mml:none/><mml:mrow><mml:mn>3</mml:mn></mml:mrow></mml:mmultiscripts>…".
// Read as text runs its indentation would become line breaks between every symbol ("inhaled\nHe\n3\n/");
// read as PubMed shows it the formula is "3He/129Xe MRI": the symbols' own text only, a prescript
// before its base.
import type { XmlElement } from './xml-scan';

/** The element's name without its namespace prefix ("mml:mi" → "mi"). */
const localName = (element: XmlElement) => element.name.slice(element.name.indexOf(':') + 1);

/** MathML's token elements, whose text is the symbol itself (mtext's " " included). */
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

/** Whether an element is a MathML formula. */
export const isMath = (element: XmlElement) => element.name === 'math' || element.name.endsWith(':math');

/** A formula as text: its symbols in reading order, the layout's whitespace left out. */
export function mathText(element: XmlElement): string {
  const name = localName(element);
  if (TOKENS.has(name)) return element.children.map((item) => (typeof item === 'string' ? item : mathText(item))).join('');
  const parts = element.children.filter((item): item is XmlElement => typeof item !== 'string');
  // A fraction as PubMed writes one in a line ("1/2 mg/kg"), a root with its sign.
  if (name === 'mfrac') return parts.map(mathText).join('/');
  if (name === 'msqrt') return `√${parts.map(mathText).join('')}`;
  if (name !== 'mmultiscripts') return parts.map(mathText).join('');
  // Base, then sub/superscript pairs after it, then <mprescripts/> and the pairs before it.
  const split = parts.findIndex((part) => localName(part) === 'mprescripts');
  const after = split < 0 ? parts : parts.slice(0, split);
  const before = split < 0 ? [] : parts.slice(split + 1);
  return [...before, ...after].map(mathText).join('');
}
