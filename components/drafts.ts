import type { Answers } from '../lib/model';

// Checklist answers given before any decision is made, kept so that closing the popup
// loses nothing. They live in the extension origin's localStorage (shared by the popup and
// the dashboard) and move into the decision when one is saved. Thin wrapper over a DOM global.
const keyOf = (reviewId: string, articleKey: string) => `saring:draft:${reviewId}:${articleKey}`;

/**
 * Open the drafts' storage now. The first use of localStorage in a page waits for the browser
 * to hand over the whole area (~3 ms here, more as drafts pile up): the popup's early script
 * does it while the popup's code is still loading, so the first render does not wait for it.
 */
export function openDrafts(): void {
  try {
    void localStorage.length;
  } catch {
    // storage disabled: loadDraft finds nothing
  }
}

export function loadDraft(reviewId: string, articleKey: string): Answers {
  try {
    return JSON.parse(localStorage.getItem(keyOf(reviewId, articleKey)) ?? '{}') as Answers;
  } catch {
    return {};
  }
}

export function saveDraft(reviewId: string, articleKey: string, answers: Answers): void {
  try {
    localStorage.setItem(keyOf(reviewId, articleKey), JSON.stringify(answers));
  } catch {
    // storage full or disabled: the answers stay on screen until the decision is saved
  }
}

export function clearDraft(reviewId: string, articleKey: string): void {
  try {
    localStorage.removeItem(keyOf(reviewId, articleKey));
  } catch {
    // nothing to clear
  }
}
