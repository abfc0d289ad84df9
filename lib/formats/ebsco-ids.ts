// EBSCOhost permalinks, read the same way by every importer: RIS UR/L2 (ris-ids.ts), BibTeX url
// (EBSCO's own BibTeX and Mendeley's of EBSCO records: bibtex.ts), the EBSCO CSV's Permalink.
//
//   https://search.ebscohost.com/login.aspx?direct=true&db=cmedm&AN=21513720&site=ehost-live
//
// AN is the record's accession number in the database named by db. EBSCO's MEDLINE databases
// (MEDLINE Complete `mdc`, MEDLINE `mnh`, MEDLINE with Full Text `cmedm`) number records by PMID;
// CINAHL (`rzh`, `ccm`), Academic Search (`a9h`), APA PsycInfo (`psyh`, "2018-47047-013") and the
// rest number them their own way. Libraries put their proxy in front
// ("https://elib.uah.edu/login?url=https://search.ebscohost.com/login.aspx?…&db=a9h&AN=66705244…")
// or rewrite the host (EZproxy: "search-ebscohost-com.proxy.ulib.uits.iu.edu/login.aspx?…").

const EBSCO_LINK = /\bebscohost[.-]com\b/i;
const MEDLINE_DB = /^(?:mdc|mnh|cmedm)$/i;
const PMID = /^[1-9]\d{0,8}$/;

/** True for the code of one of EBSCO's MEDLINE databases ("mdc", "mnh", "cmedm"). */
export const ebscoMedlineDb = (db: string | null | undefined): boolean => !!db && MEDLINE_DB.test(db.trim());

/** The database code and accession number of an EBSCOhost record link (behind a library proxy too). */
export function ebscoPermalink(link: string | undefined): { db: string; an: string } | undefined {
  if (!link || !EBSCO_LINK.test(link)) return undefined;
  const params = new URLSearchParams(link.slice(link.indexOf('?') + 1));
  const an = (params.get('AN') ?? params.get('an'))?.trim();
  if (an) return { db: params.get('db') ?? '', an };
  // A proxy that writes the link encoded: "login?url=https%3A%2F%2Fsearch.ebscohost.com%2F…%26AN%3D…".
  for (const value of params.values()) if (value !== link && EBSCO_LINK.test(value) && value.includes('?')) return ebscoPermalink(value);
  return undefined;
}

/** The PMID of a link to a record of EBSCO's MEDLINE databases: its AN. */
export function ebscoMedlinePmid(link: string | undefined): string | undefined {
  const record = ebscoPermalink(link);
  return record && ebscoMedlineDb(record.db) && PMID.test(record.an) ? record.an : undefined;
}
