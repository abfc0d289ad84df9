/**
 * Why "Read this page" failed (platform/read-page.ts injects the reader with
 * scripting.executeScript): the browser refused to run an extension's script in the tab, or the
 * reader ran and failed on the page. Only the first is the browser's doing; the popup says so
 * only then, and otherwise gives the reader's own reason.
 */
export type ReadFailure = { kind: 'refused' } | { kind: 'failed'; reason: string } | { kind: 'unfinished' };

/**
 * What the browsers answer when they keep a page from extensions, word for word (Chromium's
 * extensions/common/manifest_constants.h and scripting API, Firefox's ExtensionContent and
 * ext-tabs-base). Chrome: its own pages and other extensions' ("Cannot access a chrome:// URL",
 * "…a chrome-extension:// URL of different extension", its PDF viewer), a page without the
 * permission — activeTab not granted, view-source:, file:, about:blank ("Cannot access contents
 * of the page. Extension manifest must request permission…", "Cannot access contents of url
 * \"…\"…", "Cannot access \"about:blank\" at origin…"), the Web Store, New Tab and sign-in pages
 * and a policy ("The extensions gallery cannot be scripted.", "…cannot be scripted due to an
 * ExtensionsSettings policy."), its error page and a page replaced while loading ("Frame with ID 0
 * is showing error page", "Frame with ID 0 was removed."). Firefox: about: pages, the add-ons
 * site, reader view, view-source: and its PDF viewer, or no activeTab yet ("Missing host permission
 * for the tab", "…for the tab or frames", "…for the tab, and any iframes", "Frame not found, or
 * missing host permission"; "No matching message handler" on its network error page). A script's
 * own TypeError ("Cannot read properties of undefined", "Cannot access 'x' before initialization")
 * matches none of them.
 */
const REFUSALS = [
  /^Cannot access (?:an? [a-z-]+:\/\/ URL|contents of (?:the page|url ")|"[^"]*" at origin)/,
  /cannot be scripted/,
  /must request permission to access/,
  /^Frame with ID \d+ (?:is showing error page|was removed)/,
  /^Missing host permission for the tab/,
  /^Frame not found, or missing host permission/,
  /^No matching message handler/,
];

/** The longest reason shown: a stack trace or a whole page of text says nothing more in a popup. */
const REASON_LENGTH = 160;

/** What an error says, on one line: its message (Firefox hands over whatever the script threw). */
function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return message.replace(/^(?:Uncaught )?Error: /, '').trim();
}

/** A reason short enough for the popup: the first line, cut at a word. */
export function shortReason(error: unknown): string {
  const line = messageOf(error).split('\n')[0].trim() || 'unknown error';
  if (line.length <= REASON_LENGTH) return line;
  const cut = line.slice(0, REASON_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > REASON_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** Why scripting.executeScript was rejected: the browser's refusal, or anything else with its reason. */
export function injectionFailure(error: unknown): ReadFailure {
  const message = messageOf(error);
  return REFUSALS.some((refusal) => refusal.test(message)) ? { kind: 'refused' } : { kind: 'failed', reason: shortReason(error) };
}

/**
 * What a content script's `main` answers to scripting.executeScript (WXT hands back its value):
 * `true` once the page's reading has reached the background, else why not. The script catches its
 * own error and answers it as a value because Chrome hands back nothing of an injected script that
 * threw or whose promise rejected (the frame's result is null, as for a script that never ran to
 * its end); Firefox hands back the error, which scriptFailure reads too.
 */
export type ReadOutcome = true | { failed: string };

/**
 * An error as a ReadOutcome (in the content script: scriptFailure makes its reason short). Written
 * out, not formats/messages.ts's errorText: importing it costs every content script ~150 B gzip.
 */
export const failedWith = (error: unknown): ReadOutcome => ({ failed: String((error as Error | undefined)?.message ?? error) });

/**
 * The reader's own failure in what scripting.executeScript resolved with: anything but `true`
 * from the page's frame. Firefox returns what the script threw (or its promise rejected with) as
 * the frame's `error`, even undefined, instead of rejecting; Chrome returns null for a script that
 * stopped before it answered. Whatever the reader did is its failure, never the browser's refusal.
 */
export function scriptFailure(results: unknown): ReadFailure | undefined {
  // The page's own frame (the one injected into); no frame at all is a reader that never answered.
  const frame: unknown = Array.isArray(results) ? (results.find((r) => r?.frameId === 0) ?? results[0]) : undefined;
  if (typeof frame !== 'object' || frame === null) return { kind: 'unfinished' };
  // A frame that failed in Firefox has `error` and no `result` (a browser that lists
  // `error: undefined` beside a result has not failed).
  if ('error' in frame && (frame.error !== undefined || !('result' in frame))) return { kind: 'failed', reason: shortReason(frame.error) };
  const result: unknown = 'result' in frame ? frame.result : undefined;
  if (result === true) return undefined;
  if (typeof result === 'object' && result !== null && 'failed' in result) return { kind: 'failed', reason: shortReason(result.failed) };
  return { kind: 'unfinished' };
}
