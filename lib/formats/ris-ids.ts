// Identifiers in RIS: every exporter writes the PubMed id somewhere else, and several write
// their own accession numbers in the same tags. A missing PMID costs a duplicate match and a
// link; a wrong one merges two studies. The rules, one per exporter, in the order tried (the
// same table is in lib/formats/README.md):
//
// | exporter                         | where the PMID is                                   | read when                                   |
// |----------------------------------|-----------------------------------------------------|---------------------------------------------|
// | PubMed via EndNote, Zotero, …    | `AN` (accession number)                             | DB or DP names PubMed/MEDLINE/NLM, and nothing names Embase or ProQuest |
// | Scopus                           | `C2` ("PubMed ID")                                  | DB names Scopus                             |
// | Embase                           | `C5` (the MEDLINE PMID)                             | DB or a link names Embase                   |
// | Ovid (MEDLINE segments)          | only in the `L2`/`UR` link: `…&D=medl&…&AN=39012781` | D names a MEDLINE segment (med…, mes…, prem…) |
// | EBSCO (MEDLINE databases)        | the link's AN: `ebscohost.com/login.aspx?…&db=mdc&AN=31999999`, or `AN` when DB is that code | db is mdc, mnh or cmedm |
// | Dimensions                       | `U1  - 35957633 [PMID]`                             | the value is labelled `[PMID]`              |
// | Cochrane CENTRAL                 | `C3  - PUBMED 38507156,EMBASE 2029064766`, `AN  - PUBMED 31999999` | the value is labelled `PUBMED` (capitals) |
// | CINAHL, Zotero notes, any other  | "PMID: 29076563" (EBSCO: "PMID: NLM29076563") in N1/M1/C*/U*/AN, or a PubMed link | always |
//
// Never a PMID: Embase's own AN / U2 (L2001403470), Ovid's AN of other segments (Embase,
// PsycINFO), CINAHL or ProQuest AN, a Dimensions `pub.…` id, a PMCID (PMC9371185), CENTRAL's
// `EMBASE …` id. Ovid's AN of another segment is that database's own id, the record's source id:
// Ovid writes it in its link only (`L2  - …ovidweb.cgi?T=JS&PAGE=reference&D=psyc16&NEWS=N&AN=
// 2019-65183-001`, `D=emed18&…&AN=616934541`) and as the record's ID (PsycINFO's `ID  -
// 2019-65183-001`, Embase's `ID  - 621381829`: read without the link when DB names Embase or Ovid
// in a file without DP, or the file is Ovid's numbered one, ris.ts ovidRecordIds). CENTRAL's own id is `ID  - CN-02654321` (the source id); the DOI it writes for
// it, `DO  - 10.1002/central/CN-02654321`, is no DOI of the article (values.ts doiFrom). A
// Cochrane review's (CDSR) is its number and version, `ID  - CD003519.PUB4` (reviewId).
import { cleanText } from '../model/normalize';
import type { Draft } from './record';
import { pmidFrom, scopusEid } from './values';
import { type Codes, code, codes, type Tags } from './ris-tags';
import { ebscoMedlineDb, ebscoMedlinePmid, ebscoPermalink } from './ebsco-ids';

const [AN, C2, C5, U2, ID] = ['AN', 'C2', 'C5', 'U2', 'ID'].map((tag) => [code(tag)]);
const DB_TAGS = codes('DB', 'DP');
const LINKS = codes('UR', 'L2', 'L1', 'LK');
/** Fields that may say "PMID: 123", "123 [PMID]" or hold a PubMed link. */
const PMID_ELSEWHERE = codes('U1', 'U2', 'U3', 'U4', 'U5', 'AN', 'N1', 'M1', 'M2', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8', 'UR', 'L2');
const M1 = code('M1');

/**
 * The fields to search for the record's own PMID or DOI: without M1 when the record has several M1
 * lines, its reference list, which Ovid's PsycINFO writes there, a cited work a line ("M1  -
 * Bischof, N.L. … https://pubmed.ncbi.nlm.nih.gov/29761836 https://dx.doi.org/10.1002/aur.1963"):
 * their ids are other works' (review R5). Other exporters write one M1 (an issue's number, a note).
 */
export function ownIdFields(tags: Tags, fields: Codes): Codes {
  return tags.several([M1]) ? fields.filter((tag) => tag !== M1) : fields;
}

// Regexes live here, not in the functions: a regex literal makes a new object each time.
const PUBMED_DB = /pubmed|medline|\bnlm\b/i;
const SCOPUS = /scopus/i;
const OVID_LINK = /\bovid\.com\//i;
const DIGITS = /^\d{1,9}$/;
const EMBASE_ID = /^L\d{6,}$/;
export const CENTRAL_ID = /^CN-\d{6,}$/;
/** A Cochrane review's number and version, as the Cochrane Library's RIS writes it in ID: "CD003519.PUB4", "CD003519". */
const REVIEW_ID = /^(CD\d{6})(?:\.pub(\d+))?$/i;
/** What says a record is a Cochrane review: its DOI ("10.1002/14651858.CD003519.pub4") or its journal. */
const COCHRANE_REVIEW = /\b14651858\.CD\d|Cochrane Database of Systematic Reviews/i;
const REVIEW_TAGS = codes('DO', 'T2', 'JO', 'JF');
const ID_IN_LINK: [RegExp, (id: string) => string][] = [
  [/garuda\.[a-z.]+\/documents\/detail\/(\d+)/i, (id) => `garuda:${id}`],
  [/\b(WOS:\d{15})\b/, (id) => id],
  [/embase\.com\/.*[?&]id=(L\d+)/i, (id) => id],
  [/dimensions\.ai\/details\/publication\/(pub\.\d+)/i, (id) => id],
  [/cochranelibrary\.com\/.*\/central\/(CN-\d+)/i, (id) => id],
];
const EMBASE = /embase/i;
const PROQUEST = /proquest/i;
const EMBASE_LINK = /embase\.com\//i;
const OVID_MEDLINE_SEGMENT = /^(?:med|mes[a-z]|prem)/i;
/** PsycINFO's accession number: year, record, part ("2019-65183-001"). */
const PSYCINFO_AN = /^(?:1[89]|20)\d\d-\d{5}-\d{3}$/;
/** Embase's accession number as Ovid writes it, without Embase.com's "L": "621381829", "2001403470". */
const OVID_NUMBER = /^\d{6,10}$/;
const DIGITS_ONLY = /^\d+$/;
const DP = code('DP');
/** A database line naming MEDLINE or PubMed and not Embase ("Ovid MEDLINE(R) 1946-Present"), whose record numbers are PMIDs (Ovid's RIS and tagged text alike). */
export const medlineOnly = (db: string) => PUBMED_DB.test(db) && !EMBASE.test(db);
const OVID = /\bovid\b/i;

/** The value when it is a PMID and nothing else: 1 to 9 digits. */
function digits(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || !DIGITS.test(text)) return undefined;
  let start = 0;
  while (start < text.length - 1 && text.charCodeAt(start) === 48) start++;
  return text.charCodeAt(start) === 48 ? undefined : text.slice(start);
}

/**
 * The record's PMID and its database's own id, set on the draft. Its links are walked where they
 * are kept (Tags.find), not copied into an array, nor its provenance into an object: both were
 * made and thrown away for each of 10,000+ records, work for the collector.
 */
export function risIds(tags: Tags, draft: Draft): void {
  const db = tags.joined(DB_TAGS);
  const embase = EMBASE.test(db) || tags.find(LINKS, embaseLink) !== undefined;
  draft.pmid = risPmid(tags, db, embase);
  draft.sourceId = risSourceId(tags, db, embase);
}

const embaseLink = (link: string) => (EMBASE_LINK.test(link) ? link : undefined);

/**
 * The AN of an Ovid or EBSCO link to a MEDLINE database (`ovidweb.cgi?…&D=medl&…&AN=39012781`,
 * `login.aspx?direct=true&db=mdc&AN=31999999`: ebsco-ids.ts).
 */
const linkedMedlinePmid = (link: string) => (OVID_LINK.test(link) ? ovidMedlinePmid(link) : ebscoMedlinePmid(link));

const ovidParams = (link: string) => new URLSearchParams(link.slice(link.indexOf('?') + 1));

function ovidMedlinePmid(link: string): string | undefined {
  const params = ovidParams(link);
  return OVID_MEDLINE_SEGMENT.test(params.get('D') ?? '') ? digits(params.get('AN') ?? undefined) : undefined;
}

/** The AN of an Ovid link to a segment that is not MEDLINE (PsycINFO `psyc…`, Embase `emed…`, CENTRAL `cctr`): that database's own id. */
function ovidAccession(link: string): string | undefined {
  if (!OVID_LINK.test(link)) return undefined;
  const params = ovidParams(link);
  const segment = params.get('D');
  const an = params.get('AN')?.trim();
  return segment && an && !OVID_MEDLINE_SEGMENT.test(segment) ? an : undefined;
}

/** The PMID; `db` is the record's DB and DP values, `embase` whether they or a link name Embase. */
function risPmid(tags: Tags, db: string, embase: boolean): string | undefined {
  // ProQuest's MEDLINE says "MEDLINE® (ProQuest)" but its AN is ProQuest's own document id.
  const pubmedDb = PUBMED_DB.test(db) || ebscoMedlineDb(db);
  if (!embase && pubmedDb && !PROQUEST.test(db)) {
    const pmid = digits(tags.first(AN));
    if (pmid) return pmid;
  }
  if (SCOPUS.test(db)) {
    const pmid = digits(tags.first(C2));
    if (pmid) return pmid;
  }
  if (embase) {
    const pmid = digits(tags.first(C5));
    if (pmid) return pmid;
  }
  return tags.find(LINKS, linkedMedlinePmid) ?? tags.find(ownIdFields(tags, PMID_ELSEWHERE), pmidFrom);
}

/** A database's own id: Cochrane CENTRAL "CN-…", a Cochrane review's "CD…" (when nothing else gives one), Scopus EID, Garuda id, Web of Science UT, Embase "L…", Dimensions "pub.…", Ovid's AN of a segment other than MEDLINE, else AN. */
function risSourceId(tags: Tags, db: string, embase: boolean): string | undefined {
  // CENTRAL's AN is the PubMed id ("PUBMED 31999999"); its own id is in ID.
  const recordId = tags.first(ID)?.trim();
  if (recordId && CENTRAL_ID.test(recordId)) return recordId;
  const linked = tags.find(LINKS, idInLink);
  if (linked) return linked;
  const u2 = tags.first(U2);
  if (u2 && EMBASE_ID.test(u2) && embase) return u2;
  const an = tags.first(AN);
  if (an) return cleanText(an);
  // Ovid's PsycINFO record without its link: its AN is the record's ID.
  if (recordId && PSYCINFO_AN.test(recordId)) return recordId;
  // Ovid's Embase record without its link ("DB  - Embase", "ID  - 621381829"): its ID is the
  // accession number. Not MEDLINE's, whose ID is the PMID ("DB  - Ovid MEDLINE(R)"), nor in a file
  // with a DP line: EndNote's, whose ID is its own record number ("DB  - Embase", "DP  - Ovid
  // Technologies", "ID  - 882"); another exporter's number in ID (Reference Manager's "ID  - 12")
  // names no database (review R5).
  if (recordId && OVID_NUMBER.test(recordId) && !tags.has(DP) && (embase || OVID.test(db)) && !medlineOnly(db)) return recordId;
  // An EBSCOhost record without its AN line (CINAHL's "ID  - 171234567", or none): its link's AN,
  // as the BibTeX and CSV importers read it (ebsco-ids.ts).
  const ebsco = tags.find(LINKS, ebscoAccession);
  if (ebsco) return ebsco;
  return recordId ? reviewId(recordId, tags) : undefined;
}

/**
 * The ids of a record in a file Ovid numbered ("1." before each TY) that names none of its own (no
 * link, no AN): Ovid's RIS gives the accession number of the record's database as its ID. A PMID
 * when DB names MEDLINE; the record's own id when it is no bare number (PsycINFO's
 * "2019-65183-001", ERIC's "EJ389705"), as a bare number's database is unknown without DB (a PMID,
 * an Embase number).
 */
export function ovidRecordIds(tags: Tags, draft: Draft): void {
  const recordId = tags.first(ID)?.trim();
  if (!recordId || draft.sourceId || draft.pmid) return;
  if (!DIGITS_ONLY.test(recordId)) draft.sourceId = recordId;
  else if (medlineOnly(tags.joined(DB_TAGS))) draft.pmid = digits(recordId);
}

/** The id a link names: Scopus's EID, one of ID_IN_LINK's, or Ovid's AN of a segment that is not MEDLINE. */
function idInLink(link: string): string | undefined {
  const eid = scopusEid(link);
  if (eid) return eid;
  for (const [pattern, id] of ID_IN_LINK) {
    const match = pattern.exec(link);
    if (match) return id(match[1]);
  }
  return ovidAccession(link);
}

/** The AN of an EBSCOhost permalink (never empty: ebscoPermalink gives none without one). */
const ebscoAccession = (link: string) => ebscoPermalink(link)?.an;

/**
 * A Cochrane review's own number with its version, written as its DOI writes it ("CD003519.pub4"):
 * the Cochrane Library's RIS gives a review `ID  - CD003519.PUB4` beside `DO  -
 * 10.1002/14651858.CD003519.pub4`. Two versions of a review are two records, so the version stays.
 */
const reviewId = (recordId: string, tags: Tags) => cochraneReviewId(recordId, () => tags.joined(REVIEW_TAGS));

/**
 * The review's number and version from its record id, when what the record says of itself (its DOI,
 * its journal; read only for an id of that shape) names a Cochrane review. The plain text's reader too.
 */
export function cochraneReviewId(recordId: string, said: () => string): string | undefined {
  const match = REVIEW_ID.exec(recordId);
  if (!match || !COCHRANE_REVIEW.test(said())) return undefined;
  const number = match[1].toUpperCase();
  return match[2] ? `${number}.pub${match[2]}` : number;
}
