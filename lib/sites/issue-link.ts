// The issue a page names with its label, in its tags or in its link to the issue, for the page
// reader (generic.ts): OJS's "Vol 8, No 2 (2019)" read as imports read labels
// (lib/formats/issue-labels.ts), and Atypon's link to the issue's table of contents.
import { parseYear } from '../model/normalize';
import { issueLabel } from '../formats/issue-labels';
import { ELSEWHERE } from './abstract';
import { toText } from './dom';

/** The year in brackets of an issue's label: "No 2 (2019): Juli - Desember", "Vol 8, No 2 (2019)". */
export const labelYear = (label: string | undefined) => (label && /^(?:vol|no|nomor|issue|edisi)\b/i.test(label) ? parseYear(/\(((?:19|20)\d\d)\)/.exec(label)?.[1]) : undefined);

export interface LinkedIssue {
  volume?: string;
  issue?: string;
  year?: number;
  /** The journal's name on its own link, found by the code in the issue link's path (Atypon). */
  journal?: string;
}

/**
 * Atypon's link to an issue (Taylor & Francis, SAGE, AHA, ACM) names it in its path, by the
 * journal's code, volume and issue: "/toc/uhcw20/42/4-6"; ACM puts a year before the volume,
 * "/toc/tosem/2015/25/1" (passed over: its pages print their issue in RDFa, which comes first).
 * A journal's "/toc/uhcw20/current" names no issue.
 */
const TOC_PATH = /\/toc\/([\w-]+)\/(?:\d{4}\/(?=\d+\/))?(\d+)\/([^/?#]+)/;
/** Words that label a link to a journal's home rather than name the journal: "Journal homepage", "List of Issues". */
const NOT_A_NAME = /\b(?:issue|home)|current|latest/i;
const LATEST = /current|latest/i;
const CRUMBS = '[class*="breadcrumb" i], [id*="breadcrumb" i]';
/** In the page's own frame: not a sidebar's, footer's or list of other articles' link, but a breadcrumb's. */
const own = (a: Element) => !a.closest(ELSEWHERE) || a.closest(CRUMBS);

/**
 * An Atypon issue link's numbers, and its year where Taylor & Francis prints it beside the link's
 * volume ("Volume 42, 2021 - Issue 4-6"); its dc.Date is the day the article went online.
 */
function tocIssue(a: Element): (LinkedIssue & { code: string }) | undefined {
  const toc = TOC_PATH.exec(a.getAttribute('href') ?? '');
  if (!toc) return undefined;
  const dated = /vol\D*?(\d+), (\d{4})/i.exec(toText(a.parentElement?.textContent));
  return { code: toc[1], volume: toc[2], issue: toc[3], year: parseYear(dated?.[1] === toc[2] ? dated[2] : undefined) };
}

/**
 * The journal as a link to its home with the issue link's code names it ("/journals/uhcw20";
 * "/loi/uhcw20" is its "List of Issues"): wherever it stands, the code is this journal's.
 */
function codeJournal(doc: Document, code: string): string | undefined {
  for (const a of Array.from(doc.querySelectorAll(`a[href$="/${code}"]`))) {
    const name = toText(a.textContent);
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return undefined;
}

/**
 * The issue the page links to (OJS's breadcrumb and "Issue" box: "Vol. 8 No. 2 (2020): Juli -
 * Desember"; Atypon's links to the issue's table of contents): its volume, issue and year, when
 * all such links agree; none in sidebars or lists of other articles, where a box of the journal's
 * current issue makes them disagree. OJS 2, and OJS 3 journals that show an issue by its label
 * only, put none of them in their tags; OJS 2's citation_date is the day the article went online.
 */
export function linkedIssue(doc: Document): LinkedIssue | undefined {
  let found: LinkedIssue | undefined;
  let code: string | undefined;
  for (const a of Array.from(doc.querySelectorAll('a[href*="/issue/view/"], a[href*="/toc/"]'))) {
    const text = toText(a.textContent);
    const toc = tocIssue(a);
    // A banner's link to the journal's current or latest issue names none of this article's.
    if (!own(a) || (toc && LATEST.test(text))) continue;
    const read = toc ?? issueLabel(text);
    // A label the numbers cannot be read from ("Vol 8 No 2 (2019) Juli") still dates the issue.
    const numbers = { volume: read?.volume, issue: read?.issue, year: parseYear(read?.year) ?? labelYear(text) };
    if (!numbers.volume && !numbers.issue && !numbers.year) continue;
    if (found && (found.volume !== numbers.volume || found.issue !== numbers.issue || (found.year && numbers.year && found.year !== numbers.year))) return undefined;
    found = { ...numbers, year: found?.year ?? numbers.year };
    code ??= toc?.code;
  }
  return found && code ? { ...found, journal: codeJournal(doc, code) } : found;
}
