/**
 * Single-letter shortcuts must never steal keys from what the user is typing in, whether in
 * Saring's own fields or the site's search box, nor from the browser's own shortcuts. An input
 * nothing is typed in (a checklist answer's radio, a checkbox, a button) is no typing target: the
 * reviewer who answered a PICOS question with the mouse then presses I, and I includes.
 */
export function isTypingTarget(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  return onElement(event, (el) =>
    el.tagName === 'INPUT'
      ? !UNTYPED.test((el as HTMLInputElement).type)
      : /^(TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable || el.getAttribute?.('role') === 'textbox',
  );
}

/** Inputs no text is typed in: letters on them are Saring's shortcuts. */
const UNTYPED = /^(radio|checkbox|button|submit|reset|image|range|color|file)$/;

/** Whether the key was pressed on (or inside, through shadow roots) an element `test` accepts. */
function onElement(event: KeyboardEvent, test: (el: HTMLElement) => boolean): boolean {
  const path = event.composedPath?.() ?? [event.target];
  return path.some((node) => !!(node as HTMLElement)?.tagName && test(node as HTMLElement));
}

export type ScreeningKey = 'include' | 'exclude' | 'maybe' | 'next' | 'previous' | 'open';

/**
 * I / E / M decide; J / K or the arrow keys move; Enter opens. The arrows move only in the popup's
 * rows: the queue and the in-page rows leave them to scroll (a long abstract, the site's page).
 * A deciding key held down sends repeats (every ~33 ms after the first half second): only its first
 * press decides, else one held I includes record after record the reviewer never saw. J / K may
 * repeat: moving decides nothing.
 */
export function screeningKey(event: KeyboardEvent): ScreeningKey | undefined {
  if (isTypingTarget(event) || (event.repeat && /^[iem]$/i.test(event.key))) return undefined;
  // On a radio the arrows step between the group's answers, Enter and Space are the input's own.
  if (!/^[a-z]$/i.test(event.key) && onElement(event, (el) => el.tagName === 'INPUT')) return undefined;
  switch (event.key) {
    case 'i':
    case 'I':
      return 'include';
    case 'e':
    case 'E':
      return 'exclude';
    case 'm':
    case 'M':
      return 'maybe';
    case 'j':
    case 'J':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'K':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'open';
    default:
      return undefined;
  }
}

/**
 * The keyboard cursor of every list Saring shows (the queue, the popup's rows, the in-page rows):
 * J / K move one row, never past either end; from no row yet (-1) the first key lands on the first row.
 */
export function moveCursor(at: number, key: 'next' | 'previous', count: number): number {
  if (count <= 0) return -1;
  if (at < 0) return 0;
  return Math.max(0, Math.min(count - 1, at + (key === 'next' ? 1 : -1)));
}
