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
