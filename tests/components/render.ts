import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Render a view into a fresh container and let its effects and promises settle. */
export async function mount(view: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => {
    render(view, container);
  });
  await settle();
  return container;
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/[✓✗?]/g, '').trim() === name);
  if (!found) throw new Error(`no button "${name}" in ${root.innerHTML.slice(0, 300)}`);
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
  await settle();
}

/**
 * A click as the reviewer makes it: the in-page controls ignore clicks a page's own script
 * dispatches (untrusted). Happy DOM has no isTrusted of its own; a browser's cannot be set.
 */
export async function reviewerClick(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
  });
  await settle();
}

/** An event as if the browser made it from the reviewer's input. */
export function asTrusted<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}
