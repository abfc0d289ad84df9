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

/** Where RDFa describes other works: reference lists (Atypon's doc-bibliography), related and cited lists. */
const OTHER_WORKS = `${ELSEWHERE}, [role^="doc-biblio"]`;

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
  const own = (selector: string) => Array.from(doc.querySelectorAll(selector)).find((el) => !el.closest(OTHER_WORKS));
  const value = (el: Element | null | undefined) => (el && (el.getAttribute('content') ?? textOf(el))) || undefined;
  const periodical = own('[typeof~="Periodical"]');
  const volume = own('[property="volumeNumber"]');
  return {
    journal: value(periodical?.matches('[property="name"]') ? periodical : periodical?.querySelector('[property="name"]')),
    volume: bare(value(volume)),
    issue: bare(value(own('[property="issueNumber"]'))),
    pages: pageRange(value(own('[property="pageStart"]')), value(own('[property="pageEnd"]'))),
    // The date beside the volume is the issue's ("Published In"); a date elsewhere may be the day it went online.
    year: parseYear(value(volume?.parentElement?.querySelector('[property="datePublished"]'))),
  };
}
