// dashboard_open_50k_ms: the real dashboard component mounted on a 50,000-record review stored in
// IndexedDB (seeded by dashboardLoad50kMs), until the first row of the records table is drawn —
// reading the database included. Runs in the bench page with the dashboard's own styles.
import { render } from 'preact';
import { Dashboard, type DashboardEnv } from '../../components/dashboard/Dashboard';
import { db, decide, recordSeen, reviewChangeMark, setSetting } from '../../lib/db';
import uiCss from '../../components/styles/ui.css?inline';

const OFF = { state: 'off' as const, waiting: 0, invalid: [] };

const env: DashboardEnv = {
  loadLanguage: async () => 'en',
  saveLanguage: async () => undefined,
  notifyChanged: () => undefined,
  parseFile: async () => ({
    reply: { ok: false, message: 'not in the benchmark', code: 'unreadable' },
    store: async () => Promise.reject(new Error('not in the benchmark')),
    close: () => undefined,
  }),
  rank: async () => ({ ok: false, reason: 'no-records', message: 'not in the benchmark' }),
  team: {
    allowOrigin: async () => false,
    connect: async () => ({ reviewId: 'bench', joined: false }),
    disconnect: async () => undefined,
    status: async () => ({ status: OFF }),
    onStatus: () => () => undefined,
    onDataChanged: () => () => undefined,
  },
};

/** Resolves when `selector` matches inside the container (checked every frame). */
function drawn(container: Element, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (container.querySelector(selector) ? resolve() : requestAnimationFrame(check));
    check();
  });
}

const FIRST_ROW = '.records-table .tbody .tr';
/** The whole review read: the table no longer busy, its filters shown. */
const WHOLE = '.records-view:not([aria-busy]) .records-table .tbody .tr';

/** Mount → first record row, then → the whole review read; leaves the first screen saved. */
async function openOnce(): Promise<{ first: number; whole: number }> {
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  render(<Dashboard env={env} />, container);
  await drawn(container, FIRST_ROW);
  const first = performance.now() - start;
  await drawn(container, WHOLE);
  const whole = performance.now() - start;
  // The full read saves the first screen (of the review as it is now) just after it is shown.
  while ((await db().screens.get('bench'))?.mark !== (await reviewChangeMark('bench'))) await new Promise((r) => setTimeout(r, 20));
  render(null, container);
  container.remove();
  return { first, whole };
}

/** What screening on the sites does between two opens: five decisions, and a page of ten results new to the review. */
async function screenOnSites(run: number): Promise<void> {
  for (let i = 0; i < 5; i++) await decide('bench', `k${1 + 2 * (run * 5 + i)}`, { decision: 'include' });
  const page = Array.from({ length: 10 }, (_, i) => ({
    title: `Oxytocin massage and breast milk volume, results page ${run + 1} study ${i + 1}`,
    authors: ['Sari D'],
    year: 2022,
    url: '',
    source: 'google-scholar' as const,
  }));
  await recordSeen('bench', page, { database: 'google-scholar', url: `https://scholar.google.com/scholar?q=bench&start=${run * 10}` });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Mount → first record row in the DOM. The first open finds no saved first screen (`cold_ms`:
 * it reads and folds the whole review first); the next three show the first screen saved by
 * the previous full read and read the rest after it (the value: their median). Three more
 * opens each follow some screening on the sites (`after_screening_ms`): the saved screen
 * catches up on the records that changed. Each open waits for its full read to end before
 * unmounting (`whole_ms`), so no open competes with the last one's.
 */
export async function dashboardOpen50kMs(): Promise<{ ms: number; coldMs: number; wholeMs: number; afterScreeningMs: number }> {
  await setSetting('activeReviewId', 'bench');
  await db().screens.clear();
  // The dashboard's styles give the table its scrolling body, which the virtualiser measures.
  const style = document.createElement('style');
  style.textContent = uiCss;
  document.head.append(style);
  const cold = await openOnce();
  const warm: { first: number; whole: number }[] = [];
  for (let run = 0; run < 3; run++) warm.push(await openOnce());
  const changed: number[] = [];
  for (let run = 0; run < 3; run++) {
    await screenOnSites(run);
    changed.push((await openOnce()).first);
  }
  style.remove();
  return { ms: median(warm.map((w) => w.first)), coldMs: cold.first, wholeMs: median(warm.map((w) => w.whole)), afterScreeningMs: median(changed) };
}
