// The XML exports' reader (EndNote XML, PubMed XML): one linear pass over the text that builds a
// small tree only for each record element, hands it over when the record closes, and forgets it.
// Hand-written rather than a library: it must run in a Web Worker (no DOMParser), keep the order
// of mixed text (EndNote's several <style> runs in one field, PubMed's <i> and <sup> inside a
// title), read every complete record of a truncated file and say where the file ends, and know
// each record's line. Not a validating parser: a stray end tag is ignored, an element left open
// is closed by its parent's end tag, and entities other than XML's own are left for the record
// cleaning (markup.ts), as in every other importer.
import { stripMarkup } from './markup';
import { Warnings } from './record';
import { isMath, mathText } from './mathml';
import { importMessage, shortValue, type ImportMessage } from './messages';

export interface XmlElement {
  readonly name: string;
  /** The attributes as written (`name="Journal Article"`), read by attr(). */
  readonly attrs: string;
  /** Text (entities decoded) and elements, in file order. */
  readonly children: (XmlElement | string)[];
  /** Offset of its "<" in the text. */
  readonly at: number;
}

export interface XmlScan {
  /** The document element's name ("xml", "PubmedArticleSet"), when there is one. */
  root: string | undefined;
  /** True when the document element's end tag was read. */
  closed: boolean;
  /** The record the text ends inside (a truncated file): not handed over. */
  open: XmlElement | undefined;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's own entities decoded (&amp; &lt; &#xD; …); others (&nbsp;) are left to the record cleaning. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** The end of the start tag opened at `lt` (the offset of its ">"), quotes respected; -1 when the text ends first. */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 /* > */) return i;
  }
  return -1;
}

/** Where a declaration, comment, CDATA section or processing instruction opened at `lt` ends (after it); -1 when the text ends first. */
function specialEnd(text: string, lt: number): number {
  const close = (marker: string, from: number) => {
    const at = text.indexOf(marker, from);
    return at < 0 ? -1 : at + marker.length;
  };
  if (text.startsWith('<!--', lt)) return close('-->', lt + 4);
  if (text.startsWith('<![CDATA[', lt)) return close(']]>', lt + 9);
  if (text.charCodeAt(lt + 1) === 63 /* ? */) return close('?>', lt + 2);
  // <!DOCTYPE …>, with an internal subset in brackets when it has one.
  const gt = text.indexOf('>', lt);
  const bracket = text.indexOf('[', lt);
  return bracket >= 0 && (gt < 0 || bracket < gt) ? close(']>', bracket) : gt < 0 ? -1 : gt + 1;
}

const NAME_END = /[\s/>]/g;

/**
 * Walk the text; hand each record element (`isRecord(name)`, at any depth, never one inside
 * another) to `onRecord` when its end tag is read. Linear in the text's length.
 */
export function scanXml(text: string, isRecord: (name: string) => boolean, onRecord: (record: XmlElement) => void): XmlScan {
  const scan: XmlScan = { root: undefined, closed: false, open: undefined };
  const inRecord: XmlElement[] = [];
  const outside: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const stop = lt < 0 ? text.length : lt;
    if (inRecord.length && stop > pos) inRecord[inRecord.length - 1].children.push(xmlText(text.slice(pos, stop)));
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const end = specialEnd(text, lt);
      if (end < 0) break;
      if (inRecord.length && text.startsWith('<![CDATA[', lt)) inRecord[inRecord.length - 1].children.push(text.slice(lt + 9, end - 3));
      pos = end;
      continue;
    }
    const gt = tagEnd(text, lt);
    if (gt < 0) break;
    pos = gt + 1;
    if (c === 47 /* / */) {
      closeElement(text.slice(lt + 2, gt).trim(), inRecord, outside, onRecord, scan);
      continue;
    }
    NAME_END.lastIndex = lt + 1;
    const nameEnd = NAME_END.exec(text)?.index ?? gt;
    const name = text.slice(lt + 1, Math.min(nameEnd, gt));
    const empty = text.charCodeAt(gt - 1) === 47; /* / */
    if (!name) continue;
    scan.root ??= name;
    if (!inRecord.length && !isRecord(name)) {
      if (!empty) outside.push(name);
      continue;
    }
    const element: XmlElement = { name, attrs: text.slice(nameEnd, empty ? gt - 1 : gt), children: [], at: lt };
    if (inRecord.length) inRecord[inRecord.length - 1].children.push(element);
    if (empty && !inRecord.length) onRecord(element);
    else if (!empty) inRecord.push(element);
  }
  scan.open = inRecord[0];
  return scan;
}

/** An end tag: the element it names closes, with any left open inside it; a record that closes is handed over. */
function closeElement(name: string, inRecord: XmlElement[], outside: string[], onRecord: (record: XmlElement) => void, scan: XmlScan): void {
  if (inRecord.length) {
    let k = inRecord.length - 1;
    while (k >= 0 && inRecord[k].name !== name) k--;
    const record = inRecord[0];
    if (k < 0) {
      // An end tag of an element around the records (</records>): the record was left open.
      if (!outside.includes(name)) return;
      inRecord.length = 0;
      onRecord(record);
      closeElement(name, inRecord, outside, onRecord, scan);
      return;
    }
    inRecord.length = k;
    if (k > 0) return;
    onRecord(record);
    // A file of one record, which is its document element (a lone <PubmedArticle>).
    if (!outside.length) scan.closed = true;
    return;
  }
  const k = outside.lastIndexOf(name);
  if (k < 0) return;
  outside.length = k;
  if (k === 0) scan.closed = true;
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const item of element.children) if (typeof item !== 'string' && item.name === name) return item;
  return undefined;
}

/** The element at a path of child names ("titles/title"): the first match at each step. */
export function at(element: XmlElement | undefined, path: string): XmlElement | undefined {
  let found = element;
  for (const name of path.split('/')) found = child(found, name);
  return found;
}

/** Every element at a path ("contributors/authors/author"): the first match at each step, every match at the last. */
export function allAt(element: XmlElement | undefined, path: string): XmlElement[] {
  const slash = path.lastIndexOf('/');
  const parent = slash < 0 ? element : at(element, path.slice(0, slash));
  const name = path.slice(slash + 1);
  const out: XmlElement[] = [];
  if (parent) for (const item of parent.children) if (typeof item !== 'string' && item.name === name) out.push(item);
  return out;
}

/** The elements at the first of the paths (in order of preference) that has any. */
export function firstElements(record: XmlElement, paths: readonly string[]): XmlElement[] {
  for (const path of paths) {
    const found = allAt(record, path);
    if (found.length) return found;
  }
  return [];
}

/** The element's text, its descendants' runs joined in order (EndNote's <style> runs, PubMed's <i>). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  let out = '';
  for (const item of element.children) out += typeof item === 'string' ? item : isMath(item) ? mathText(item) : textOf(item);
  return out;
}

/** The first text along the paths, in order of preference, that is not blank (and that `pick` accepts, giving what it returns). */
export function firstText(record: XmlElement, paths: readonly string[], pick: (value: string) => string | undefined = (v) => v): string | undefined {
  for (const path of paths) {
    for (const element of allAt(record, path)) {
      const text = textOf(element);
      const found = text.trim() ? pick(text) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** The text at a path, or undefined when it is missing or blank. */
export function textAt(element: XmlElement | undefined, path: string): string | undefined {
  const text = textOf(at(element, path));
  return text.trim() ? text : undefined;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value, entities decoded. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  if (!element?.attrs) return undefined;
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(element.attrs);
  return match ? xmlText(match[1] ?? match[2]) : undefined;
}

/** Lines of offsets asked for in increasing order: one pass over the text for all of them. */
export class LineCounter {
  private line = 1;
  /** The next line break not yet counted (text.length when there is none): never searched for twice. */
  private next: number;

  constructor(private readonly text: string) {
    this.next = this.find(0);
  }

  private find(from: number): number {
    const at = this.text.indexOf('\n', from);
    return at < 0 ? this.text.length : at;
  }

  of(offset: number): number {
    while (this.next < offset) {
      this.line++;
      this.next = this.find(this.next + 1);
    }
    return this.line;
  }
}

/**
 * Warnings named by record: "record 12: record without a title skipped", with the line when the
 * file has several (EndNote writes its whole library on one line, where a line number says nothing).
 */
export class RecordWarnings extends Warnings {
  record = 0;

  constructor(private readonly lines: boolean) {
    super();
  }

  override add(message: ImportMessage, line?: number): void {
    if (line === undefined) super.add(message);
    else super.add(this.lines ? { ...message, line, record: this.record } : { ...message, record: this.record });
  }
}

/** What a truncated file lost, for its warning; undefined when it ends cleanly. */
export function truncation(scan: XmlScan, what: { records: number; end: string; title: (open: XmlElement) => string | undefined }): ImportMessage | undefined {
  if (scan.open) {
    const title = stripMarkup(what.title(scan.open));
    const named = title ? ` ("${shortValue(title, 80)}")` : '';
    // The record and its title are one value: Chrome refuses to load an extension whose message
    // holds two placeholders side by side ("$1$2" reads as a named placeholder "$1$").
    const record = `${what.records + 1}${named}`;
    if (what.records === 0) return importMessage('cutInsideFirst', record);
    return what.records === 1 ? importMessage('cutInsideSecond', record) : importMessage('cutInside', record, what.records);
  }
  if (scan.root && !scan.closed) return importMessage('endsBefore', what.end, what.records);
  return undefined;
}
