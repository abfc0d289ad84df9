import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';

/**
 * @tanstack/virtual-core bound to Preact: only the rows in view (plus a few) are rendered,
 * so a review of 50,000 records scrolls as smoothly as one of fifty.
 */
export function useVirtualRows(count: number, getScrollElement: () => HTMLElement | null, rowHeight: number) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    overscan: 12,
    // Before the first layout (and in tests) assume a window-sized viewport.
    initialRect: { width: 1200, height: 800 },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
