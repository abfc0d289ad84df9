// Where a page without citation_journal_title names its journal: Dublin Core's source (OJS without
// its Google Scholar plugin), DSpace's DCTERMS.isPartOf, or the work's own citation. Only the
// reader bundles this file.
import { dcSourceParts, journalAndIssue } from '../formats/issue-labels';
import { first, pick } from './meta';

type Meta = Map<string, string[]>;

/**
 * DC.Source, the journal on a page with Dublin Core alone (OJS without its Google Scholar plugin),
 * else DCTERMS.isPartOf (DSpace), unless it names nothing (NO_NAME), or the page is a book's (Open Monograph Press: DC.Type "Text.Book",
 * whose DC.Source names the press). A repository that harvested the record from OJS over OAI-PMH
 * writes OJS's whole source there, "Jurnal X; Vol 5, No 2 (2020); 12-20" (the ISSNs in tags of
 * their own): the journal, the issue as OJS labels it, and the pages.
 */
export function dcSource(meta: Meta): string[] {
  if (/\bbook\b/i.test(first(meta, 'dc.type') ?? '')) return [];
  // A source in one line, "Jurnal Ners, Vol. 14 No. 2 (2019)" (DSpace's isPartOf): its name and its issue, as imports read it.
  return pick(meta, (v) => (NO_NAME.test(v) ? undefined : (dcSourceParts(v) ?? journalAndIssue(v) ?? [v])), 'dc.source', 'dcterms.ispartof') ?? [];
}

/**
 * A source or container tag that names nothing: a link (a WordPress attachment's parent post, an
 * issue's page), a URN ("urn:ISSN:2639-9636", as Ingenta writes DCTERMS.isPartOf), an ISSN or a
 * catalogue number ("6202.0"), "ISSN 2087-5681". DSpace writes its dc.relation.ispartof, the journal where a
 * repository records one, as DCTERMS.isPartOf; a series (ispartofseries) goes to DC.relation.
 */
const NO_NAME = /^(?:https?|urn):|^issn\b|^[\d.\s-]+[\dx]$/i;

/**
 * The journal in the page's citation of the work itself, when no tag names it: DSpace writes its
 * dc.identifier.citation as DCTERMS.bibliographicCitation ("Sari, D. (2019). Title. Jurnal Ners,
 * 14(2), 12-20."): the words after the title, up to the volume. Without the title in it, only
 * Ingenta's form, which starts with the journal ("The Senior Care Pharmacist, 35, 4, 148-149(2)").
 * A thesis's or a book's citation has no volume: no journal.
 */
export function citedJournal(citation: string | undefined, title: string): string | undefined {
  if (!citation) return undefined;
  const at = citation.toLowerCase().indexOf(title.toLowerCase());
  const m = at < 0 ? /^([^,()]*\p{L}[^,()]*), \d+, \d+, \d/u.exec(citation) : CITED_AFTER_TITLE.exec(citation.slice(at + title.length));
  const name = m?.[1].replace(/[\s.]+$/, '');
  // What follows a title the citation gives longer than the page (its subtitle, ": studi kasus. Jurnal …") is no journal.
  return name && !name.startsWith(':') ? name : undefined;
}
// After the title and its closing marks, each style's way: APA ". Jurnal Ners, 14(2)", Harvard
// "', Jurnal Ners, 14(2)", IEEE '," Jurnal Ners, vol. 14, no. 2", Vancouver ". Jurnal Ners. 2019; 14(2)".
const CITED_AFTER_TITLE = /^[\s.?!"”'’,]*([^()]*?\p{L}[^()]*?)(?:[\s,]+(?:vol(?:ume)?\.?\s*)?\d+(?=\s*[(,:]|\s+(?:no|nomor|issue)\b)|\.\s*(?:19|20)\d\d\s*[;,])/iu;
