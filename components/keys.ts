/**
 * Single-letter shortcuts must never steal keys from what the user is typing in, whether in
 * Saring's own fields or the site's search box, nor from the browser's own shortcuts.
 */
export function isTypingTarget(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const path = event.composedPath?.() ?? [event.target];
  return path.some((node) => {
    const el = node as HTMLElement;
    if (!el?.tagName) return false;
    return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable || el.getAttribute?.('role') === 'textbox';
  });
}

export type ScreeningKey = 'include' | 'exclude' | 'maybe' | 'next' | 'previous' | 'open';

/**
 * I / E / M decide; J / K or the arrow keys move; Enter opens. A deciding key held down sends
 * repeats (every ~33 ms after the first half second): only its first press decides, else one held
 * I includes record after record the reviewer never saw. J / K may repeat: moving decides nothing.
 */
export function screeningKey(event: KeyboardEvent): ScreeningKey | undefined {
  if (isTypingTarget(event) || (event.repeat && /^[iem]$/i.test(event.key))) return undefined;
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
