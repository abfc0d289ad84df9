// RIS tags → Article fields: the one tag table, and one record's tag lines as the scanner
// collects them (ris.ts). Identifiers (PMID, a database's own id) are in ris-ids.ts.
import type { Draft } from './record';
import { doiFrom, httpUrl, joinPages } from './values';
import { provenance, risPmid, risSourceId } from './ris-ids';
import { codes, type Tags } from './ris-tags';

/** The one tag → field table: tags in order of preference. */
const RIS = {
  title: codes('TI', 'T1', 'CT', 'ST'),
  // Primary authors only: A2 (editors), A3 (series editors), A4 (translators) are not authors.
  // The scanner files A1 lines under AU, so that both keep their file order.
  authors: codes('AU'),
  year: codes('PY', 'Y1', 'DA', 'Y2'),
  // Full journal title over abbreviations.
  journal: codes('JF', 'T2', 'JO', 'JA', 'J2', 'J1'),
  volume: codes('VL'),
  issue: codes('IS'),
  startPage: codes('SP'),
  endPage: codes('EP'),
  doi: codes('DO'),
  /** Where a DOI hides when DO is missing (links, EndNote's M3/N1). */
  doiElsewhere: codes('UR', 'L2', 'L1', 'L3', 'L4', 'LK', 'M3', 'N1', 'M1', 'M2'),
  abstract: codes('AB', 'N2'),
  keywords: codes('KW'),
  url: codes('UR', 'L2', 'L1', 'L3', 'L4', 'LK'),
  language: codes('LA'),
} as const;

/** Keywords: one per KW line, or "a; b; c" on one line. */
function keywordsOf(tags: Tags): string[] {
  const lines = tags.all(RIS.keywords);
  for (const value of lines) if (value.includes(';')) return lines.flatMap((line) => line.split(';'));
  return lines;
}

export function risToDraft(tags: Tags): Draft {
  const from = provenance(tags);
  return {
    title: tags.first(RIS.title),
    authors: tags.all(RIS.authors),
    year: tags.first(RIS.year),
    journal: tags.first(RIS.journal),
    volume: tags.first(RIS.volume),
    issue: tags.first(RIS.issue),
    pages: joinPages(tags.first(RIS.startPage), tags.first(RIS.endPage)),
    doi: doiFrom(tags.first(RIS.doi)) ?? tags.find(RIS.doiElsewhere, doiFrom),
    pmid: risPmid(tags, from),
    abstract: tags.first(RIS.abstract),
    keywords: keywordsOf(tags),
    url: tags.find(RIS.url, httpUrl),
    language: tags.first(RIS.language),
    sourceId: risSourceId(tags, from),
  };
}
