// Volumes and issues written with their labels, as OJS journals and Garuda print them, read as
// the numbers other exports give: "Vol 3 No 2 (2018)" is volume 3, issue 2, year 2018.

// "Vol. 5", "Volume 5 Nomor 1", "Vol 3, No 2 (2018)", "No. 1", "Edisi 2": a number follows each
// label ("Nomor Khusus", a special issue, keeps its words).
const NUMBER = String.raw`(\d[\dA-Za-z]*(?:[./-]\w+)*)`;
const ISSUE_LABEL = String.raw`(?:no|nomor|number|nr|issue|iss|edisi)\b\.?\s*`;
const LABELLED_VOLUME = new RegExp(String.raw`^vol(?:ume)?\b\.?\s*${NUMBER}(?:\s*,?\s*${ISSUE_LABEL}${NUMBER})?(?:\s*\(((?:19|20)\d\d)\))?$`, 'i');
const LABELLED_ISSUE = new RegExp(`^${ISSUE_LABEL}${NUMBER}$`, 'i');

// A journal with its issue after it, as Garuda prints it: "Jurnal Kebidanan Vol 3 No 2 (2018): Edisi Juli".
const ISSUE_TITLE = /\s*:.*$/;
const JOURNAL_WITH_ISSUE = /^(.+?)[\s,;:]+(vol(?:ume)?\b\.?\s*\d.*)$/i;

/**
 * The volume, issue and year of a draft whose volume or issue keeps its label, or whose journal
 * has them after its name; unlabelled ones untouched.
 */
export function unlabelVolume(draft: { journal?: string; volume?: string; issue?: string; year?: string | number }): void {
  const journal = draft.journal;
  if (!draft.volume && journal && (journal.includes('Vol') || journal.includes('vol'))) {
    const match = JOURNAL_WITH_ISSUE.exec(journal);
    // The issue's title after a colon ("(2018): Edisi Juli") is no part of either.
    const label = match?.[2].replace(ISSUE_TITLE, '');
    if (label && LABELLED_VOLUME.test(label)) [draft.journal, draft.volume] = [match![1], label];
  }
  const { volume, issue } = draft;
  // Most volumes and issues start with a digit: no regex for them.
  if (volume && !isDigit(volume.charCodeAt(0))) {
    const match = LABELLED_VOLUME.exec(volume.trim());
    if (match) {
      draft.volume = match[1];
      if (match[2] && !issue) draft.issue = match[2];
      if (match[3] && !draft.year) draft.year = match[3];
    }
  }
  if (draft.issue && !isDigit(draft.issue.charCodeAt(0))) draft.issue = LABELLED_ISSUE.exec(draft.issue.trim())?.[1] ?? draft.issue;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
