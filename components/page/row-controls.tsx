import { render } from 'preact';
import type { Article, Verdict } from '../../lib/model';
import type { ReviewInfo, RowStatus } from '../../lib/messaging/protocol';
import { clickAsSaring, RowControl } from './RowControl';
import { moveCursor, screeningKey } from '../keys';
import { getLanguage } from '../../lib/i18n/page';

export interface ControlRow {
  element: Element;
  article: Article;
  status: RowStatus;
}

export type DecideRow = (article: Article, decision: Verdict, reason?: string) => Promise<RowStatus>;

const HOST_TAG = 'saring-row';

/**
 * Where a row's control goes: inside the row, or in a table row's first cell (a Scholar profile's
 * `tr.gsc_a_tr`), where it stays under the title instead of making a column of its own.
 */
const holderOf = (row: Element): Element => (row.tagName === 'TR' ? (row.querySelector(':scope > td') ?? row) : row);
const hostOf = (row: Element) => holderOf(row).querySelector(`:scope > ${HOST_TAG}`);

/**
 * The shadow root of a row's control, made when missing. A host without our shadow root is a
 * copy the site made of a row (cloneNode does not copy shadow roots): it is replaced.
 */
function shadowHost({ doc, shadows, css }: Controls, element: Element): ShadowRoot {
  let host = hostOf(element);
  let shadow = host ? shadows.get(host) : undefined;
  if (!host || !shadow) {
    host?.remove();
    host = doc.createElement(HOST_TAG);
    host.setAttribute('data-saring', '');
    shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style, doc.createElement('div'));
    shadows.set(host, shadow);
    holderOf(element).append(host);
  }
  // The words are Saring's, not the site's: a screen reader reads them in the reviewer's language.
  (host as HTMLElement).lang = getLanguage();
  return shadow;
}

/** Rows that are no longer shown lose their bar. */
function removeGone(previous: ControlRow[], next: ControlRow[]) {
  const keep = new Set(next.map((r) => r.element));
  for (const row of previous) {
    if (!keep.has(row.element)) hostOf(row.element)?.remove();
  }
}

/**
 * J / K move between rows (arrow keys stay the page's: they scroll it), I / M decide the
 * current row, E opens its reason picker.
 */
function rowKey(event: KeyboardEvent, rows: ControlRow[], current: number, move: (to: number) => void, decide: (verdict: 'include' | 'maybe') => void, pickReason: () => void) {
  if (!rows.length) return;
  const key = screeningKey(event);
  if (key === 'next' || key === 'previous') {
    if (!event.key.startsWith('Arrow')) move(moveCursor(current, key, rows.length));
  } else if ((key === 'include' || key === 'maybe') && current >= 0) decide(key);
  else if (key === 'exclude' && current >= 0) pickReason();
}

/** The rows on show, the review they belong to, and the row the keyboard is on. */
interface Controls {
  doc: Document;
  decide: DecideRow;
  rows: ControlRow[];
  review?: ReviewInfo;
  current: number;
  shadows: WeakMap<Element, ShadowRoot>;
  /** The stylesheet of every control, which the content script gets from the background with the words. */
  css: string;
  /** Destroyed: a report or decision still on its way when the script stopped draws nothing. */
  gone?: boolean;
}

function draw(c: Controls, i: number) {
  const row = c.rows[i];
  if (!row || !c.review) return;
  const shadow = shadowHost(c, row.element);
  const onDecide = async (decision: Verdict, reason?: string) => {
    row.status = await c.decide(row.article, decision, reason);
    draw(c, i);
  };
  // A row's control reached with Tab or clicked (which focuses it) becomes the current row: I / E / M
  // then decide that row, not the one J / K left the cursor on.
  const onReach = () => i !== c.current && move(c, i);
  render(
    <RowControl status={row.status} review={c.review} year={row.article.year} current={i === c.current} onDecide={onDecide} onReach={onReach} />,
    shadow.lastElementChild as Element,
  );
}

/** Put the keyboard on row `to` (a place moveCursor gave: always a row). */
function move(c: Controls, to: number) {
  const from = c.current;
  c.current = to;
  draw(c, from);
  draw(c, c.current);
  c.rows[c.current]?.element.scrollIntoView?.({ block: 'nearest' });
}

/** The keyboard on the site's page: J / K, I / M decide the current row, E asks for a reason. */
function keyHandler(c: Controls) {
  const decideCurrent = (key: 'include' | 'maybe') => {
    const at = c.current;
    const row = c.rows[at];
    void c.decide(row.article, key).then((status) => {
      row.status = status;
      draw(c, at);
    });
  };
  const pickReason = () => clickAsSaring(shadowHost(c, c.rows[c.current].element).querySelector<HTMLElement>('button.exclude'));
  // A key the site's own script dispatched is not the reviewer's (the browser marks it untrusted).
  return (event: KeyboardEvent) => event.isTrusted && rowKey(event, c.rows, c.current, (to) => move(c, to), decideCurrent, pickReason);
}

/**
 * Mounts one control per result row, each in a shadow root under a marked host
 * (`data-saring`), and keeps them in step with the rows' statuses. Rows the site draws
 * later or redraws get a control on the next `update`. J / K move between rows and
 * I / E / M decide the current one, unless the reviewer is typing.
 */
export function createRowControls(doc: Document, decide: DecideRow) {
  const c: Controls = { doc, decide, rows: [], current: -1, shadows: new WeakMap(), css: '' };
  const onKey = keyHandler(c);
  doc.addEventListener('keydown', onKey);
  return {
    /** Show these rows with these statuses (mounting controls where missing, styled with `css`). */
    update(next: ControlRow[], info: ReviewInfo, css?: string) {
      if (c.gone) return;
      c.review = info;
      if (css !== undefined) c.css = css;
      if (next.length !== c.rows.length) c.current = -1;
      removeGone(c.rows, next);
      c.rows = next;
      for (let i = 0; i < c.rows.length; i++) draw(c, i);
    },
    /** New statuses of some records, by key: only the rows whose status changed are drawn again. */
    patch(byKey: Map<string, RowStatus>, info: ReviewInfo) {
      c.review = info;
      c.rows.forEach((row, i) => {
        const next = row.status.key ? byKey.get(row.status.key) : undefined;
        if (!next || JSON.stringify(next) === JSON.stringify(row.status)) return;
        row.status = next;
        draw(c, i);
      });
    },
    /** Re-mount controls the site removed while redrawing rows. */
    ensure() {
      c.rows.forEach((row, i) => {
        if (!hostOf(row.element)) draw(c, i);
      });
    },
    destroy() {
      c.gone = true;
      c.rows = [];
      doc.removeEventListener('keydown', onKey);
      doc.querySelectorAll(HOST_TAG).forEach((host) => host.remove());
    },
  };
}
