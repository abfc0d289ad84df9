import type { Decision, Stage, Verdict } from '../model';

/**
 * An exclusion reason that says the report could not be had: the defaults "not full text" and
 * "teks lengkap tidak tersedia" (full text not available), and their usual rewordings. At full
 * text PRISMA 2020 counts such a report as "Reports not retrieved", never as "Reports excluded"
 * — and "Report not retrieved" stores this reason with it. A reason that only names the full
 * text ("full text not in English", "teks lengkap berbahasa Jerman") is a real exclusion.
 */
const NOT_RETRIEVED_REASON =
  /^(?:not|no) full[- ]?text(?: available)?$|^full[- ]?text (?:not (?:available|retrieved|found|obtained)|unavailable)$|^teks lengkap tidak (?:tersedia|ada|diperoleh|didapat)$|^tidak ada teks lengkap$/i;

export function isNotRetrievedReason(reason: string | undefined): boolean {
  return reason !== undefined && NOT_RETRIEVED_REASON.test(reason.trim());
}

/** The review's reason that goes with "Report not retrieved", if it has one. */
export function notRetrievedReason(reasons: readonly string[]): string | undefined {
  return reasons.find(isNotRetrievedReason);
}

/** The reasons a report read in full can be excluded for: not "not full text", it was retrieved. */
export function fullTextExclusionReasons(reasons: readonly string[]): string[] {
  return reasons.filter((r) => !isNotRetrievedReason(r));
}

/**
 * Whether a full-text decision that says nothing of the report (an old or synced event without
 * `retrieved`) is one of a report not retrieved: an exclusion for "not full text".
 */
export function notRetrieved(decision: Pick<Decision, 'decision' | 'reason'>): boolean {
  return decision.decision === 'exclude' && isNotRetrievedReason(decision.reason);
}

/** What a reviewer answers at full text: a verdict on the report, or that none was found. */
export type FullTextAnswer = Verdict | 'not-retrieved';

/** The decision a full-text answer is stored as (the record's panel and a conflict's resolution alike). */
export function fullTextDecision(answer: FullTextAnswer, reason: string | undefined, reasons: readonly string[]): { decision: Verdict; retrieved: boolean; reason?: string } {
  if (answer === 'not-retrieved') return { decision: 'exclude', retrieved: false, reason: notRetrievedReason(reasons) };
  return { decision: answer, retrieved: true, reason: answer === 'exclude' ? reason : undefined };
}

/**
 * The decision an answer is stored as at a stage (a conflict's resolution): at full text as the
 * record's full-text panel stores it; at title/abstract there is no report to retrieve yet.
 */
export function stageDecision(
  stage: Stage,
  answer: FullTextAnswer,
  reason: string | undefined,
  reasons: readonly string[],
): { decision: Verdict; retrieved?: boolean; reason?: string } {
  if (stage === 'full-text') return fullTextDecision(answer, reason, reasons);
  if (answer === 'not-retrieved') throw new Error('"Report not retrieved" is an answer of the full-text stage');
  return { decision: answer, reason: answer === 'exclude' ? reason : undefined };
}

/**
 * What two reviewers must both have answered to agree on a record. At title/abstract the
 * verdict (include, exclude and maybe are three answers). At full text PRISMA reports "not
 * retrieved" apart from "excluded" and each exclusion by its reason: Ani's "not retrieved" and
 * Budi's "excluded: wrong outcome", or two exclusions for different reasons, are a conflict.
 */
export function agreementAnswer(decision: Pick<Decision, 'stage' | 'decision' | 'reason' | 'retrieved'>): string {
  if (decision.stage !== 'full-text') return decision.decision;
  // A folded decision: toDecision already read an old "not full text" exclusion as retrieved: false.
  if (decision.retrieved === false) return 'not-retrieved';
  return decision.decision === 'exclude' ? `exclude:${decision.reason ?? ''}` : decision.decision;
}
