// Volumes and issues written with their labels, as OJS journals and Garuda print them, read as
// the numbers other exports give: "Vol 3 No 2 (2018)" is volume 3, issue 2, year 2018.
import { expandPages } from '../model/pages';

// "Vol. 5", "Volume 5 Nomor 1", "Vol 3, No 2 (2018)", "No. 1", "Edisi 2": a number follows each
// label ("Nomor Khusus", a special issue, keeps its words).
const NUMBER = String.raw`(\d[\dA-Za-z]*(?:[./-]\w+)*)`;
const ISSUE_LABEL = String.raw`(?:no|nomor|number|nr|issue|iss|edisi)\b\.?\s*`;
// What may follow the numbers: the year in brackets, then the issue's title after a colon
// ("(2018): Edisi Juli") or its year, with its month ("Nomor 1, Oktober 2014", "No 2 Juli-Desember
// 2020", "No. 2, 2020").
const MONTH = String.raw`(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
// OJS 3 may date an issue to the day after a dash: "Volume 25, Number 10 - 5 October 2020".
const TAIL = String.raw`(?:\s*\(${YEAR}\))?(?:\s*:.*|\s*[,–-]?\s*(?:\d{1,2}\s+)?(?:${MONTH}(?:\s*[-–]\s*${MONTH})?\s+)?${YEAR})?$`;
const LABELLED_VOLUME = new RegExp(String.raw`^vol(?:ume)?\b\.?\s*${NUMBER}(?:\s*,?\s*${ISSUE_LABEL}${NUMBER})?${TAIL}`, 'i');
const LABELLED_ISSUE = new RegExp(`^${ISSUE_LABEL}${NUMBER}${TAIL}`, 'i');

// A journal with its issue after it, as Garuda prints it: "Jurnal Kebidanan Vol 3 No 2 (2018): Edisi Juli".
const JOURNAL_WITH_ISSUE = /^(.+?)[\s,;:]+(vol(?:ume)?\b\.?\s*\d.*)$/i;

type Numbers = { journal?: string; volume?: string; issue?: string; year?: string | number; pages?: string };

/**
 * The volume, issue and year of an imported record whose volume or issue keeps its label, whose
 * journal has them after its name, or whose pages end with the volume (IEEE); unlabelled ones untouched.
 */
export function unlabelVolume(draft: Numbers): void {
  volumeOutOfPages(draft);
  unlabelNumbers(draft);
  volumeWithMonths(draft);
  issueMonths(draft);
}

// A month's name, English or Indonesian, written out or cut short ("June", "Sept.", "Desember", "Agt",
// "Agust."), in the older spellings Indonesian journals still print ("Pebruari", "Nopember"); never
// the start of another word ("Mayo", "Marine", "Desain"). Plain strings, not String.raw (a call a
// bundle keeps): the page reader's bundle, which never reads an issue's month, leaves them out.
const MONTH_NAME =
  '(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|peb(?:ruari)?|mar(?:ch|et)?|apr(?:il)?|may|mei|june?|juni|july?|juli|aug(?:ust)?|agu(?:st(?:us)?)?|agt|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|nop(?:ember)?|dec(?:ember)?|des(?:ember)?)\\.?';
// Mendeley writes the month of publication where the issue goes, in its BibTeX and RIS alike
// ("number = {June}", "IS  - June" for Scientific Reports; "April" for an Elsevier journal), and
// Indonesian journals name an issue by its months ("IS  - Desember", "Januari-Juni", "Juli - Desember",
// "Juli-Desember 2020"): no issue, and the year of a record that has none.
const MONTH_ALONE = /* @__PURE__ */ new RegExp(`^${MONTH_NAME}(?:\\s*[-–/]\\s*${MONTH_NAME})?(?:\\s*,?\\s*${YEAR})?$`, 'i');
// An issue's number with its month, as reference managers' users and OJS's citations write it
// ("1, Mei 2019", "2 (Desember)", "2, Juli-Desember 2020", "2, Juli/Desember 2020", "3 Okt 2021", "1 Mei"),
// and as Scopus exports it ("IS  - 3 March", PLOS ONE 2024, vol 19, e0298957): the number, and the
// year of a record that has none.
const ISSUE_WITH_MONTH = /* @__PURE__ */ new RegExp(
  `^(\\d{1,3}[A-Za-z]?)\\s*(?:,\\s*|\\(\\s*|\\s+)(?:\\d{1,2}\\s+)?${MONTH_NAME}(?:\\s*[-–/]\\s*${MONTH_NAME})?(?:\\s*,?\\s*${YEAR})?\\s*\\)?$`,
  'i',
);

// Garuda, SINTA and OJS exports label an issue and name its months in brackets, and the volume may
// come before it: "No. 2 (Desember)", "No 2 (Mei 2019)", "Nomor 3 (Juli)", "Vol 5 No 2 (Desember)".
// The labels, the volume's number, then the issue's number with its month (ISSUE_WITH_MONTH).
const LABELS_BEFORE_ISSUE = /^(?:vol(?:ume)?\b\.?\s*(\d{1,4})\s*,?\s*)?(?:no|nomor|number|nr|issue|iss|edisi)\b\.?\s*(?=\d)/i;

/** The numbers of a volume's and issue's labels whose issue names its months ("Vol 5 No 2 (Desember)"), else undefined. */
function labelsWithMonths(value: string): IssueNumbers | undefined {
  const labels = LABELS_BEFORE_ISSUE.exec(value);
  const match = labels && ISSUE_WITH_MONTH.exec(value.slice(labels[0].length));
  return match ? { volume: labels[1], issue: match[1], year: match[2] } : undefined;
}

/** The numbers read into the draft; its own volume, issue and year stay. */
function takeNumbers(draft: Numbers, read: IssueNumbers): void {
  draft.volume ||= read.volume;
  draft.issue ||= read.issue;
  if (read.year && !draft.year) draft.year = read.year;
}

/**
 * An issue that keeps its labels, with its volume and year ("Vol. 5 No. 2 (2020)", read as a
 * labelled volume is) or with its months ("No. 2 (Desember)"), read as its numbers.
 */
function labelledIssue(draft: Numbers, issue: string): void {
  const volume = volumeLabel(issue);
  const read = volume?.issue ? volume : labelsWithMonths(issue);
  if (!read) return;
  draft.issue = undefined;
  takeNumbers(draft, read);
}

/**
 * A labelled volume or a journal with its issue after its name whose issue names its months
 * ("VL  - Vol 5 No 2 (Desember)", "Jurnal Kebidanan Vol 3 No 2 (Desember)"), which unlabelNumbers
 * leaves as written: read as their numbers. A volume without its own number stays.
 */
function volumeWithMonths(draft: Numbers): void {
  const { volume, journal } = draft;
  if (volume) {
    const read = isDigit(volume.charCodeAt(0)) ? undefined : labelsWithMonths(volume.trim());
    if (!read?.volume) return;
    draft.volume = undefined; // the labels, replaced by their numbers
    takeNumbers(draft, read);
    return;
  }
  if (!journal?.includes(')')) return;
  const parts = JOURNAL_WITH_ISSUE.exec(journal);
  const read = parts ? labelsWithMonths(parts[2]) : undefined;
  if (!read?.volume) return;
  draft.journal = parts?.[1];
  takeNumbers(draft, read);
}

/**
 * No issue where the issue is a month, and an issue's number without the month after it (one
 * character test for the numbers of most records). Imports only: the page reader's bundle has a
 * size budget, and OJS pages give the issue's number alone (citation_issue).
 */
function issueMonths(draft: Numbers): void {
  const issue = draft.issue;
  if (!issue) return;
  const c = issue.charCodeAt(0);
  if (c > 64) {
    const months = MONTH_ALONE.exec(issue);
    if (!months) {
      labelledIssue(draft, issue.trim());
      return;
    }
    draft.issue = undefined;
    if (months[1] && !draft.year) draft.year = months[1];
    return;
  }
  // The shortest: a digit, a space and a month's three letters ("1 May", "2 Des").
  const match = issue.length >= 5 && isDigit(c) ? ISSUE_WITH_MONTH.exec(issue.trim()) : null;
  if (!match) return;
  draft.issue = match[1];
  if (match[2] && !draft.year) draft.year = match[2];
}

// IEEE Xplore writes a proceedings paper's volume after its pages: BibTeX "pages={1150-1157 vol.2}",
// "{2307-2311 Vol.2}", "{II-677-II-683 vol.2}", RIS "SP  - 1150" / "EP  - 1157 vol.2" (joined
// "1150-1157 vol.2"). A page range ends before it; "vol.2" alone is no page and no volume here.
const VOLUME_AFTER_PAGES = /^(.*\w)[\s,;]+vol(?:ume)?\.?\s*(\d+|[IVX]+)\.?$/i;

/** The pages without the volume written after them, which is the volume when the record has none of its own. */
function volumeOutOfPages(draft: Numbers): void {
  const pages = draft.pages;
  // A cheap test first: pages are read for every record of 10,000-record imports.
  if (!pages || pages.length < 6 || !(pages.includes('vol') || pages.includes('Vol') || pages.includes('VOL'))) return;
  const match = VOLUME_AFTER_PAGES.exec(pages);
  if (!match) return;
  // Written as every other range ("III-493-6" → "III-493-III-496"), as the pages were before the volume came off.
  draft.pages = expandPages(match[1]);
  draft.volume ||= match[2];
}

/**
 * A journal's name and the labelled volume written after it ("Jurnal Kebidanan Vol 3 No 2 (2018)",
 * Garuda; DSpace's isPartOf "Jurnal Ners, Vol. 14 No. 2 (2019)"), else undefined.
 */
export function journalAndIssue(value: string): [string, string] | undefined {
  if (!value.includes('Vol') && !value.includes('vol')) return undefined;
  const match = JOURNAL_WITH_ISSUE.exec(value);
  return match && LABELLED_VOLUME.test(match[2]) ? [match[1], match[2]] : undefined;
}

/**
 * The volume, issue and year of a draft whose volume or issue keeps its label, or whose journal
 * has them after its name; unlabelled ones untouched. Pages are not read: the page reader
 * (lib/sites/generic.ts) takes this part only, so that its content script does not carry IEEE's pages.
 */
export function unlabelNumbers(draft: Numbers): void {
  let journal = draft.journal;
  if (!draft.volume && journal?.includes(';')) journal = fromDcSource(draft, journal);
  if (!draft.volume && journal) {
    // Read as a labelled volume below, the issue's title ("(2018): Edisi Juli") dropped.
    const parts = journalAndIssue(journal);
    if (parts) [draft.journal, draft.volume] = parts;
  }
  const { volume, issue } = draft;
  // Most volumes and issues start with a digit: no regex for them.
  const read = volume && !isDigit(volume.charCodeAt(0)) ? volumeLabel(volume.trim()) : undefined;
  if (read) {
    draft.volume = read.volume;
    if (read.issue && !issue) draft.issue = read.issue;
    if (read.year && !draft.year) draft.year = read.year;
  } else if (volume && volume.length >= 6) {
    // An unlabelled volume with its year glued on, as an issue may have it: "5 (2019)", "12/2020".
    const glued = withoutYear(volume);
    if (glued) [draft.volume, draft.year] = [glued.number, draft.year || glued.year];
  }
  if (draft.issue) issueAndYear(draft);
}

/**
 * The issue's number, without its label ("No. 1") or the year glued on it; that year is the
 * record's when it has none. OJS and repositories write an issue with its year: "1-2010", "2 (2019)",
 * "No. 3/2021", "No 2 (2019): Juli". A range of issues ("1-2", "11-12") or a supplement ("S1") stays.
 */
function issueAndYear(draft: Numbers): void {
  let issue = draft.issue as string;
  let year: string | undefined;
  if (!isDigit(issue.charCodeAt(0))) {
    const label = LABELLED_ISSUE.exec(issue.trim());
    if (!label) return;
    [issue, year] = [label[1], label[2] ?? label[3]];
  }
  // Most issues are a number of one to three digits ("2", "12"): no regex for them.
  const glued = issue.length >= 6 ? withoutYear(issue) : undefined;
  if (glued) [issue, year] = [glued.number, year ?? glued.year];
  draft.issue = issue;
  if (year && !draft.year) draft.year = year;
}

/**
 * "1-2010", "3/2021", "2 (2019)", "2 (2019): Edisi Juli", "3-4 (2019)": an issue (or a volume) of up
 * to three digits (and a letter), or a range of them before a bracketed year, and its year.
 */
const GLUED_YEAR = /^(\d{1,3}[A-Za-z]?(?:\s*[-–]\s*\d{1,3}(?=\s*\())?)\s*(?:[-/]\s*((?:19|20)\d\d)|\(((?:19|20)\d\d)\)(?:\s*:.*)?)$/;
const withoutYear = (issue: string) => {
  const match = GLUED_YEAR.exec(issue.trim());
  return match ? { number: match[1], year: match[2] ?? match[3] } : undefined;
};

type IssueNumbers = { volume?: string; issue?: string; year?: string };

/** The numbers of a label that starts with the volume ("Vol 3, No 2 (2018): Edisi Juli"), else undefined. */
function volumeLabel(label: string): IssueNumbers | undefined {
  const match = LABELLED_VOLUME.exec(label);
  if (!match) return undefined;
  const glued = match[2] && match[2].length >= 6 ? withoutYear(match[2]) : undefined;
  return { volume: match[1], issue: glued?.number ?? match[2], year: match[3] ?? match[4] ?? glued?.year };
}

/** The numbers of an issue's label alone, as OJS links to an issue ("Vol. 8 No. 2 (2020): Juli - Desember", "No 2 (2019)"), else undefined. */
export function issueLabel(label: string): IssueNumbers | undefined {
  const volume = volumeLabel(label);
  if (volume) return volume;
  if (isDigit(label.charCodeAt(0))) return undefined;
  const read: Numbers = { issue: label };
  issueAndYear(read);
  return read.issue !== label ? { issue: read.issue, year: read.year as string | undefined } : undefined;
}

export const isDigit = (c: number) => c >= 48 && c <= 57;

const LABEL_FIRST = /^(?:vol|no)/i;
const PAGE_RANGE = /^\d+(?:\s*[-–]\s*\d+)?$/;

/**
 * OJS's Dublin Core source, which repositories harvest over OAI-PMH and Zotero or Mendeley pass on
 * as the journal: "Alsina : Journal of Arabic Studies; Vol 2, No 2 (2020); 203-220 ; 26226146 ;
 * 26226138" (OJS 2), "Jurnal Kebidanan; Vol 10 No 1 (2020): Jurnal Kebidanan; 1-10 ; 2549-7081"
 * (OJS 3). The journal's name, its issue (read below as a labelled volume) and pages; the ISSNs
 * go. The page reader splits `DC.Source` with dcSourceParts too (lib/sites/generic.ts).
 */
function fromDcSource(draft: { journal?: string; volume?: string; issue?: string; pages?: string }, journal: string): string {
  const parts = dcSourceParts(journal);
  if (!parts) return journal;
  const [name, label, pages] = parts as [string, string, string?];
  draft.journal = name;
  if (/^vol/i.test(label)) draft.volume = label;
  else if (!draft.issue) draft.issue = label;
  if (!draft.pages && pages) draft.pages = pages;
  return name;
}

/** [journal, issue label, pages?] of an OJS source written whole, or undefined when it is a journal's name alone. */
export function dcSourceParts(value: string): string[] | undefined {
  const parts = value.split(/\s*;\s*/);
  if (parts.length < 2 || !parts[0] || !LABEL_FIRST.test(parts[1])) return undefined;
  // OJS writes the pages only when the article has them: an ISSN may come third ("…; 2502-5791 ; 1858-3598").
  const pages = parts[2] && PAGE_RANGE.test(parts[2]) && !isIssn(parts[2]) ? parts[2] : undefined;
  return pages ? [parts[0], parts[1], pages] : [parts[0], parts[1]];
}

/** An ISSN: eight characters ("2502-5791", "26226146"), the last a check digit of the seven before (mod 11). */
function isIssn(value: string): boolean {
  const digits = value.replace('-', '');
  if (!/^\d{7}[\dXx]$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return digits[7].toUpperCase() === (check === 10 ? 'X' : String(check));
}
