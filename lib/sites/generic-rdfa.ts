// The journal and issue a page prints as schema.org RDFa (property and typeof attributes): the
// "core" design of Atypon's Literatum (SAGE, PNAS, AHA, ACM) writes no citation_* tags, only Dublin
// Core, whose dc.Date is the day the article went online; its "Published In" block names the rest:
//   <div property="isPartOf" typeof="Periodical"><span property="name">Hypertension</span></div>
//   <span property="volumeNumber">52</span><span property="issueNumber">1</span>
//   <span property="datePublished">1 July 2008</span><span property="pageStart">86</span>…
// Only the reader bundles this file.
import { parseYear } from '../model/normalize';
import { ELSEWHERE } from './abstract';
import { pageRange, textOf } from './dom';
import { bare } from './generic-fields';

/**
 * Where RDFa describes other works: reference lists (Atypon's doc-bibliography), related and cited
 * lists; and an issue or volume described as a subject of its own (PublicationIssue,
 * PublicationVolume), with no property tying it to the article: a box of the journal's current
 * issue (<div typeof="PublicationIssue">…), where the article's own issue is its isPartOf's value.
 */
const OTHER_WORKS = `${ELSEWHERE}, [role^="doc-biblio"], [typeof*=Publication]:not([property])`;

export interface PublishedIn {
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** The issue's year: the date printed beside its volume and issue, not the day it went online. */
  year?: number;
}

/** The page's own "Published In" block as its RDFa gives it; empty when it has none. */
export function publishedIn(doc: Document): PublishedIn {
  const owned = (within: ParentNode, selector: string) => Array.from(within.querySelectorAll(selector)).filter((el) => !el.closest(OTHER_WORKS));
  const value = (el: Element | null | undefined) => (el && (el.getAttribute('content') ?? textOf(el))) || undefined;
  // Each field from the one block that names the volume (with the journal when it names it too),
  // never a volume from one block and a journal or date from another (a current-issue box).
  const blockOf = (volume: Element) => {
    let block = volume.parentElement;
    while (block && block !== doc.body && !owned(block, '[typeof~="Periodical"]').length) block = block.parentElement;
    return block && block !== doc.body ? block : (volume.parentElement ?? doc);
  };
  const blocks = owned(doc, '[property="volumeNumber"]').map((volume) => ({ volume, block: blockOf(volume) }));
  // The date beside a volume is its issue's ("Published In"); one elsewhere, as the header's
  // "First published online", is the day it went online: the block with a date comes first.
  const dated = (b: { block: ParentNode }) => b.block.querySelector('[property="datePublished"]');
  // One in the page's article element first: a box of the current issue beside it, untyped, is none of the article's.
  const chosen = blocks.find((b) => dated(b) && b.volume.closest('article')) ?? blocks.find(dated) ?? blocks[0];
  const within = chosen?.block ?? doc;
  const own = (selector: string) => owned(within, selector)[0];
  const periodical = own('[typeof~="Periodical"]');
  return {
    journal: value(periodical?.matches('[property="name"]') ? periodical : periodical?.querySelector('[property="name"]')),
    volume: bare(value(chosen?.volume)),
    issue: bare(value(own('[property="issueNumber"]'))),
    pages: pageRange(value(own('[property="pageStart"]')), value(own('[property="pageEnd"]'))),
    year: parseYear(value(chosen && dated(chosen))),
  };
}
