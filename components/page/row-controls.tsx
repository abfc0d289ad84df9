import { render } from 'preact';
import type { Article, Verdict } from '../../lib/model';
import type { ReviewInfo, RowStatus } from '../../lib/messaging/protocol';
import { RowControl } from './RowControl';
import css from './row-control.css?inline';
import { moveCursor, screeningKey } from '../keys';

export interface ControlRow {
  element: Element;
  article: Article;
  status: RowStatus;
}

export type DecideRow = (article: Article, decision: Verdict, reason?: string) => Promise<RowStatus>;

const HOST_TAG = 'saring-row';

/**
 * Mounts one control per result row, each in a shadow root under a marked host
 * (`data-saring`), and keeps them in step with the rows' statuses. Rows the site draws
 * later or redraws get a control on the next `update`. J / K move between rows and
 * I / E / M decide the current one, unless the reviewer is typing.
 */
export function createRowControls(doc: Document, decide: DecideRow) {
  let rows: ControlRow[] = [];
  let review: ReviewInfo | undefined;
  let current = -1;
  const shadows = new WeakMap<Element, ShadowRoot>();

  function hostFor(element: Element): ShadowRoot {
    let host = element.querySelector(`:scope > ${HOST_TAG}`);
    let shadow = host ? shadows.get(host) : undefined;
    if (!host || !shadow) {
      // A host without our shadow root is a copy the site made of a row (cloneNode does not
      // copy shadow roots): replace it.
      host?.remove();
      host = doc.createElement(HOST_TAG);
      host.setAttribute('data-saring', '');
      shadow = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = css;
      shadow.append(style, doc.createElement('div'));
      shadows.set(host, shadow);
      element.append(host);
    }
    return shadow;
  }

  function draw(i: number) {
    const row = rows[i];
    if (!row || !review) return;
    const shadow = hostFor(row.element);
    render(
      <RowControl
        status={row.status}
        review={review}
        year={row.article.year}
        current={i === current}
        onDecide={async (decision, reason) => {
          row.status = await decide(row.article, decision, reason);
          draw(i);
        }}
      />,
      shadow.lastElementChild as Element,
    );
  }

  function move(to: number) {
    const from = current;
    current = Math.max(0, Math.min(rows.length - 1, to));
    draw(from);
    draw(current);
    rows[current]?.element.scrollIntoView?.({ block: 'nearest' });
  }

  const onKey = (event: KeyboardEvent) => {
    if (!rows.length) return;
    const key = screeningKey(event);
    if (key === 'next' || key === 'previous') {
      // Arrow keys scroll the page; only J / K are taken over on the site itself.
      if (event.key.startsWith('Arrow')) return;
      move(moveCursor(current, key, rows.length));
    } else if ((key === 'include' || key === 'maybe') && current >= 0) {
      const row = rows[current];
      void decide(row.article, key).then((status) => {
        row.status = status;
        draw(current);
      });
    } else if (key === 'exclude' && current >= 0) {
      // A reason is needed: open the picker of the current row.
      (hostFor(rows[current].element).querySelector('button.exclude') as HTMLButtonElement | null)?.click();
    }
  };
  doc.addEventListener('keydown', onKey);

  return {
    /** Show these rows with these statuses (mounting controls where missing). */
    update(next: ControlRow[], info: ReviewInfo) {
      review = info;
      if (next.length !== rows.length) current = -1;
      // Bars of rows that are no longer shown go away with them.
      const keep = new Set(next.map((r) => r.element));
      for (const row of rows) {
        if (!keep.has(row.element)) row.element.querySelector(`:scope > ${HOST_TAG}`)?.remove();
      }
      rows = next;
      for (let i = 0; i < rows.length; i++) draw(i);
    },
    /** New statuses of some records, by key: only the rows whose status changed are drawn again. */
    patch(byKey: Map<string, RowStatus>, info: ReviewInfo) {
      review = info;
      rows.forEach((row, i) => {
        const next = row.status.key ? byKey.get(row.status.key) : undefined;
        if (next && JSON.stringify(next) !== JSON.stringify(row.status)) {
          row.status = next;
          draw(i);
        }
      });
    },
    /** Re-mount controls the site removed while redrawing rows. */
    ensure() {
      rows.forEach((row, i) => {
        if (!row.element.querySelector(`:scope > ${HOST_TAG}`)) draw(i);
      });
    },
    destroy() {
      doc.removeEventListener('keydown', onKey);
      doc.querySelectorAll(HOST_TAG).forEach((host) => host.remove());
    },
  };
}
